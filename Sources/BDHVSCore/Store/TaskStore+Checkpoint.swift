import GRDB

extension TaskStore {
    /// Pages of log a connection that records bulk batches writes between two checkpoints.
    static let bulkCheckpointPages = 16_384

    /// A bulk replay copies the log into the database every 16,384 pages (64 MiB of 4 KiB
    /// pages) instead of SQLite's 1,000, which came after almost every batch of 5,000
    /// changes: each checkpoint syncs the log and the database to disk (two `fdatasync`
    /// calls, some 10 ms each on the benchmark machine: 46 calls, 0.44 s of a 100k replay;
    /// 7 calls, 0.21 s, now), and the pages many batches rewrite (the tallies, the ends of
    /// the change log's indexes) are copied once per checkpoint instead of once per batch.
    /// The log file is reused after each checkpoint; SQLite removes it when the connection
    /// closes. A larger interval grows the file instead, and the system's zeroing of its
    /// new blocks cost more than the checkpoints saved (65,536 pages at 100k).
    func checkpointSeldom() {
        _ = try? writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.bulkCheckpointPages)") }
    }
}
