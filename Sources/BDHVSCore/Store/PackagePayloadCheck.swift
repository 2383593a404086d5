import GRDB

/// Checks a package's database, attached as `pkg` on the importing connection, before
/// anything of it is read into the province's: its schema must be exactly the one bdhvs
/// writes (so no trigger, view or extra table of the sender ever runs or is read), its
/// description row sound, every plan of its commune, every text free of control characters
/// and every id pointing at a row it carries. The payload is read-only: nothing of it runs.
/// Statements are the cached ones of the connection (the same text for every package).
enum PackagePayloadCheck {
    /// The payload's description, or `PackageError`. Reads `pkg.sqlite_master` first, and
    /// nothing else of the payload unless it is exactly the expected schema.
    static func check(_ db: Database, shape: inout PayloadShape?) throws -> PackageMeta {
        do {
            let found = try PayloadShape.read(db)
            if found != shape {
                // Cached statements were compiled against the previous payload's root pages;
                // a payload laid out otherwise (or an unknown one) gets freshly compiled ones.
                db.clearSchemaCache()
                shape = found
            }
            guard found.entries.map(\.entry) == PackagePayload.expectedSchema else { throw PackageError.badContents(.schema) }
            let meta = try self.meta(db)
            try checkText(db)
            try checkReferences(db)
            return meta
        } catch let error as PackageError {
            throw error
        } catch {
            throw PackageError.badContents(.schema)
        }
    }

    private static func meta(_ db: Database) throws -> PackageMeta {
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM pkg.package_meta"))
        guard rows.count == 1, let row = rows.first else { throw PackageError.badContents(.meta) }
        guard let format = row["format"] as Int? else { throw PackageError.badContents(.meta) }
        if format > PackagePayload.format { throw PackageError.newerFormat(found: format, supported: PackagePayload.format) }
        guard format == PackagePayload.format,
              let asOf = (row["as_of"] as String?).flatMap(CivilDate.init(iso:)),
              let madeAt = row["made_at"] as String?, madeAt.count == 20,
              let provinceKey = row["province_key"] as String?, !provinceKey.isEmpty,
              let communeKey = row["commune_key"] as String?, !communeKey.isEmpty,
              let province = row["province"] as String?, let commune = row["commune"] as String?
        else { throw PackageError.badContents(.meta) }
        let plans = try Row.fetchAll(db.cachedStatement(sql: "SELECT key, province_key, commune_key FROM pkg.plan ORDER BY key"))
        guard !plans.isEmpty else { throw PackageError.badContents(.meta) }
        for plan in plans where plan["province_key"] as String? != provinceKey || plan["commune_key"] as String? != communeKey {
            throw PackageError.badContents(.otherCommune(plan: plan["key"] ?? ""))
        }
        return PackageMeta(format: format, province: province, provinceKey: provinceKey, commune: commune, communeKey: communeKey,
                           asOf: asOf, madeAt: madeAt, plans: plans.map { $0["key"] })
    }

    /// Control characters other than tab and line breaks; a terminal would obey them.
    private static let controlPattern = "*[" + "\u{1}-\u{8}\u{B}\u{C}\u{E}-\u{1F}\u{7F}" + "]*"

    /// Per table, one pass finding the first column holding binary data or a control character.
    private static let textQueries: [(table: String, sql: String)] = (["package_meta"] + PackageTables.all.map(\.name)).map { table in
        let columns = PackagePayload.columns[table] ?? []
        let bad = columns.map { "typeof(\"\($0)\") = 'blob' OR \"\($0)\" GLOB ?1" }
        let which = zip(columns, bad).map { "WHEN \($1) THEN '\($0)'" }.joined(separator: " ")
        return (table, "SELECT CASE \(which) END FROM pkg.\"\(table)\" WHERE \(bad.joined(separator: " OR ")) LIMIT 1")
    }

    private static func checkText(_ db: Database) throws {
        for (table, sql) in textQueries {
            if let column = try String.fetchOne(db.cachedStatement(sql: sql), arguments: [controlPattern]) {
                throw PackageError.badContents(.badText(table: table, column: column))
            }
        }
    }

    /// Per table, one pass finding a row without its identity, or the first reference to a
    /// row the package does not carry.
    private static let referenceQueries: [(table: String, sql: String)] = PackageTables.all.map { table in
        let missing = table.identity.map { "\"\($0)\" IS NULL" }.joined(separator: " OR ")
        let references = table.references.sorted(by: { $0.key < $1.key })
        let dangling = references.map { "(\"\($0.key)\" IS NOT NULL AND \"\($0.key)\" NOT IN (SELECT id FROM pkg.\"\($0.value)\"))" }
        let which = zip(references, dangling).map { "WHEN \($1) THEN '\($0.key)'" }.joined(separator: " ")
        return (table.name, """
            SELECT CASE WHEN \(missing) THEN '' \(which) END FROM pkg."\(table.name)"
            WHERE \(([missing] + dangling).joined(separator: " OR ")) LIMIT 1
            """)
    }

    private static func checkReferences(_ db: Database) throws {
        for (table, sql) in referenceQueries {
            guard let found = try String.fetchOne(db.cachedStatement(sql: sql)) else { continue }
            throw PackageError.badContents(found.isEmpty ? .noIdentity(table: table) : .dangling(table: table, column: found))
        }
    }
}

/// How a payload's schema is laid out: every row of its `sqlite_master` with its root page,
/// and its schema cookie. Statements compiled against one payload stay valid for the next
/// only when both are the same (SQLite itself recompiles them when the cookie differs).
struct PayloadShape: Equatable {
    struct Entry: Equatable {
        var entry: PackagePayload.SchemaEntry
        var rootPage: Int64?
    }

    var entries: [Entry]
    var cookie: Int64

    static func read(_ db: Database) throws -> PayloadShape {
        // Cast, since a hostile file may hold anything there: text or NULL reads safely.
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT CAST(type AS TEXT), CAST(name AS TEXT), CAST(tbl_name AS TEXT), CAST(sql AS TEXT), CAST(rootpage AS INTEGER)
            FROM pkg.sqlite_master ORDER BY type, name
            """))
        let entries = rows.map { row in
            Entry(entry: PackagePayload.SchemaEntry(type: row[0] ?? "", name: row[1] ?? "", table: row[2] ?? "", sql: row[3]), rootPage: row[4])
        }
        return PayloadShape(entries: entries, cookie: try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA pkg.schema_version")) ?? 0)
    }
}
