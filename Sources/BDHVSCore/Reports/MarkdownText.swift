/// User-written text for the Markdown report, made safe in one place: every text the
/// renderer writes goes through `inline`.
///
/// The rule: inline text stays inline. A line break (LF, CR, CRLF, VT, FF, NEL, LS, PS) or
/// a tab becomes one space, so a title never starts a heading, a list item or a rule; every
/// other C0 control, DEL, every C1 control and every noncharacter is dropped (a report is
/// read and printed: they show nothing and some terminals and viewers obey them). The
/// characters Markdown reads as markup are backslash-escaped, and where the text starts a
/// line, so is a leading block marker (`-`, `+`, `=`, `~`, `1.`, `1)`), so `- x` or `2025.`
/// stays text rather than a list.
enum MarkdownText {
    /// Characters that are markup anywhere in a line.
    private static let markup: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "&"]

    /// `text` as inline Markdown; `startsLine` when it is written at the start of a line or a
    /// list item, where a leading marker would open a block.
    static func inline(_ text: String, startsLine: Bool = false) -> String {
        var plain = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch ScalarKind(scalar) {
            case .text: plain.append(scalar)
            case .lineBreak where scalar == "\n" && previous == "\r": continue  // CRLF is one break
            case .tab, .lineBreak: plain.append(" ")
            case .control, .noncharacter, .bidiControl: continue
            }
        }
        var line = String(plain)
        // Four leading spaces would open a code block; leading spaces show nothing anyway.
        if startsLine { line = String(line.drop { $0 == " " }) }
        var out = ""
        out.reserveCapacity(line.utf8.count)
        for character in line {
            if markup.contains(character) { out.append("\\") }
            out.append(character)
        }
        return startsLine ? escapeBlockMarker(out) : out
    }

    /// `text` with a leading list, rule, setext or fence marker escaped.
    private static func escapeBlockMarker(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "-+=~".contains(first) { return "\\" + text }
        // An ordered-list marker: up to nine digits and '.' or ')'.
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...9).contains(digits.count), let mark = text.dropFirst(digits.count).first, mark == "." || mark == ")" else {
            return text
        }
        return digits + "\\" + text.dropFirst(digits.count)
    }
}
