/// One cell of a task table as a person reads it: its text (paragraphs joined by "\n") and
/// where it is in the source (1-based row and column: the table row and grid column of a
/// Word table, the sheet row and column of a spreadsheet, the line and field of a CSV file).
public struct TableCell: Hashable, Sendable {
    /// The text, trimmed, with one "\n" between paragraphs or lines.
    public var text: String
    /// 1-based row in the source.
    public var row: Int
    /// 1-based column in the source.
    public var column: Int

    /// A cell at `row`, `column`.
    public init(text: String, row: Int, column: Int) {
        self.text = text
        self.row = row
        self.column = column
    }
}

/// A table read from a document: rows of cells, every row as wide as the grid. A cell
/// merged down (Word `w:vMerge`, an Excel merged range) carries the text of the cell it
/// continues, because a person reads the lead written once for three rows as the lead of
/// each; a cell merged across keeps its text in its first column only.
public struct TableGrid: Hashable, Sendable {
    /// The rows, top to bottom.
    public var rows: [[TableCell]]

    /// A grid of `rows`; shorter rows are padded with empty cells.
    public init(rows: [[TableCell]]) {
        let width = rows.map(\.count).max() ?? 0
        self.rows = rows.map { row in
            guard row.count < width, let first = row.first else { return row }
            return row + (row.count..<width).map { TableCell(text: "", row: first.row, column: $0 + 1) }
        }
    }

    /// Widest table read: a task table has a handful of columns.
    public static let maximumColumns = 256
    /// Most cells read in one table, the grid's rows × its width: a commune's plan has a
    /// few hundred rows of ten columns; a file claiming more would fill memory (a Word row
    /// of 1,000 cells over 100,000 short rows pads to 10^8 cells).
    public static let maximumCells = 1_000_000

    /// The refusal of a table of `rows` rows (with a cell) and `width` columns past the limits.
    static func checkSize(rows: Int, width: Int) throws(TableImportError) {
        let (cells, overflow) = rows.multipliedReportingOverflow(by: width)
        guard width <= maximumColumns, !overflow, cells <= maximumCells else { throw .tableTooLarge(rows: rows, columns: width) }
    }

    /// The text of a cell's paragraphs, each trimmed, empty ones dropped.
    static func joined(_ paragraphs: [String]) -> String {
        paragraphs.map { $0.trimmingWhitespace }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}

extension String {
    /// The text without white space (spaces, tabs, line breaks, no-break spaces) at its ends,
    /// nor the invisible zero-width spaces a pasted text brings (U+200B, U+FEFF): a YAML
    /// reader drops a leading U+FEFF even when escaped, so the name written was not the name read.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        let blank = { (scalar: Unicode.Scalar) in scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" }
        guard let start = scalars.firstIndex(where: { !blank($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !blank($0) })!
        return String(scalars[start...end])
    }
}
