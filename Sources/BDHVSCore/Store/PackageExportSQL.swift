import Foundation
import GRDB

extension TaskStore {
    /// Writes the payload of a package, a new SQLite file at `path`, with every row of the
    /// carried tables that belongs to `plans` (all loaded plans when empty), copied as they
    /// are, ids included (the importing database translates them). The plans must be of one
    /// commune. Rows that have no `uid` yet are given one first, in the same transaction as
    /// the copy, so the payload is one consistent moment of the database.
    public func writePackagePayload(plans requested: [String], to path: String, asOf: CivilDate, madeAtEpochSeconds: Int64) throws -> PackageMeta {
        do {
            return try writer.writeWithoutTransaction { db in
                var meta: PackageMeta?
                try db.inTransaction(.immediate) {
                    meta = try Self.packagedPlans(requested, store: self, db, asOf: asOf, madeAt: PackagePayload.instant(epochSeconds: madeAtEpochSeconds))
                    for table in PackageTables.withUID {
                        try db.execute(sql: "UPDATE \(table) SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL")
                    }
                    return .commit
                }
                guard let meta else { throw PackageError.noPlans }
                try db.execute(sql: "ATTACH DATABASE ? AS pkg", arguments: [path])
                defer { try? db.execute(sql: "DETACH DATABASE pkg") }
                // A scratch file, kept only once whole: no journal, no disk syncs; small pages,
                // since a commune's tables are small and many of them empty.
                try db.execute(sql: "PRAGMA pkg.page_size = 1024; PRAGMA pkg.journal_mode = OFF; PRAGMA pkg.synchronous = OFF")
                try db.inTransaction(.immediate) {
                    try PackagePayload.createTables(in: "pkg", db)
                    try db.execute(sql: """
                        INSERT INTO pkg.package_meta (format, province, province_key, commune, commune_key, as_of, made_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [meta.format, meta.province, meta.provinceKey, meta.commune, meta.communeKey, meta.asOf, meta.madeAt])
                    try Self.copyRows(plans: meta.plans, db)
                    return .commit
                }
                return meta
            }
        } catch let error as DatabaseError {
            throw StoreError.databaseFailed(Self.reason(error))
        }
    }

    /// The plans a package carries and the commune they are all of.
    private static func packagedPlans(_ requested: [String], store: TaskStore, _ db: Database, asOf: CivilDate, madeAt: String) throws -> PackageMeta {
        var ids: [Int64] = []
        for plan in requested { ids += try store.planIDs(PlanScope(plan: plan), db) ?? [] }
        let rows = requested.isEmpty
            ? try Row.fetchAll(db, sql: "SELECT key, province, province_key, commune, commune_key, commune_kind, year FROM plan ORDER BY key")
            : try Row.fetchAll(db, sql: "SELECT key, province, province_key, commune, commune_key, commune_kind, year FROM plan WHERE id IN (\(ids.map(String.init).joined(separator: ","))) ORDER BY key")
        guard let first = rows.first else { throw PackageError.noPlans }
        let places = Set(rows.map { "\($0["province_key"] as String)/\($0["commune_key"] as String)" })
        if places.count > 1 {
            throw PackageError.mixedCommunes(Array(Set(rows.map {
                "\(PlaceName.shown(kind: $0["commune_kind"], name: $0["commune"])), \($0["province"] as String)"
            })).sorted())
        }
        return PackageMeta(format: PackagePayload.format, province: first["province"], provinceKey: first["province_key"],
                           commune: first["commune"], communeKey: first["commune_key"], asOf: asOf, madeAt: madeAt,
                           plans: rows.map { $0["key"] },
                           communeKind: rows.max { ($0["year"] as Int, $1["key"] as String) < ($1["year"] as Int, $0["key"] as String) }?["commune_kind"] ?? "")
    }

    /// Copies each carried table's rows of `plans` into `pkg`, parents first: a table's rows
    /// are those whose owner is among the rows already copied.
    private static func copyRows(plans: [String], _ db: Database) throws {
        for table in PackageTables.all {
            // The payload's columns, which the table here may outgrow (`PackagePayload.definitions`).
            let columns = (PackagePayload.columns[table.name] ?? []).map { "\"\($0)\"" }.joined(separator: ", ")
            let scope: String
            if let owner = table.owner, let ownerTable = table.ownerTable {
                scope = "\"\(owner)\" IN (SELECT id FROM pkg.\"\(ownerTable)\")"
            } else {
                scope = "key IN (SELECT value FROM json_each(?))"
            }
            let plansJSON = String(decoding: try JSONEncoder().encode(plans), as: UTF8.self)
            try db.execute(sql: "INSERT INTO pkg.\"\(table.name)\" (\(columns)) SELECT \(columns) FROM main.\"\(table.name)\" WHERE \(scope)",
                           arguments: table.owner == nil ? [plansJSON] : [])
        }
    }
}
