/// How many terminal columns a text takes, so that columns of a table line up whatever the
/// names hold. A letter with its marks takes one column however it is encoded (NFC "ế" or
/// "e" + U+0302 + U+0301); a character of East Asian wide or fullwidth script and an emoji
/// take two; a format character alone (zero-width space, joiner) takes none. The wide ranges
/// are those of Unicode's EastAsianWidth W and F classes that terminals draw as two columns
/// (the same rule as `wcwidth`), which the standard library does not expose.
public enum DisplayWidth {
    /// The columns `text` takes on a terminal.
    public static func of(_ text: String) -> Int {
        if let columns = simpleColumns(text) { return columns }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The columns of a text whose every scalar is a character of its own taking one
    /// column (ASCII and Latin letters with their marks precomposed, Vietnamese included,
    /// the middle dot, dashes and typographic quotes), from its scalars without breaking it
    /// into characters (a status report measures every cell of its tables); nil otherwise.
    /// Left out: controls (CR LF is one character), the soft hyphen (a format character,
    /// no column), spacing modifiers and combining marks (from U+02B0), zero-width and
    /// line separators (U+200B–200F, U+2028 on).
    static func simpleColumns(_ text: String) -> Int? {
        var count = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x2B0, 0x1E00..<0x1F00, 0x2010..<0x2028: count += 1
            default: return nil
            }
        }
        return count
    }

    /// The columns one character (grapheme cluster) takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if character.unicodeScalars.allSatisfy(isZeroWidth) { return 0 }
        if isWide(first) || first.properties.isEmojiPresentation { return 2 }
        return 1
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .format, .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
