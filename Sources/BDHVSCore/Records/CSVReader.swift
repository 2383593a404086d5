/// Reads CSV as spreadsheets save it (RFC 4180 quoting, CRLF, LF or CR, a UTF-8 byte order
/// mark, ',' or ';' or tab between fields — Excel in Vietnamese settings saves ';'),
/// keeping the line and column where every field starts, so that a bad value can be
/// pointed at. Written here because the CSV packages available do not report positions.
///
/// What a spreadsheet would not write is a finding, never silently repaired: a quote that
/// is never closed (it would swallow the rows after it), text after a closing quote
/// (`"ab"cd`), and control characters or non-characters (a NUL would cut the value when
/// stored). Line breaks inside a quoted value are kept, as "\n". One pass, linear in the
/// length of the text.
struct CSVReader {
    struct Field: Equatable {
        var text: String
        var line: Int
        var column: Int
        /// Whether the value was written in quotes.
        var quoted = false
    }

    /// A problem with the shape of the file, at a line and column.
    struct Finding: Equatable {
        var line: Int
        var column: Int
        var message: CSVMessage
    }

    /// The rows of the text; blank lines are skipped.
    private(set) var rows: [[Field]] = []
    private(set) var findings: [Finding] = []

    private let scalars: [Unicode.Scalar]
    private let delimiter: Unicode.Scalar
    private var index = 0
    private var line = 1
    private var column = 1

    init(_ text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
        delimiter = Self.detectDelimiter(scalars)
        var row: [Field] = []
        while index < scalars.count {
            let field = readField()
            row.append(field)
            guard index < scalars.count else { break }
            if scalars[index] == delimiter {
                advance()
                if index == scalars.count { row.append(Field(text: "", line: line, column: column)) }
                continue
            }
            endLine()
            appendRow(row)
            row = []
        }
        if !row.isEmpty { appendRow(row) }
    }

    /// The rows of `text`, ignoring findings (for tests of positions).
    static func rows(_ text: String) -> [[Field]] { CSVReader(text).rows }

    private mutating func appendRow(_ row: [Field]) {
        if row.count == 1 && row[0].text.isEmpty && !row[0].quoted { return }
        rows.append(row)
    }

    /// Reads one field, leaving `index` at the delimiter, the line end or the end.
    private mutating func readField() -> Field {
        var field = Field(text: "", line: line, column: column)
        var text = String.UnicodeScalarView()
        if index < scalars.count && scalars[index] == "\"" {
            field.quoted = true
            advance()
            readQuoted(into: &text, opening: field)
        }
        var trailing = String.UnicodeScalarView()
        var trailingAt: (line: Int, column: Int)?
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == delimiter || scalar == "\n" || scalar == "\r" { break }
            if field.quoted {
                // After the closing quote only spaces may come before the delimiter.
                if scalar != " " && trailingAt == nil { trailingAt = (line, column) }
                if trailingAt != nil { trailing.append(scalar) }
                advance()
                continue
            }
            if Self.isForbidden(scalar) { note(.controlCharacter(scalar.value)) } else { text.append(scalar) }
            advance()
        }
        if let trailingAt {
            findings.append(Finding(line: trailingAt.line, column: trailingAt.column, message: .textAfterQuote(String(trailing))))
        }
        field.text = String(text)
        return field
    }

    /// Reads a quoted value after its opening quote, up to and past its closing quote.
    private mutating func readQuoted(into text: inout String.UnicodeScalarView, opening: Field) {
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" {
                advance()
                guard index < scalars.count && scalars[index] == "\"" else { return }
                text.append("\"")
                advance()
            } else if scalar == "\r" || scalar == "\n" {
                text.append("\n")
                endLine()
            } else {
                if Self.isForbidden(scalar) { note(.controlCharacter(scalar.value)) } else { text.append(scalar) }
                advance()
            }
        }
        findings.append(Finding(line: opening.line, column: opening.column, message: .unclosedQuote))
    }

    private mutating func note(_ message: CSVMessage) {
        findings.append(Finding(line: line, column: column, message: message))
    }

    private mutating func advance() {
        index += 1
        column += 1
    }

    /// Steps over a line end (CRLF, LF or a lone CR).
    private mutating func endLine() {
        if scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" { index += 1 }
        index += 1
        line += 1
        column = 1
    }

    /// Control characters (but tab) and non-characters: nothing a person types in a cell.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 }
        if (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value) { return true }
        return value & 0xFFFE == 0xFFFE
    }

    /// ';' or tab when the first line has more of them than commas, else ','.
    static func detectDelimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, tabs = 0
        for scalar in scalars {
            if scalar == "\n" || scalar == "\r" { break }
            if scalar == "," { commas += 1 } else if scalar == ";" { semicolons += 1 } else if scalar == "\t" { tabs += 1 }
        }
        if semicolons > commas && semicolons >= tabs { return ";" }
        if tabs > commas && tabs > semicolons { return "\t" }
        return ","
    }
}
