import GRDB
import GRDBSQLite

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
    /// The same texts with `INSERT OR ROLLBACK` for `INSERT` (see `run`), or none.
    private let rollingBackTexts: [String]?

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
        rollingBackTexts = head.hasPrefix("INSERT INTO ") ? texts.map { "INSERT OR ROLLBACK INTO " + $0.dropFirst("INSERT INTO ".count) } : nil
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
    /// rows (from a `RETURNING` tail) to `returned`, as the statement steps: `returned` reads
    /// the row and must run no statement of its own.
    ///
    /// `rollingBack`: an INSERT is run as `INSERT OR ROLLBACK`, which ends the whole
    /// transaction on a broken constraint instead of undoing the one statement. SQLite then
    /// needs no statement journal (a copy of every page the statement changes that existed
    /// before it, kept to undo it alone), which a statement of many rows otherwise keeps
    /// whenever it may fail halfway, as every insert with a NOT NULL, CHECK or foreign key
    /// may. Only for a caller that gives up the whole transaction on any error.
    func run(_ db: Database, _ rows: [[DatabaseValue]], rollingBack: Bool = false, returned: ((Row) throws -> Void)? = nil) throws {
        let texts = rollingBack ? rollingBackTexts ?? texts : texts
        // GRDB finds a cached statement by hashing its text, several kilobytes for 256 rows:
        // each size is looked up once per call, not once per chunk.
        var statements: [Int: Statement] = [:]
        for range in Self.ranges(rows.count) {
            let power = range.count.trailingZeroBitCount
            let again = statements[power]
            let statement = try again ?? db.cachedStatement(sql: texts[power])
            statements[power] = statement
            try bind(rows[range], to: statement, again: again != nil)
            if let returned {
                // Read in place, not copied first: a copied row's values are read back
                // through generic code, a tenth of a bulk replay's writing thread.
                let rows = try Row.fetchCursor(statement)
                while let next = try rows.next() { try returned(next) }
            } else {
                try statement.execute()
            }
        }
    }

    /// Runs the statement over `count` rows bound by `bindRows`: given the rows of a chunk
    /// and the SQLite statement, it binds their values from the first parameter on and
    /// returns SQLite's code (for rows that are not arrays of values: `NewRowSink`).
    func run(_ db: Database, count: Int, rollingBack: Bool, bindRows: (Range<Int>, OpaquePointer) -> CInt) throws {
        let texts = rollingBack ? rollingBackTexts ?? texts : texts
        var statements: [Int: Statement] = [:]
        for range in Self.ranges(count) {
            let power = range.count.trailingZeroBitCount
            let again = statements[power]
            let statement = try again ?? db.cachedStatement(sql: texts[power])
            statements[power] = statement
            try bind(to: statement, again: again != nil) { bindRows(range, $0) }
            try statement.execute()
        }
    }

    /// Binds the values of `rows` to the statement's parameters, in order. GRDB's
    /// `StatementArguments` would first convert each value through generic code (some
    /// thousand instructions a value, a sixth of a national load's writing). The statement
    /// then runs with these bindings (`execute()` with no arguments resets it and keeps them).
    private func bind(_ rows: ArraySlice<[DatabaseValue]>, to statement: Statement, again: Bool) throws {
        try bind(to: statement, again: again) { sqlite in
            var index: CInt = 1
            for row in rows {
                precondition(row.count == columns, "a row of \(row.count) values for \(columns) columns")
                for value in row {
                    let code = Self.bind(value, to: sqlite, at: index)
                    guard code == 0 else { return code }
                    index += 1
                }
            }
            return 0
        }
    }

    /// Runs `bindings` on the statement's SQLite statement, which binds every parameter.
    ///
    /// The first time in a `run`, GRDB is told the statement's arguments are bound (and its
    /// bindings cleared); `again`, the statement is only reset: every parameter is bound
    /// anew, and a text bound over a text keeps its buffer instead of SQLite freeing it and
    /// allocating another.
    private func bind(to statement: Statement, again: Bool, _ bindings: (OpaquePointer) -> CInt) throws {
        let sqlite = statement.sqliteStatement
        if again { sqlite3_reset(sqlite) } else { statement.setUncheckedArguments(StatementArguments()) }
        let code = bindings(sqlite)
        guard code == 0 else { throw DatabaseError(resultCode: ResultCode(rawValue: code), sql: statement.sql) }
    }

    /// Binds `value` to parameter `index`. A text is handed over with its length (GRDB's
    /// binding copies it into a new C string, which SQLite then measures and copies).
    static func bind(_ value: DatabaseValue, to sqlite: OpaquePointer, at index: CInt) -> CInt {
        guard case .string(var text) = value.storage, !text.isEmpty else { return value.bind(to: sqlite, at: index) }
        return text.withUTF8 { bytes in
            // SQLite copies the bytes (`SQLITE_TRANSIENT`) before this returns.
            sqlite3_bind_text(sqlite, index, UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self),
                              CInt(bytes.count), unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
    }
}
