import GRDB

/// Many batches of plans stored through one connection (a folder load), with the
/// connection set for it once rather than once per batch: `PRAGMA foreign_keys` (off for a
/// batch of new plans, see `NewRows`) makes SQLite expire every compiled statement each
/// time it changes, so turning it off and on around each batch had every many-row INSERT
/// (some of 5,120 parameters) parsed again for each batch: a tenth of the writing thread of
/// a 10k load. Now it changes only when a batch needs it the other way, and is on again when
/// the load ends.
///
/// The log is copied into the database seldom during the load (`TaskStore.bulkCheckpointPages`):
/// the pages every batch changes (the ends of the indexes, the tallies) are copied once per
/// checkpoint instead of once per batch's commit. Each commit is durable as before
/// (synchronous NORMAL in WAL); only when its pages reach the database file changes.
public final class PlanBatchLoad {
    let store: TaskStore
    /// The load's as-of date: the day each task it retires is retired on (nil: none known).
    let day: CivilDate?
    /// Whether this load turned foreign key checks off (they are on for every other write).
    private var foreignKeysOff = false
    /// The connection's checkpoint interval before the load, restored by `finish`; nil
    /// once restored.
    private var autocheckpoint: Int?
    /// Copies the log into the database after each batch, on a thread of its own; nil
    /// for a database in memory, and once finished.
    private var copier: LogCopier?

    /// Sets `store`'s connection up for a load of many batches. `copyingLog` false opens no
    /// copier (`TaskStore.load(batch:)`, a load of one batch: nothing follows for a copy to
    /// run beside, and `finish` would only wait for it). `day` is the load's as-of date.
    public init(_ store: TaskStore, copyingLog: Bool = true, on day: CivilDate? = nil) {
        self.store = store
        self.day = day
        store.keepStatementJournalsInMemory()
        autocheckpoint = try? store.writer.writeWithoutTransaction { db in
            let before = try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? 1000
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(TaskStore.bulkCheckpointPages)")
            return before
        }
        copier = copyingLog ? LogCopier(path: store.writer.path) : nil
    }

    deinit { finish() }

    /// Stores a batch of checked plans (see `TaskStore.load(prepared:)`).
    public func load(_ batch: [PlanToStore]) throws -> [Result<LoadSummary, StoreError>] {
        defer { copier?.copy() }
        return try store.load(prepared: batch, in: self)
    }

    /// Puts the connection back as it was: foreign key checks on, the checkpoint interval
    /// before the load. Safe to call more than once.
    public func finish() {
        copier?.finish()
        copier = nil
        _ = try? store.writer.writeWithoutTransaction { db in
            try setForeignKeys(off: false, db)
            if let autocheckpoint { try db.execute(sql: "PRAGMA wal_autocheckpoint = \(autocheckpoint)") }
            autocheckpoint = nil
        }
    }

    /// Turns foreign key checks off or on, outside any transaction (SQLite ignores the
    /// setting inside one), when they are not so already.
    func setForeignKeys(off: Bool, _ db: Database) throws {
        guard off != foreignKeysOff else { return }
        try db.execute(sql: off ? "PRAGMA foreign_keys = OFF" : "PRAGMA foreign_keys = ON")
        foreignKeysOff = off
    }
}
