import Yams

extension SchemaValidator {
    /// Plan text holds no control characters: they would be cut (a NUL ends text in SQLite's
    /// C strings), or reach a terminal, a report or an XML file raw. A tab is kept; a line
    /// break only in the long texts the schema marks `x-multiline`.
    func checkCharacters(_ node: Int, multiline: Bool, _ subject: SchemaSubject,
                         into findings: inout [Diagnostic]) {
        // Most text has no byte that can begin a refused character: its bytes were classed
        // when the tree was made (`ByteScan`), and only such a text is decoded here.
        let classes = tree.byteClasses(node)
        guard classes & ByteScan.mayBeginRefused != 0 || (!multiline && classes & ByteScan.lineFeed != 0) else { return }
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
