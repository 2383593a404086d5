import GRDB

/// Whose database a file is, read without writing anything to it: only an empty database
/// or one of bdhvs may be written to.
enum DatabaseIdentity: Equatable {
    /// No table at all (an empty or new file): bdhvs may create its schema there.
    case empty
    /// A bdhvs database, marked with bdhvs's `application_id` or, for one written before the
    /// mark, recognised by its migrations; `pending` migrations bring it up to date.
    case bdhvs(pending: Bool)
    /// Written by a newer bdhvs: these migrations are unknown here.
    case newer(unknownMigrations: [String])
    /// Anything else: another application's database, left untouched.
    case foreign

    /// bdhvs's mark in the database header (`PRAGMA application_id`), "BDHV" in ASCII.
    static let applicationID: Int32 = 0x4244_4856

    /// Reads the identity of the database `db` is connected to.
    static func of(_ db: Database) throws -> DatabaseIdentity {
        let mark = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        if mark == 0 && tables.isEmpty { return .empty }
        guard mark == applicationID || (mark == 0 && tables.contains("grdb_migrations")) else { return .foreign }
        let migrator = Migrations.migrator
        let known = Set(migrator.migrations)
        let applied = tables.contains("grdb_migrations") ? Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")) : []
        // Without the mark, a bdhvs database is one whose migrations start with bdhvs's first.
        if mark == 0 && !applied.contains(Migrations.first) { return .foreign }
        let unknown = applied.subtracting(known)
        if !unknown.isEmpty { return .newer(unknownMigrations: unknown.sorted()) }
        return .bdhvs(pending: applied != known)
    }
}
