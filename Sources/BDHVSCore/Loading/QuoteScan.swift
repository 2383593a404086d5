import Foundation

/// Finds a quoted value that is not closed on its own line. YAML lets a quoted value run
/// over several lines, so libyaml reads on until the next quote, often many lines later,
/// and reports a problem there; in a plan file such a value is nearly always a mistake.
enum QuoteScan {
    /// The first quote that opens a value before line `limit` and is not closed on its line.
    static func firstUnclosed(before limit: Int, in source: SourceText) -> (line: Int, column: Int, quote: Character)? {
        guard limit > 1 else { return nil }
        var blockIndent: Int?
        let lines = source.lines()
        for number in 1..<min(limit, lines.count + 1) {
            let line = lines[number - 1]
            let indent = line.prefix { $0 == " " }.count
            // Inside a block scalar (`|`, `>`) quotes are text.
            if let block = blockIndent {
                if line.count == indent || indent > block { continue }
                blockIndent = nil
            }
            if let found = unclosed(in: line) { return (number, found.column, found.quote) }
            if opensBlockScalar(line) { blockIndent = indent }
        }
        return nil
    }

    /// A quote that starts a value in `line` (after the indentation, a '- ', ': ', '[', '{'
    /// or ',') and is not closed before the end of the line.
    private static func unclosed(in line: [Unicode.Scalar]) -> (column: Int, quote: Character)? {
        var index = 0
        var valueMayStart = true
        while index < line.count {
            let scalar = line[index]
            if valueMayStart, scalar == "\"" || scalar == "'" {
                guard let end = closing(of: scalar, in: line, from: index + 1) else { return (index + 1, Character(scalar)) }
                index = end + 1
                valueMayStart = false
                continue
            }
            if scalar == "#", index == 0 || line[index - 1] == " " { return nil }
            switch scalar {
            case " ", "\t": break
            case "-", "[", "{", ",": valueMayStart = true
            case ":": valueMayStart = index + 1 == line.count || line[index + 1] == " "
            default: valueMayStart = false
            }
            index += 1
        }
        return nil
    }

    /// The index of the quote that closes a value opened with `quote`, if on this line.
    private static func closing(of quote: Unicode.Scalar, in line: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index < line.count {
            if quote == "\"", line[index] == "\\" { index += 2; continue }
            if line[index] == quote {
                if quote == "'", index + 1 < line.count, line[index + 1] == "'" { index += 2; continue }
                return index
            }
            index += 1
        }
        return nil
    }

    /// True when the line ends in a block scalar indicator (`key: |`, `- >-`).
    private static func opensBlockScalar(_ line: [Unicode.Scalar]) -> Bool {
        let text = String(String.UnicodeScalarView(line)).split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.split(separator: " ").last else { return false }
        return last.first == "|" || last.first == ">"
    }
}
