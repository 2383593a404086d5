/// The texts a person types for a record (a note, a reason, a title, a place, a source, a
/// name, who recorded it) hold no control character but tab and line breaks, the rule the
/// plan file and a CSV file of records already follow. A terminal would obey one, and the
/// province refuses a package that carries one: a BEL pasted into a note once would have
/// kept every later package of the commune out.
enum TypedText {
    /// Throws `ChangeError.controlCharacter` for the first of `texts` holding one, `lineBreak`
    /// for one that breaks its line (a title, a name: one line, as in a plan file), and
    /// `textTooLong` for one past `limit` characters (`TextLimits.line`).
    static func check(_ texts: String?..., limit: Int = TextLimits.line) throws {
        try check(texts, limit: limit, oneLine: true)
    }

    /// `check` of a note, which may hold paragraphs (`TextLimits.long`).
    static func checkNote(_ note: String?) throws { try check([note], limit: TextLimits.long, oneLine: false) }

    private static func check(_ texts: [String?], limit: Int, oneLine: Bool) throws {
        for case let text? in texts {
            if TextLimits.exceeds(text, limit) {
                throw ChangeError.textTooLong(text: text, length: TextLimits.length(text), limit: limit)
            }
            if let scalar = text.unicodeScalars.first(where: isRefused) {
                throw ChangeError.controlCharacter(text: text, code: scalar.value)
            }
            if oneLine, text.unicodeScalars.contains(where: { ScalarKind($0) == .lineBreak }) {
                throw ChangeError.lineBreak(text: text)
            }
        }
    }

    /// A C0 or C1 control, DEL or noncharacter, and the vertical tab and form feed a
    /// package refuses; tab, LF, CR and the Unicode line breaks pass.
    static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch ScalarKind(scalar) {
        case .control, .noncharacter: true
        case .lineBreak: scalar.value == 0x0B || scalar.value == 0x0C
        case .text, .tab, .bidiControl: false
        }
    }

    /// `U+0007`: a code point as Unicode writes it.
    static func code(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
