import GRDB

/// Checks a package's database before anything of it is read into the province's: its
/// schema must be exactly the one bdhvs writes (so no trigger, view or extra table of the
/// sender ever runs or is read), its description row sound, every plan of its commune,
/// every text free of control characters and every id pointing at a row it carries.
/// The file is opened read-only as immutable: SQLite reads it as it is, with no journal.
enum PackagePayloadCheck {
    /// The payload's description, or `PackageError`.
    static func check(path: String) throws -> PackageMeta {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA trusted_schema = OFF") }
        do {
            let queue = try DatabaseQueue(path: DatabaseOpener.immutable(path), configuration: configuration)
            return try queue.read { db in
                guard try PackagePayload.SchemaEntry.all(in: "main", db) == PackagePayload.expectedSchema else {
                    throw PackageError.badContents(.schema)
                }
                let meta = try self.meta(db)
                try checkText(db)
                try checkReferences(db)
                return meta
            }
        } catch let error as PackageError {
            throw error
        } catch {
            throw PackageError.badContents(.schema)
        }
    }

    private static func meta(_ db: Database) throws -> PackageMeta {
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM package_meta")
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
        let plans = try Row.fetchAll(db, sql: "SELECT key, province_key, commune_key FROM plan ORDER BY key")
        guard !plans.isEmpty else { throw PackageError.badContents(.meta) }
        for plan in plans where plan["province_key"] as String? != provinceKey || plan["commune_key"] as String? != communeKey {
            throw PackageError.badContents(.otherCommune(plan: plan["key"] ?? ""))
        }
        return PackageMeta(format: format, province: province, provinceKey: provinceKey, commune: commune, communeKey: communeKey,
                           asOf: asOf, madeAt: madeAt, plans: plans.map { $0["key"] })
    }

    /// Control characters other than tab and line breaks; a terminal would obey them.
    private static let controlPattern = "*[" + "\u{1}-\u{8}\u{B}\u{C}\u{E}-\u{1F}\u{7F}" + "]*"

    /// One pass over each table: the first column holding binary data or a control character.
    private static func checkText(_ db: Database) throws {
        for table in ["package_meta"] + PackageTables.all.map(\.name) {
            let columns = PackagePayload.columns[table] ?? []
            let bad = columns.map { "typeof(\"\($0)\") = 'blob' OR \"\($0)\" GLOB ?1" }
            let which = zip(columns, bad).map { "WHEN \($1) THEN '\($0)'" }.joined(separator: " ")
            if let column = try String.fetchOne(db, sql: """
                SELECT CASE \(which) END FROM "\(table)" WHERE \(bad.joined(separator: " OR ")) LIMIT 1
                """, arguments: [controlPattern]) {
                throw PackageError.badContents(.badText(table: table, column: column))
            }
        }
    }

    /// One pass over each table: a row without its identity, or the first reference to a
    /// row the package does not carry.
    private static func checkReferences(_ db: Database) throws {
        for table in PackageTables.all {
            let missing = table.identity.map { "\"\($0)\" IS NULL" }.joined(separator: " OR ")
            let references = table.references.sorted(by: { $0.key < $1.key })
            let dangling = references.map { "(\"\($0.key)\" IS NOT NULL AND \"\($0.key)\" NOT IN (SELECT id FROM \"\($0.value)\"))" }
            let which = zip(references, dangling).map { "WHEN \($1) THEN '\($0.key)'" }.joined(separator: " ")
            guard let found = try String.fetchOne(db, sql: """
                SELECT CASE WHEN \(missing) THEN '' \(which) END FROM "\(table.name)"
                WHERE \(([missing] + dangling).joined(separator: " OR ")) LIMIT 1
                """) else { continue }
            throw PackageError.badContents(found.isEmpty ? .noIdentity(table: table.name) : .dangling(table: table.name, column: found))
        }
    }
}
