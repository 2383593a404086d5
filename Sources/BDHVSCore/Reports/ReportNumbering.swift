/// Sections numbered as the communes number them (I., II., … and 1., 2., … inside each), in
/// the order they appear, so a section the officer leaves out leaves no gap.
enum ReportNumbering {
    /// Headings with nothing under them (up to the next heading of the same or a higher
    /// level) are left out: the notes asked for the section to be left out.
    static func droppingEmptySections(_ blocks: [ReportBlock]) -> [ReportBlock] {
        var kept: [ReportBlock] = []
        // From the end, so a section whose subsections all went is seen as empty too.
        var nextHeadingLevel: Int? = nil  // the level of the first heading after the current position, or nil at the end
        var contentSinceHeading = false
        for block in blocks.reversed() {
            if case .heading(let level, _) = block {
                let empty = !contentSinceHeading && (nextHeadingLevel.map { $0 <= level } ?? true)
                if empty { continue }
                nextHeadingLevel = level
                contentSinceHeading = false
            } else {
                contentSinceHeading = true
            }
            kept.append(block)
        }
        return kept.reversed()
    }

    /// Replaces the leading "II. " or "3. " of each heading with its number in order.
    static func renumber(_ blocks: [ReportBlock]) -> [ReportBlock] {
        var top = 0, sub = 0
        return blocks.map { block in
            guard case .heading(let level, let text) = block, level <= 2 else { return block }
            if level == 1 {
                top += 1
                sub = 0
                return .heading(level: 1, text: roman(top) + ". " + stripped(text, roman: true))
            }
            sub += 1
            return .heading(level: 2, text: "\(sub). " + stripped(text, roman: false))
        }
    }

    /// The text without a leading "IV. " (roman) or "2. " (arabic) number; as it is without one.
    static func stripped(_ text: String, roman: Bool) -> String {
        let allowed: Set<Character> = roman ? ["I", "V", "X", "L"] : Set("0123456789")
        let number = text.prefix { allowed.contains($0) }
        guard !number.isEmpty, text.dropFirst(number.count).hasPrefix(". ") else { return text }
        return String(text.dropFirst(number.count + 2))
    }

    static func roman(_ value: Int) -> String {
        let table: [(Int, String)] = [(40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, out = ""
        for (amount, letters) in table {
            while rest >= amount { out += letters; rest -= amount }
        }
        return out
    }

    /// Whether `text` opens with a task's number as plans write it: "3. ", "3.1. ", "II.2. ".
    static func opensWithNumber(_ text: String) -> Bool {
        var sawDigitOrNumeral = false
        for (index, character) in text.enumerated() {
            if character.isASCII && (character.isNumber || "IVX".contains(character)) {
                sawDigitOrNumeral = true
            } else if character == "." && sawDigitOrNumeral {
                let rest = text.dropFirst(index + 1)
                if rest.first == " " { return true }
                sawDigitOrNumeral = false
            } else {
                return false
            }
        }
        return false
    }
}
