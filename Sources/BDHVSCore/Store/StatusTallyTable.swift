import GRDB

/// One of the four tally tables of `StatusTally`, with its statements written once.
struct TallyTable {
    let table: String
    let keys: [String]
    private let upsert: RowChunks
    /// Rows no existing row can share a key with: inserted, with nothing read back.
    let insert: RowChunks
    private let deleteZero: RowChunks

    init(table: String, keys: [String]) {
        self.table = table
        self.keys = keys
        let columns = keys.joined(separator: ", ")
        upsert = RowChunks(head: "INSERT INTO \(table) (\(columns), n) VALUES", columns: keys.count + 1,
                           tail: "ON CONFLICT (\(columns)) DO UPDATE SET n = n + excluded.n RETURNING \(columns), n")
        insert = RowChunks(head: "INSERT INTO \(table) (\(columns), n) VALUES", columns: keys.count + 1)
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
    ///
    /// A change marked `fresh` is for a plan or agency with no row here yet (first stored in
    /// the same transaction): its row is inserted, not upserted and read back.
    ///
    /// The rows are written in the order given: in the table's key order, each seek finds
    /// the pages the one before used (`StatusTally.Accumulator.write` sorts them).
    ///
    /// `rollingBack`: the fresh rows' inserts end the transaction on a broken constraint
    /// (`RowChunks.run`).
    func add(_ changes: [(key: [DatabaseValue], n: Int, fresh: Bool)], _ db: Database, rollingBack: Bool = false) throws {
        let changes = changes.filter { $0.n != 0 }
        try insert.run(db, changes.filter(\.fresh).map { $0.key + [$0.n.databaseValue] }, rollingBack: rollingBack)
        var zeros: [[DatabaseValue]] = []
        try upsert.run(db, changes.filter { !$0.fresh }.map { $0.key + [$0.n.databaseValue] }) { row in
            guard row[keys.count] as Int == 0 else { return }
            zeros.append((0..<keys.count).map { row[$0] as DatabaseValue })
        }
        // Two in five rows a replay writes come to zero (a day a group no longer changes on).
        try deleteZero.run(db, zeros)
    }
}
