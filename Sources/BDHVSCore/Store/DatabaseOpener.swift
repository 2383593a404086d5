import Foundation
import GRDB
import GRDBSQLite

/// Opens a database file for a store, in the order that keeps other files safe: a look at
/// whose database it is first (read-only for a reading command; a writing command's one
/// connection, before it writes anything); only then, for an empty or a bdhvs database, the
/// journal mode and migrations; last, a check of the schema.
struct DatabaseOpener {
    let path: String
    let access: TaskStore.Access

    func open() throws -> TaskStore {
        let (connection, identity) = access != .write ? try look() : try lookWritable()
        switch identity {
        case .foreign:
            throw StoreError.foreignDatabase(path: path)
        case .newer(let unknown):
            throw StoreError.newerDatabase(path: path, unknownMigrations: unknown)
        case .empty where access != .write:
            throw StoreError.noDatabase(path: path)
        case .bdhvs(pending: true) where access == .readOnly:
            throw StoreError.olderDatabase(path: path)
        case .bdhvs(pending: false) where access != .write:
            try check(connection)
            // The same file, checked above, read the same way (the path may be the immutable URI).
            let configuration = configuration(readonly: true)
            let path = connection.path
            return TaskStore(writer: connection, reopen: { try DatabaseQueue(path: path, configuration: configuration) })
        case .empty, .bdhvs:
            // An older bdhvs database is brought up to date even by a reading command, when
            // the file may be written: the commands of this version need its schema.
            let queue = access != .write ? try DatabaseQueue(path: path, configuration: configuration(readonly: false)) : connection
            if access == .write {
                // Only now that the file is known to be ours: WAL (a file setting).
                try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            }
            if identity != .bdhvs(pending: false) { try Migrations.migrator.migrate(queue) }
            try check(queue)
            return TaskStore(writer: queue)
        }
    }

    /// One connection that may write, for a writing command, and whose database the file
    /// is; nothing is written to the file until it is known to be empty or bdhvs's.
    private func lookWritable() throws -> (DatabaseQueue, DatabaseIdentity) {
        var configuration = configuration(readonly: false)
        configuration.journalMode = .default
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return (queue, try queue.read(DatabaseIdentity.of))
    }

    /// A read-only connection to the file and whose database it is.
    private func look() throws -> (DatabaseQueue, DatabaseIdentity) {
        if access != .write, Self.leavesNoTrace(path) {
            let probe = try DatabaseQueue(path: Self.immutable(path), configuration: configuration(readonly: true))
            return (probe, try probe.read(DatabaseIdentity.of))
        }
        do {
            let probe = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
            return (probe, try probe.read(DatabaseIdentity.of))
        } catch let error as DatabaseError where access != .write && [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode) {
            // A WAL database in a folder this user may not write: SQLite cannot create the
            // shared-memory file it reads through. Nobody can be writing it then (a writer
            // needs that file too): read the file as it is.
            let probe = try DatabaseQueue(path: Self.immutable(path), configuration: configuration(readonly: true))
            return (probe, try probe.read(DatabaseIdentity.of))
        }
    }

    /// Whether a reader must open `path` as immutable to leave nothing beside it: a file this
    /// user may not write, with no `-wal` beside it. SQLite's WAL readers otherwise create
    /// `-wal` and `-shm` files, owned by this user and read-only like the database, which
    /// would then keep the file's owner from ever writing it. No `-wal` means no writer has
    /// it open, and one that opens it later is not seen until the reader opens it again.
    static func leavesNoTrace(_ path: String) -> Bool {
        !FileManager.default.isWritableFile(atPath: path) && !FileManager.default.fileExists(atPath: path + "-wal")
    }

    /// The SQLite URI that opens `path` as a file nobody changes (`immutable=1`).
    static func immutable(_ path: String) -> String {
        "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%"))) ?? path)
            + "?immutable=1"
    }

    private func check(_ queue: DatabaseQueue) throws {
        let missing = try queue.read(SchemaCheck.missing)
        if !missing.isEmpty { throw StoreError.damagedDatabase(path: path, missing: missing) }
    }

    /// How much of the file a reading connection maps into memory: SQLite's own ceiling
    /// (`SQLITE_MAX_MMAP_SIZE`, just under 2 GiB), which a larger value is cut down to.
    static let mappedBytes = 0x7FFF_0000

    /// A read-only connection changes nothing in the file (not even its journal mode). A
    /// writing one uses WAL with a busy timeout, so that concurrent commands wait instead
    /// of failing.
    private func configuration(readonly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readonly
        configuration.busyMode = .timeout(60)
        if !readonly {
            configuration.journalMode = .wal
            // With WAL, NORMAL is durable against a crash of the program and keeps commits
            // from waiting on a disk sync each (a national load is thousands of transactions).
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        configuration.prepareDatabase { db in
            // 64 MiB of page cache: the indexes of a national database stay in memory while loading.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        if readonly {
            // A reading command reads the file's pages where the system keeps them instead of
            // copying each into the page cache: a national list reads tens of thousands, and
            // the copies were a tenth of its time. (A mapping is unsafe for a file that
            // shrinks under it; a bdhvs database never does: no VACUUM, no auto-vacuum.)
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = \(Self.mappedBytes)") }
            // GRDB asks SQLite for a callback on every table and column each statement it
            // compiles reads (its authorizer), to learn what a statement reads and writes for
            // observers and cached schemas. A reading command has neither (it changes no
            // schema but its own temporary tables', and observes nothing), and those callbacks
            // were a tenth of one commune's status: the connection compiles without them.
            configuration.prepareDatabase { db in sqlite3_set_authorizer(db.sqliteConnection, nil, nil) }
        }
        return configuration
    }
}
