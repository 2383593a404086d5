import GRDB

/// Checks a package's database, placed in a slot of the importing connection
/// (`PackagePayloadSlot`), before anything of it is read into the province's: its schema
/// must be exactly the one bdhvs writes (so no trigger, view or extra table of the sender ever runs or is read), its
/// description row sound, every plan of its commune, every text free of control characters
/// and every id pointing at a row it carries. The payload is read-only: nothing of it runs.
/// Statements are the cached ones of the connection (the same text for every package of a slot).
enum PackagePayloadCheck {
    /// The description of the payload in slot `slot`, or `PackageError`. Reads its
    /// `sqlite_master` first, and nothing else of the payload unless it is exactly the
    /// expected schema. `shape` is the layout of the slot's previous payload. `checked` is
    /// the description `PackagePayloadChecker` found for the same bytes: then only the schema
    /// is read here (the statements of this connection must see the payload's layout).
    static func check(_ db: Database, slot: Int, shape: inout PayloadShape?, checked: PackageMeta? = nil) throws -> PackageMeta {
        let schema = PackagePayloadSlot.name(slot)
        do {
            let found = try PayloadShape.read(schema, db)
            if found != shape {
                // Cached statements were compiled against the previous payload's root pages;
                // a payload laid out otherwise (or an unknown one) gets freshly compiled ones.
                db.clearSchemaCache()
                shape = found
            }
            guard found.entries.map(\.entry) == PackagePayload.expectedSchema else { throw PackageError.badContents(.schema) }
            if let checked { return checked }
            let meta = try self.meta(schema, db)
            try checkText(textQueries[slot], db)
            try checkReferences(referenceQueries[slot], db)
            try checkRecurrences(schema, db)
            return meta
        } catch let error as PackageError {
            throw error
        } catch {
            throw PackageError.badContents(.schema)
        }
    }

    private static func meta(_ schema: String, _ db: Database) throws -> PackageMeta {
        let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM \(schema).package_meta"))
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
        let plans = try Row.fetchAll(db.cachedStatement(sql: "SELECT key, province_key, commune_key FROM \(schema).plan ORDER BY key"))
        guard !plans.isEmpty else { throw PackageError.badContents(.meta) }
        for plan in plans where plan["province_key"] as String? != provinceKey || plan["commune_key"] as String? != communeKey {
            throw PackageError.badContents(.otherCommune(plan: plan["key"] ?? ""))
        }
        return PackageMeta(format: format, province: province, provinceKey: provinceKey, commune: commune, communeKey: communeKey,
                           asOf: asOf, madeAt: madeAt, plans: plans.map { $0["key"] },
                           communeKind: try String.fetchOne(db.cachedStatement(sql: "SELECT commune_kind FROM \(schema).plan ORDER BY year DESC, key LIMIT 1")) ?? "")
    }

    /// Per slot and table, one pass finding the first column holding binary data or a
    /// control character (`PackageTextCheck`): one call per row, each text scanned once.
    private static let textQueries: [[(table: String, sql: String)]] = (0..<PackagePayloadSlot.count).map { slot in
        (["package_meta"] + PackageTables.all.map(\.name)).map { table in
            let columns = (PackagePayload.columns[table] ?? []).map { "\"\($0)\"" }.joined(separator: ", ")
            let bad = "\(PackageTextCheck.name)(\(columns))"
            return (table, "SELECT \(bad) FROM \(PackagePayloadSlot.name(slot)).\"\(table)\" WHERE \(bad) > 0 LIMIT 1")
        }
    }

    private static func checkText(_ queries: [(table: String, sql: String)], _ db: Database) throws {
        for (table, sql) in queries {
            if let position = try Int.fetchOne(db.cachedStatement(sql: sql)) {
                let columns = PackagePayload.columns[table] ?? []
                let column = position >= 1 && position <= columns.count ? columns[position - 1] : ""
                throw PackageError.badContents(.badText(table: table, column: column))
            }
        }
    }

    /// Per table, one pass finding a row without its identity, or the first reference to a
    /// row the package does not carry.
    private static let referenceQueries: [[(table: String, sql: String)]] = (0..<PackagePayloadSlot.count).map { slot in
        PackageTables.all.map { referenceQuery($0, in: PackagePayloadSlot.name(slot)) }
    }

    private static func referenceQuery(_ table: PackageTable, in schema: String) -> (table: String, sql: String) {
        let missing = table.identity.map { "\"\($0)\" IS NULL" }.joined(separator: " OR ")
        let references = table.references.sorted(by: { $0.key < $1.key })
        let dangling = references.map { "(\"\($0.key)\" IS NOT NULL AND \"\($0.key)\" NOT IN (SELECT id FROM \(schema).\"\($0.value)\"))" }
        let which = zip(references, dangling).map { "WHEN \($1) THEN '\($0.key)'" }.joined(separator: " ")
        return (table.name, """
            SELECT CASE WHEN \(missing) THEN '' \(which) END FROM \(schema)."\(table.name)"
            WHERE \(([missing] + dangling).joined(separator: " OR ")) LIMIT 1
            """)
    }

    /// Every task's period must be one this bdhvs reads as the commune does
    /// (`RecurrencePeriod`): the task table's check lets through any 'yearly:MM-DD' with
    /// digits, and a period not read is silently not recurring (a Tết duty, 'yearly:00-00',
    /// read by a release before it).
    private static func checkRecurrences(_ schema: String, _ db: Database) throws {
        let values = try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT recurrence FROM \(schema).task WHERE recurrence IS NOT NULL"))
        for value in values where RecurrencePeriod(rawValue: value) == nil {
            let task = try String.fetchOne(db.cachedStatement(sql: "SELECT key FROM \(schema).task WHERE recurrence = ? ORDER BY id LIMIT 1"),
                                           arguments: [value]) ?? ""
            throw PackageError.badContents(.unknownRecurrence(task: task, value: value))
        }
    }

    private static func checkReferences(_ queries: [(table: String, sql: String)], _ db: Database) throws {
        for (table, sql) in queries {
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

    static func read(_ schema: String, _ db: Database) throws -> PayloadShape {
        // Cast, since a hostile file may hold anything there: text or NULL reads safely.
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT CAST(type AS TEXT), CAST(name AS TEXT), CAST(tbl_name AS TEXT), CAST(sql AS TEXT), CAST(rootpage AS INTEGER)
            FROM \(schema).sqlite_master ORDER BY type, name
            """))
        let entries = rows.map { row in
            Entry(entry: PackagePayload.SchemaEntry(type: row[0] ?? "", name: row[1] ?? "", table: row[2] ?? "", sql: row[3]), rootPage: row[4])
        }
        return PayloadShape(entries: entries, cookie: try Int64.fetchOne(db.cachedStatement(sql: "PRAGMA \(schema).schema_version")) ?? 0)
    }
}
