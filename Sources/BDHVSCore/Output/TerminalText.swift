/// Text printed to a terminal, made safe in one place. A plan file, a CSV or an old database
/// may hold characters a terminal obeys instead of showing (ESC starts an escape sequence,
/// CR returns over what was printed, BEL rings, C1 CSI is an escape on some terminals).
///
/// The rule, for every text renderer of this folder: within a line, a line break (LF, CR,
/// CRLF, VT, FF, NEL, LS, PS) or a tab becomes one space, so a line stays one line and table
/// columns stay aligned; every other C0 control and DEL is made visible as its Unicode
/// control picture (ESC → ␛, BEL → ␇, NUL → ␀, DEL → ␡), a C1 control, a noncharacter or
/// a bidirectional override as U+FFFD �. Nothing is dropped, so the officer sees that the source holds odd text.
public enum TerminalText {
    /// One line of text, safe to print.
    public static func line(_ text: String) -> String {
        guard !isPlain(text), text.unicodeScalars.contains(where: { ScalarKind($0) != .text }) else { return text }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch ScalarKind(scalar) {
            case .text: out.append(scalar)
            case .tab: out.append(" ")
            case .lineBreak where scalar == "\n" && previous == "\r": continue  // CRLF is one break
            case .lineBreak: out.append(" ")
            case .control: out.append(picture(scalar))
            case .noncharacter, .bidiControl: out.append("\u{FFFD}")
            }
        }
        return String(out)
    }

    /// Lines joined for printing, each made safe, ending with a newline.
    public static func lines(_ lines: [String]) -> String {
        lines.map(line).joined(separator: "\n") + "\n"
    }

    /// True when no scalar of `text` can be anything but `.text`, seen from its UTF-8 bytes
    /// alone (a national list is 200,000 lines): none is a C0 control or DEL, a C1 control
    /// (C2 80–9F), a line separator or bidirectional control (E2 80 A8–AE, E2 81 A6–A9), and
    /// none starts U+F000–U+FFFF (noncharacters) or a scalar past U+FFFF. Vietnamese letters,
    /// the middle dot and typographic quotes are plain.
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isPlain(bytes: $0) }
    }

    /// `isPlain` of UTF-8 bytes.
    static func isPlain(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x00..<0x20, 0x7F, 0xEF...: return false
            case 0xC2: if index + 1 >= bytes.count || bytes[index + 1] < 0xA0 { return false }
            case 0xE2:
                guard index + 2 < bytes.count else { return false }
                let second = bytes[index + 1], third = bytes[index + 2]
                if second == 0x80 && (0xA8...0xAE).contains(third) || second == 0x81 && (0xA6...0xA9).contains(third) { return false }
            default: break
            }
            index += 1
        }
        return true
    }

    /// The visible stand-in of a control: U+2400 + code for C0, U+2421 for DEL, U+FFFD for C1.
    private static func picture(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }
}
