import Foundation
import GRDB
import GRDBSQLite

/// Copies a load's log into the database from a second connection, on a thread of its
/// own, after each batch the load commits (`PlanBatchLoad`).
///
/// In WAL mode every commit goes to the log, and the log is copied into the database file
/// (a checkpoint, which ends with a disk sync) either by the writing connection when the log
/// passes its interval, or when the last connection closes. A first national load of 10,000
/// tasks ended with one such copy of the whole 25 MB database, and its sync: a fifth of its
/// time, with nothing else left to run on the other core. At 1M the writing thread stopped
/// every 64 MiB of log to copy it. Here a passive checkpoint (which never blocks the writer,
/// and copies what was committed when it starts) runs while the next batch is checked and
/// written; the writer then starts the log over from its beginning, and what is left to
/// copy at the end is the last batch. Each commit is as durable as before: only where its
/// pages are copied, and when, changes.
final class LogCopier: @unchecked Sendable {
    private let connection: DatabaseQueue
    private let queue = DispatchQueue(label: "bdhvs.log-copier")
    private let lock = NSLock()
    private var scheduled = false

    /// A copier for the database file at `path`, or nil for a database in memory or one
    /// that cannot be opened again (the load then copies its log as before).
    init?(path: String) {
        guard !path.isEmpty, !path.hasPrefix(":memory:"), !path.hasPrefix("file:"),
              FileManager.default.fileExists(atPath: path) else { return nil }
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        // It reads nothing but the log's header, and compiles one statement.
        configuration.prepareDatabase { db in sqlite3_set_authorizer(db.sqliteConnection, nil, nil) }
        guard let connection = try? DatabaseQueue(path: path, configuration: configuration) else { return nil }
        self.connection = connection
    }

    /// Copies what has been committed, on the copier's thread; a copy already waiting to
    /// start will copy it too.
    func copy() {
        lock.lock()
        defer { lock.unlock() }
        guard !scheduled else { return }
        scheduled = true
        queue.async { [self] in
            lock.lock()
            scheduled = false
            lock.unlock()
            _ = try? connection.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)") }
        }
    }

    /// Waits for the copy under way, and closes the copier's connection (not the last one:
    /// the load's own connection copies what is left when it closes, as before).
    func finish() {
        queue.sync {}
        try? connection.close()
    }
}
