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
    let tail: String
    /// The statement's text for each chunk size, by its power of two (1, 2, 4, … 256):
    /// built once, not for every chunk (a bulk replay writes one small chunk per change).
    private let texts: [String]

    static let largest = 256

    /// `row` is each row's text (its `columns` values as `?`), `(?, ?)` by default, and
    /// `separator` what goes between rows.
    init(head: String, columns: Int, tail: String = "", row: String? = nil, separator: String = ", ") {
        self.head = head
        self.columns = columns
        self.tail = tail
        let row = row ?? "(" + Array(repeating: "?", count: columns).joined(separator: ", ") + ")"
        texts = (0...8).map { power in
            head + " " + Array(repeating: row, count: 1 << power).joined(separator: separator) + " " + tail
        }
    }

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
        // GRDB finds a cached statement by hashing its text, several kilobytes for 256 rows:
        // each size is looked up once per call, not once per chunk.
        var statements: [Int: Statement] = [:]
        for range in Self.ranges(rows.count) {
            let power = range.count.trailingZeroBitCount
            let statement = try statements[power] ?? db.cachedStatement(sql: texts[power])
            statements[power] = statement
            var arguments: [(any DatabaseValueConvertible)?] = []
            arguments.reserveCapacity(range.count * columns)
            for index in range { for value in rows[index] { arguments.append(value) } }
            // Arguments as existentials: GRDB maps a sequence of `DatabaseValue` through a key
            // path, a cost per value larger than binding it (a replay binds millions).
            if let returned {
                // Read whole before `returned` runs other statements.
                for next in try Row.fetchAll(statement, arguments: StatementArguments(arguments)) { try returned(next) }
            } else {
                try statement.execute(arguments: StatementArguments(arguments))
            }
        }
    }
}
