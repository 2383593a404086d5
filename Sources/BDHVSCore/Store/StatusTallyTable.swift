import GRDB

/// One of the four tally tables of `StatusTally`, with its statements written once.
struct TallyTable {
    let table: String
    let keys: [String]
    private let upsert: RowChunks
    private let deleteZero: RowChunks

    init(table: String, keys: [String]) {
        self.table = table
        self.keys = keys
        let columns = keys.joined(separator: ", ")
        upsert = RowChunks(head: "INSERT INTO \(table) (\(columns), n) VALUES", columns: keys.count + 1,
                           tail: "ON CONFLICT (\(columns)) DO UPDATE SET n = n + excluded.n RETURNING \(columns), n")
        // Many keys a statement: SQLite finds each term of the OR by the primary key (a row
        // value IN a list of rows would scan the table).
        deleteZero = RowChunks(head: "DELETE FROM \(table) WHERE n = 0 AND (", columns: keys.count, tail: ")",
                               row: "(" + keys.map { "\($0) = ?" }.joined(separator: " AND ") + ")", separator: " OR ")
    }

    static let planFinal = TallyTable(table: "status_final", keys: ["plan_id", "measure"])
    static let planDelta = TallyTable(table: "status_delta", keys: ["day", "plan_id", "measure"])
    static let leadFinal = TallyTable(table: "lead_final", keys: ["agency_id", "measure"])
    static let leadDelta = TallyTable(table: "lead_delta", keys: ["day", "agency_key", "measure"])

    /// Adds each `n` to the row at its key, many rows a statement; zeros are skipped, and a
    /// row that comes to zero goes, so the tallies of equal tasks are equal rows however
    /// they were reached.
    func add(_ changes: [(key: [DatabaseValue], n: Int)], _ db: Database) throws {
        var zeros: [[DatabaseValue]] = []
        try upsert.run(db, changes.filter { $0.n != 0 }.map { $0.key + [$0.n.databaseValue] }) { row in
            guard row[keys.count] as Int == 0 else { return }
            zeros.append((0..<keys.count).map { row[$0] as DatabaseValue })
        }
        // Two in five rows a replay writes come to zero (a day a group no longer changes on).
        try deleteZero.run(db, zeros)
    }
}
