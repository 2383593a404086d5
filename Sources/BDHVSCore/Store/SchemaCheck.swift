import GRDB

/// Checks that a bdhvs database has every table and column its migrations create, so that
/// a damaged schema (a dropped table) is reported when the database is opened rather than
/// by the first query that needs it.
enum SchemaCheck {
    /// The tables and columns of a database migrated from nothing, computed once.
    static let expected: [String: [String]] = {
        guard let queue = try? DatabaseQueue(), (try? Migrations.migrator.migrate(queue)) != nil else { return [:] }
        return (try? queue.read { db in try schema(db) }) ?? [:]
    }()

    /// What `db` lacks of the expected schema: 'table' or 'table.column', sorted.
    static func missing(_ db: Database) throws -> [String] {
        let actual = try schema(db)
        var missing: [String] = []
        for (table, columns) in expected.sorted(by: { $0.key < $1.key }) {
            guard let present = actual[table] else { missing.append(table); continue }
            missing += columns.filter { !present.contains($0) }.map { "\(table).\($0)" }
        }
        return missing
    }

    private static func schema(_ db: Database) throws -> [String: [String]] {
        var schema: [String: [String]] = [:]
        for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
            schema[table] = try db.columns(in: table).map(\.name)
        }
        return schema
    }
}
