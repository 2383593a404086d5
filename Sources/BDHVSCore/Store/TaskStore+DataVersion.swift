import GRDB

extension TaskStore {
    /// A number that changes whenever another connection commits to the database (SQLite's
    /// `PRAGMA data_version`), cheap to ask: a reader that keeps answers knows by it when they
    /// are stale. Only changes by others count, so ask it on a connection that never writes.
    public func dataVersion() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}
