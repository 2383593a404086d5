/// Reads CSV as spreadsheets save it (RFC 4180 quoting, CRLF or LF, a UTF-8 byte order
/// mark, ',' or ';' or tab between fields — Excel in Vietnamese settings saves ';'),
/// keeping the line and column where every field starts, so that a bad value can be
/// pointed at. Written here because the CSV packages available do not report positions.
struct CSVReader {
    struct Field: Equatable {
        var text: String
        var line: Int
        var column: Int
    }

    /// The rows of `text`; blank lines are skipped.
    static func rows(_ text: String) -> [[Field]] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        let delimiter = detectDelimiter(scalars)
        var rows: [[Field]] = []
        var row: [Field] = []
        var field = String.UnicodeScalarView()
        var fieldLine = 1, fieldColumn = 1
        var line = 1, column = 1
        var quoted = false, wasQuoted = false
        var index = 0

        func endField() {
            row.append(Field(text: String(field), line: fieldLine, column: fieldColumn))
            field = String.UnicodeScalarView()
            wasQuoted = false
        }
        func endRow() {
            endField()
            if !(row.count == 1 && row[0].text.isEmpty && !wasQuoted) { rows.append(row) }
            row = []
        }
        func advance(_ scalar: Unicode.Scalar) {
            index += 1
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }

        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                        field.append("\"")
                        advance(scalar)
                        advance(scalars[index])
                        continue
                    }
                    quoted = false
                    advance(scalar)
                    continue
                }
                field.append(scalar)
                advance(scalar)
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                quoted = true
                wasQuoted = true
                advance(scalar)
            case delimiter:
                endField()
                advance(scalar)
                fieldLine = line
                fieldColumn = column
            case "\r":
                index += 1
            case "\n":
                endRow()
                advance(scalar)
                fieldLine = line
                fieldColumn = column
            default:
                field.append(scalar)
                advance(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty || wasQuoted { endRow() }
        return rows
    }

    /// ';' or tab when the first line has more of them than commas, else ','.
    static func detectDelimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        let firstLine = scalars.prefix { $0 != "\n" }
        let counts = [",", ";", "\t"].map { candidate in firstLine.filter { $0 == Unicode.Scalar(candidate)! }.count }
        if counts[1] > counts[0] && counts[1] >= counts[2] { return ";" }
        if counts[2] > counts[0] && counts[2] > counts[1] { return "\t" }
        return ","
    }
}
