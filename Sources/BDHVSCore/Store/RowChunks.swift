import GRDB

/// Many rows written with few statements: the rows go in chunks whose sizes are powers of
/// two (256, 128, … 1), so that a statement of N rows is one of nine texts, each compiled
/// once per connection and reused (a national load writes hundreds of thousands of rows;
/// one statement per row spends most of its time binding and stepping, not inserting).
struct RowChunks {
    /// The statement's text before the rows (`INSERT INTO t (a, b) VALUES`).
    let head: String
    /// Values per row.
    let columns: Int
    /// The text after the rows (`ON CONFLICT … RETURNING …`), or empty.
    var tail = ""

    static let largest = 256

    /// The row ranges of `count` rows, largest chunks first.
    static func ranges(_ count: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var size = largest
        while start < count {
            while size > count - start { size /= 2 }
            ranges.append(start..<start + size)
            start += size
        }
        return ranges
    }

    /// Runs the statement over `rows` (each `columns` values), handing each chunk's result
    /// rows (from a `RETURNING` tail) to `returned`.
    func run(_ db: Database, _ rows: [[DatabaseValue]], returned: ((Row) throws -> Void)? = nil) throws {
        let row = "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        for range in Self.ranges(rows.count) {
            let statement = try db.cachedStatement(sql: head + " " + Array(repeating: row, count: range.count).joined(separator: ", ") + " " + tail)
            var arguments: [DatabaseValue] = []
            arguments.reserveCapacity(range.count * columns)
            for index in range { arguments += rows[index] }
            if let returned {
                // Read whole before `returned` runs other statements.
                for next in try Row.fetchAll(statement, arguments: StatementArguments(arguments)) { try returned(next) }
            } else {
                try statement.execute(arguments: StatementArguments(arguments))
            }
        }
    }
}
