import GRDB

/// Checks that a bdhvs database has every table and column its migrations create, so that
/// a damaged schema (a dropped table) is reported when the database is opened rather than
/// by the first query that needs it.
enum SchemaCheck {
    /// The tables and columns of a database migrated from nothing. Written down once
    /// (`SchemaFingerprint`, kept true by a test) rather than migrating an empty database
    /// at every start: that was a third of the start-up of a one-commune answer.
    static var expected: [String: [String]] { SchemaFingerprint.tables }

    /// What `db` lacks of the expected schema: 'table' or 'table.column', sorted.
    static func missing(_ db: Database) throws -> [String] {
        let actual = try schema(db)
        var missing: [String] = []
        for (table, columns) in expected.sorted(by: { $0.key < $1.key }) {
            guard let present = actual[table] else { missing.append(table); continue }
            let have = Set(present)
            missing += columns.filter { !have.contains($0) }.map { "\(table).\($0)" }
        }
        return missing
    }

    /// Every table of `db` with its columns in order, read with one statement.
    static func schema(_ db: Database) throws -> [String: [String]] {
        var schema: [String: [String]] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, c.cid
            """)
        while let row = try rows.next() {
            let table: String = row[0], column: String = row[1]
            schema[table, default: []].append(column)
        }
        return schema
    }
}
