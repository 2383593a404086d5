/// Text for HTML and XML (the HTML report, its SVG chart, and `word/document.xml` of the
/// .docx), made safe in one place: every writer of these formats goes through `escape`.
///
/// The rule: `&`, `<`, `>`, `"` and `'` become entities, so text is never markup and never
/// ends an attribute (`</script>` prints as written). Tab, LF and CR stay (XML allows them;
/// HTML and Word show them as space); VT, FF, NEL, LS and PS become a space. Every other C0
/// control, DEL, every C1 control and every noncharacter is dropped: XML 1.0 forbids C0
/// controls, U+FFFE and U+FFFF (Word refuses the whole .docx), HTML calls the rest parse
/// errors, and none of them shows anything. Lone surrogates, also forbidden, cannot occur:
/// a Swift string holds only Unicode scalars.
public enum HTMLEscaping {
    /// `text` as HTML or XML character data or attribute value.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                switch ScalarKind(scalar) {
                case .text, .tab: out.unicodeScalars.append(scalar)
                // XML forbids VT and FF; NEL, LS and PS are no XML whitespace: a space keeps the words apart.
                case .lineBreak: out.unicodeScalars.append(scalar == "\n" || scalar == "\r" ? scalar : " ")
                case .control, .noncharacter, .bidiControl: continue
                }
            }
        }
        return out
    }
}
