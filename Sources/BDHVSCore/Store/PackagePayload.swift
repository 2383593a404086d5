import GRDB

/// What a package says about itself: whose plans it carries and as of when.
public struct PackageMeta: Sendable, Equatable, Codable {
    /// The payload's format (`PackagePayload.format` when written).
    public var format: Int
    public var province: String
    public var provinceKey: String
    public var commune: String
    public var communeKey: String
    /// The day the commune's data is as of.
    public var asOf: CivilDate
    /// When the package was made, UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    public var madeAt: String
    /// The plans it carries, by key.
    public var plans: [String]
    /// The commune's kind ("xã", "phường", "đặc khu") as its plans write it: read from the
    /// plans, not kept in `package_meta` (the payload's format is unchanged).
    public var communeKind: String = ""

    /// "xã Trà Bồng", as plan list and the reports name a commune.
    public var place: String { PlaceName.shown(kind: communeKind, name: commune) }

    enum CodingKeys: String, CodingKey {
        case format, province, provinceKey = "province_key", commune, communeKey = "commune_key", asOf = "as_of", madeAt = "made_at", plans
    }
}

/// The database inside a package: the plan-scoped tables, each created with exactly the
/// definition the migrations give it, and one description row (`package_meta`).
enum PackagePayload {
    /// The format written and the newest one read.
    static let format = 1

    static let metaTable = """
        CREATE TABLE package_meta (
            format INTEGER NOT NULL,
            province TEXT NOT NULL,
            province_key TEXT NOT NULL,
            commune TEXT NOT NULL,
            commune_key TEXT NOT NULL,
            as_of TEXT NOT NULL,
            made_at TEXT NOT NULL
        )
        """

    /// Each carried table's CREATE statement as a fresh database has it; `agency` and
    /// `agency_name` as they were before the agencies' names were stored by set
    /// (`Migrations.addNameSets`): a set's row id means nothing in another database, and
    /// `agency_name`, now a view, still travels as rows, so packages keep their format.
    static let definitions: [String: String] = {
        // One database in memory, read up to the migration before the sets, then migrated on.
        guard let queue = try? DatabaseQueue() else { return [:] }
        func tables(upTo migration: String) -> [String: String] {
            guard (try? Migrations.migrator.migrate(queue, upTo: migration)) != nil else { return [:] }
            return (try? queue.read { db in
                try Dictionary(uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table'")
                    .map { ($0["name"] as String, $0["sql"] as String) })
            }) ?? [:]
        }
        let before = tables(upTo: "v14-one-agency-name-index")
        let now = tables(upTo: Migrations.migrator.migrations.last ?? "")
        return now.merging(["agency", PackageTables.names].compactMap { name in before[name].map { (name, $0) } }) { $1 }
    }()

    /// Each carried table's columns (and `package_meta`'s), as a fresh database has them:
    /// read once, since a payload's schema must equal it and the database's holds it.
    static let columns: [String: [String]] = {
        guard let queue = try? DatabaseQueue() else { return [:] }
        return (try? queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ':memory:' AS pkg")
            try createTables(in: "pkg", db)
            return try Dictionary(uniqueKeysWithValues: (["package_meta"] + PackageTables.all.map(\.name)).map {
                ($0, try db.columns(in: $0, in: "pkg").map(\.name))
            })
        }) ?? [:]
    }()

    /// Creates the payload's tables in the attached schema `schema`.
    static func createTables(in schema: String, _ db: Database) throws {
        try db.execute(sql: qualified(metaTable, schema))
        for table in PackageTables.all {
            guard let definition = definitions[table.name] else { throw DatabaseError(message: "no definition of table \(table.name)") }
            try db.execute(sql: qualified(definition, schema))
        }
    }

    /// `CREATE TABLE name (…)` made to create the table in `schema`.
    private static func qualified(_ definition: String, _ schema: String) -> String {
        let prefix = "CREATE TABLE "
        return prefix + schema + "." + definition.dropFirst(prefix.count)
    }

    /// The schema a payload must have, exactly: every row of its `sqlite_master`.
    static let expectedSchema: [SchemaEntry] = {
        guard let queue = try? DatabaseQueue() else { return [] }
        return (try? queue.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ':memory:' AS pkg")
            try createTables(in: "pkg", db)
            return try SchemaEntry.all(in: "pkg", db)
        }) ?? []
    }()

    /// One row of `sqlite_master`.
    struct SchemaEntry: Equatable, Hashable {
        var type: String
        var name: String
        var table: String
        var sql: String?

        static func all(in schema: String, _ db: Database) throws -> [SchemaEntry] {
            try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM \(schema).sqlite_master ORDER BY type, name").map {
                SchemaEntry(type: $0["type"], name: $0["name"], table: $0["tbl_name"], sql: $0["sql"])
            }
        }
    }

    /// An instant as the package writes it: UTC, to the second.
    static func instant(epochSeconds: Int64) -> String {
        // Floor division, so that an instant before 1970 still lands on its own day.
        let clamped = max(min(epochSeconds, 253_402_300_799), -62_135_596_800)
        let days = clamped >= 0 ? clamped / 86_400 : (clamped - 86_399) / 86_400
        let seconds = Int(clamped - days * 86_400)
        let date = CivilDate(dayNumber: Int(days))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date.iso)T\(two(seconds / 3600)):\(two(seconds % 3600 / 60)):\(two(seconds % 60))Z"
    }
}
