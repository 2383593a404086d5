import Yams

extension SchemaValidator {
    /// Plan text holds no control characters: they would be cut (a NUL ends text in SQLite's
    /// C strings), or reach a terminal, a report or an XML file raw. A tab is kept; a line
    /// break only in the long texts the schema marks `x-multiline`.
    func checkCharacters(_ node: Int, multiline: Bool, _ subject: SchemaSubject,
                         into findings: inout [Diagnostic]) {
        // Most text has no byte that can begin a refused character: checked byte by byte
        // first, without decoding (every text of a national load passes here).
        // (Over the contiguous bytes: a pass through the string's UTF-8 view cost as much again.)
        var string = tree.string(node)
        guard string.withUTF8({ $0.contains(where: { Self.mayBeginRefused($0, multiline: multiline) }) }) else { return }
        let scalars = tree.string(node).unicodeScalars
        guard let index = scalars.firstIndex(where: { !Self.isAllowedInText($0, multiline: multiline) }) else { return }
        let offending = scalars[index]
        let message: SchemaMessage = offending == "\n" ? .lineBreak(subject) : .controlCharacter(subject, offending.value)
        var location = location(of: node)
        if let source,
           let place = ScalarLocator.position(ofValueScalar: scalars.distance(from: scalars.startIndex, to: index),
                                              of: node, in: tree, source: source) {
            location = SourceLocation(file: file, line: place.line, column: place.column)
        }
        findings.append(Diagnostic(location, .error, message))
    }

    /// True for a UTF-8 byte that is, or begins, a character `isAllowedInText` may refuse:
    /// a C0 control or DEL; 0xC2 (U+0080–U+00BF, the C1 controls among them); 0xE2 (U+2000–
    /// U+2FFF: the separators); 0xEF (U+F000–U+FFFF: U+FDD0–U+FDEF, U+FFFE, U+FFFF); 0xF0–0xF4
    /// (the other planes, each ending in two non-characters).
    static func mayBeginRefused(_ byte: UInt8, multiline: Bool) -> Bool {
        switch byte {
        case 0x09: return false
        case 0x0A: return !multiline
        case 0x00...0x1F, 0x7F, 0xC2, 0xE2, 0xEF, 0xF0...0xF4: return true
        default: return false
        }
    }

    /// Text characters a plan may hold: anything but C0 and C1 controls (tab always, a line
    /// feed in long texts), DEL, the line and paragraph separators, and non-characters.
    static func isAllowedInText(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
        switch scalar.value {
        case 0x09: return true
        case 0x0A: return multiline
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFDD0...0xFDEF: return false
        default: return scalar.value & 0xFFFE != 0xFFFE
        }
    }
}
