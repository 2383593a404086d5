import GRDB

/// One of the four tally tables of `StatusTally`, with its statements written once.
struct TallyTable {
    let table: String
    let keys: [String]
    private let upsert: RowChunks
    private let deleteZero: String

    init(table: String, keys: [String]) {
        self.table = table
        self.keys = keys
        let columns = keys.joined(separator: ", ")
        upsert = RowChunks(head: "INSERT INTO \(table) (\(columns), n) VALUES", columns: keys.count + 1,
                           tail: "ON CONFLICT (\(columns)) DO UPDATE SET n = n + excluded.n RETURNING \(columns), n")
        deleteZero = "DELETE FROM \(table) WHERE \(keys.map { "\($0) = ?" }.joined(separator: " AND ")) AND n = 0"
    }

    static let planFinal = TallyTable(table: "status_final", keys: ["plan_id", "measure"])
    static let planDelta = TallyTable(table: "status_delta", keys: ["day", "plan_id", "measure"])
    static let leadFinal = TallyTable(table: "lead_final", keys: ["agency_id", "measure"])
    static let leadDelta = TallyTable(table: "lead_delta", keys: ["day", "agency_key", "measure"])

    /// Adds each `n` to the row at its key, many rows a statement; zeros are skipped, and a
    /// row that comes to zero goes, so the tallies of equal tasks are equal rows however
    /// they were reached.
    func add(_ changes: [(key: [DatabaseValue], n: Int)], _ db: Database) throws {
        try upsert.run(db, changes.filter { $0.n != 0 }.map { $0.key + [$0.n.databaseValue] }) { row in
            guard row[keys.count] as Int == 0 else { return }
            try db.cachedStatement(sql: deleteZero).execute(arguments: StatementArguments((0..<keys.count).map { row[$0] as DatabaseValue }))
        }
    }
}
