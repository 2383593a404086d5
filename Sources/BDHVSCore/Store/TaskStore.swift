import Foundation
import GRDB

/// The SQLite task engine: one value wraps the database connection, brings its schema up
/// to date when opened, and offers reads and writes named after what users do.
public struct TaskStore: Sendable {
    let writer: any DatabaseWriter

    /// What a command means to do with the database it opens.
    public enum Access: Sendable {
        /// Only read: a missing file is an error and nothing is created.
        case read
        /// Read and write: the file is created and migrated when missing.
        case write
    }

    /// Opens the database file at `path` for `access`. Several bdhvs processes may
    /// open the same file at once: creation and migration happen under an exclusive file
    /// lock, and writers wait for each other instead of failing with "database is locked".
    public static func open(path: String, access: Access = .write) throws -> TaskStore {
        if access == .read, !FileManager.default.fileExists(atPath: path) {
            throw StoreError.noDatabase(path: path)
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(60)
        // With WAL, NORMAL is durable against a crash of the program and keeps commits
        // from waiting on a disk sync each (a national load is thousands of transactions).
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 64 MiB of page cache: the indexes of a national database stay in memory while loading.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        do {
            return try FileLock.withExclusiveLock(path: path + ".lock") {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                try prepare(queue, path: path)
                return TaskStore(writer: queue)
            }
        } catch let error as StoreError {
            throw error
        } catch let error as FileLockError {
            throw StoreError.cannotOpen(path: path, reason: error.reason.lowercased())
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.notADatabase(path: path)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Self.reason(error))
        }
    }

    /// A private database in memory, for tests.
    public static func inMemory() throws -> TaskStore {
        let queue = try DatabaseQueue()
        try prepare(queue, path: ":memory:")
        return TaskStore(writer: queue)
    }

    private static func prepare(_ writer: any DatabaseWriter, path: String) throws {
        let migrator = Migrations.migrator
        let known = Set(migrator.migrations)
        let applied = try writer.read { db in try migrator.appliedIdentifiers(db) }
        let unknown = applied.subtracting(known)
        if !unknown.isEmpty { throw StoreError.newerDatabase(path: path, unknownMigrations: unknown.sorted()) }
        try migrator.migrate(writer)
    }

    /// Runs `work` in one immediate write transaction: it either all happens or none of it.
    func write<T>(_ work: (Database) throws -> T) throws -> T {
        try Self.translatingDatabaseErrors {
            try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try work(db)
                    return .commit
                }
                return result!
            }
        }
    }

    /// Runs `work` on a consistent snapshot of the database, with leave to write temporary
    /// tables (the status of many plans is computed once into one, then grouped many ways).
    func snapshot<T>(_ work: (Database) throws -> T) throws -> T {
        try Self.translatingDatabaseErrors {
            try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.deferred) {
                    result = try work(db)
                    return .commit
                }
                return result!
            }
        }
    }

    /// Runs `work` on a consistent snapshot of the database.
    func read<T>(_ work: (Database) throws -> T) throws -> T {
        try Self.translatingDatabaseErrors { try writer.read(work) }
    }

    /// SQLite's own errors become one `StoreError` sentence; the store's errors pass through.
    private static func translatingDatabaseErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError.databaseFailed(reason(error))
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}
