/// What the bytes of a text may hold, found in one pass over its contiguous UTF-8 (a table
/// lookup a byte): most plan text holds nothing a check refuses, so the checks that decode a
/// text scalar by scalar run only when its bytes say they may find something.
enum ByteScan {
    /// A byte that is, or begins, a character YAML does not allow in a file (`YAMLSource.isAllowed`).
    static let mayBeginForbidden: UInt8 = 1
    /// A byte that is, or begins, a character plan text may not hold even where line breaks
    /// are allowed (`SchemaValidator.isAllowedInText`).
    static let mayBeginRefused: UInt8 = 2
    /// A line feed (refused in text that is not multiline).
    static let lineFeed: UInt8 = 4
    /// A byte of a character past ASCII. Two ASCII texts are the same text only when their
    /// bytes are the same; a text past ASCII may equal one of another length (Swift compares
    /// texts by canonical equivalence: U+212A KELVIN SIGN is "K").
    static let nonASCII: UInt8 = 8

    /// The classes of every byte value.
    private static let table: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        var classes: UInt8 = 0
        if beginsForbidden(byte) { classes |= mayBeginForbidden }
        if beginsRefused(byte) { classes |= mayBeginRefused }
        if byte == 0x0A { classes |= lineFeed }
        if byte >= 0x80 { classes |= nonASCII }
        return classes
    }

    /// The union of the classes of `bytes`.
    static func classes(of bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        table.withUnsafeBufferPointer { table in
            var union: UInt8 = 0
            for byte in bytes { union |= table[Int(byte)] }
            return union
        }
    }

    /// The union of the classes of the bytes of `text`.
    static func classes(of text: String) -> UInt8 {
        var text = text
        return text.withUTF8 { classes(of: $0) }
    }

    /// A C0 control other than tab and line breaks, DEL, 0xC2 (the C1 controls), 0xED (the
    /// surrogates' lead), 0xEF (U+FFFE, U+FFFF). Every other byte begins or continues an
    /// allowed character.
    static func beginsForbidden(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F, 0xC2, 0xED, 0xEF: return true
        default: return false
        }
    }

    /// A C0 control other than tab and line feed, or DEL; 0xC2 (U+0080–U+00BF, the C1
    /// controls among them); 0xE2 (U+2000–U+2FFF: the separators); 0xEF (U+F000–U+FFFF:
    /// U+FDD0–U+FDEF, U+FFFE, U+FFFF); 0xF0–0xF4 (the other planes, each ending in two
    /// non-characters).
    static func beginsRefused(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F, 0xC2, 0xE2, 0xEF, 0xF0...0xF4: return true
        default: return false
        }
    }
}
