import Foundation
import GRDB

/// The SQLite task engine: one value wraps the database connection, brings its schema up
/// to date when opened, and offers reads and writes named after what users do.
public struct TaskStore: Sendable {
    let writer: any DatabaseWriter
    /// Opens one more reading connection to the same file, like the store's own, for a
    /// list read in halves on two cores (`eachTaskInHalves`); nil for a store that writes
    /// or lives in memory.
    var reopen: (@Sendable () throws -> DatabaseQueue)? = nil

    /// What a command means to do with the database it opens.
    public enum Access: Sendable {
        /// Only read: a missing file is an error, nothing is created, and the connection is
        /// read-only (a file the user may read but not write works).
        case read
        /// Only read, and change nothing at all, for a server that stays open: like `read`,
        /// but an older bdhvs database is refused (`StoreError.olderDatabase`) instead of
        /// being migrated, so that a dashboard never rewrites the file it shows.
        case readOnly
        /// Read and write: the file is created and migrated when missing.
        case write
        /// Read and write a database that exists (to record for a plan loaded into it): a
        /// missing file is `StoreError.noDatabase`, and nothing is created.
        case update
    }

    /// Opens the database file at `path` for `access`. Only an empty file or a bdhvs
    /// database is opened; anything else is refused and left as it was. Several bdhvs
    /// processes may open the same file at once: the identity check, creation and migration
    /// happen under an exclusive lock on the file, and writers wait for each other instead
    /// of failing with "database is locked".
    public static func open(path: String, access: Access = .write) throws -> TaskStore {
        if access != .write, !FileManager.default.fileExists(atPath: path) {
            throw StoreError.noDatabase(path: path)
        }
        let access: Access = access == .update ? .write : access
        let directory = (path as NSString).deletingLastPathComponent
        if access == .write, !directory.isEmpty {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        do {
            return try DatabaseFileLock.withLock(path: path) {
                // A new database starts as an empty file, which SQLite takes for an empty database.
                if access == .write, !FileManager.default.fileExists(atPath: path),
                   !FileManager.default.createFile(atPath: path, contents: Data()) {
                    throw StoreError.cannotOpen(path: path, reason: "the file cannot be created")
                }
                return try DatabaseOpener(path: path, access: access).open()
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
        try Migrations.migrator.migrate(queue)
        return TaskStore(writer: queue)
    }

    /// Runs `work` in one write transaction (GRDB's, immediate): it either all happens or
    /// none of it.
    func write<T>(_ work: (Database) throws -> T) throws -> T {
        try Self.translatingDatabaseErrors { try writer.write(work) }
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

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}
