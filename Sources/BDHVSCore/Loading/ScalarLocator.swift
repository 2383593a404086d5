import Yams

/// Where a character of a scalar's value is in the file. A value is not its source: quotes,
/// escapes (`\u1ef1`), a block scalar's header and indentation, and folded line breaks lie
/// between them. The source from the node's mark on is read into the characters it stands
/// for, each with its place, and the value is matched against them in order.
enum ScalarLocator {
    /// The place of the value's Unicode scalar at `offset` (0-based), or nil when it cannot
    /// be matched to the source (then the node's own place is the best answer).
    static func position(ofValueScalar offset: Int, of node: Int, in tree: YAMLTree, source: SourceText)
        -> (line: Int, column: Int)? {
        let value = Array(tree.string(node).unicodeScalars)
        guard offset >= 0, offset < value.count else { return nil }
        let decoded = decode(tree.style(node), from: (tree.line(node), tree.column(node)), in: source, limit: value.count * 8 + 64)
        var next = 0
        for (index, wanted) in value[...offset].enumerated() {
            // Folding turns a line break (and the indentation after it) into a space or
            // nothing: whitespace in the value may match a break, or nothing at all.
            var match = next
            while match < decoded.count, !matches(wanted, decoded[match].scalar) { match += 1 }
            if match == decoded.count {
                guard wanted.properties.isWhitespace else { return nil }
                if index == offset { return decoded.indices.contains(next) ? place(decoded[next]) : nil }
                continue
            }
            if index == offset { return place(decoded[match]) }
            next = match + 1
        }
        return nil
    }

    private static func place(_ located: SourceText.Located) -> (line: Int, column: Int) { (located.line, located.column) }

    private static func matches(_ wanted: Unicode.Scalar, _ source: Unicode.Scalar) -> Bool {
        wanted == source || (wanted == " " && SourceText.isBreak(source))
    }

    /// The characters the source stands for from `mark` on: quotes and block headers left
    /// out, escapes and doubled single quotes read, each with the place where it is written.
    private static func decode(_ style: Node.Scalar.Style, from mark: (line: Int, column: Int), in source: SourceText, limit: Int)
        -> [SourceText.Located] {
        var out: [SourceText.Located] = []
        var pending: [SourceText.Located] = []
        var first = true
        var inHeader = style == .literal || style == .folded
        source.walk(from: mark.line, column: mark.column) { located in
            defer { first = false }
            if first, style == .singleQuoted || style == .doubleQuoted || inHeader { return true }
            if inHeader {
                if SourceText.isBreak(located.scalar) { inHeader = false }
                return true
            }
            switch style {
            case .doubleQuoted:
                pending.append(located)
                if let (scalar, consumed) = unescape(pending) {
                    if let scalar { out.append(SourceText.Located(scalar: scalar, line: pending[0].line, column: pending[0].column)) }
                    if consumed { pending.removeAll() }
                }
            case .singleQuoted:
                if located.scalar == "'", let last = pending.last, last.scalar == "'" {
                    pending.removeAll()
                    out.append(last)
                } else {
                    if let last = pending.popLast() { out.append(last) }
                    pending.append(located)
                }
            default:
                out.append(located)
            }
            return out.count < limit
        }
        return out + pending
    }

    /// Reads an escape sequence of a double-quoted scalar from `pending` (which starts at a
    /// backslash or is one ordinary character). Nil while the sequence is incomplete;
    /// otherwise the character it stands for (nil for an escaped line break) and true.
    private static func unescape(_ pending: [SourceText.Located]) -> (Unicode.Scalar?, Bool)? {
        guard pending[0].scalar == "\\" else { return (pending[0].scalar, true) }
        guard pending.count >= 2 else { return nil }
        let letter = pending[1].scalar
        let digits: Int
        switch letter {
        case "x": digits = 2
        case "u": digits = 4
        case "U": digits = 8
        default:
            if SourceText.isBreak(letter) { return (nil, true) }
            return (simpleEscapes[letter] ?? letter, true)
        }
        guard pending.count >= 2 + digits else { return nil }
        let hex = String(String.UnicodeScalarView(pending[2..<(2 + digits)].map(\.scalar)))
        let value = UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init) ?? "\u{FFFD}"
        return (value, true)
    }

    private static let simpleEscapes: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "\u{0}", "a": "\u{7}", "b": "\u{8}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{B}", "f": "\u{C}",
        "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}", "_": "\u{A0}",
        "L": "\u{2028}", "P": "\u{2029}",
    ]
}
