import GRDB

extension TaskStore {
    /// Whether the package is to be merged (false: it is the one already taken), or why not.
    static func admit(_ meta: PackageMeta, publicKey: String, digest: String, schema: String, _ db: Database) throws -> Bool {
        let place: StatementArguments = [meta.provinceKey, meta.communeKey]
        guard let trusted = try String.fetchOne(db.cachedStatement(sql: "SELECT public_key FROM package_key WHERE province_key = ? AND commune_key = ?"), arguments: place) else {
            throw PackageError.untrustedCommune(commune: meta.place, province: meta.province)
        }
        guard trusted == publicKey else { throw PackageError.wrongKey(commune: meta.place, province: meta.province) }
        if let latest = try Row.fetchOne(db.cachedStatement(sql: "SELECT as_of, made_at, digest FROM package_import WHERE province_key = ? AND commune_key = ?"), arguments: place) {
            if latest["digest"] as String == digest { return false }
            let latestAsOf: CivilDate = latest["as_of"]
            let latestMadeAt: String = latest["made_at"]
            if (meta.asOf, meta.madeAt) <= (latestAsOf, latestMadeAt) {
                throw PackageError.notNewer(commune: meta.place, asOf: meta.asOf, madeAt: meta.madeAt, latestAsOf: latestAsOf, latestMadeAt: latestMadeAt)
            }
        }
        if let other = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT key, commune, commune_kind, province FROM main.plan WHERE key IN (SELECT key FROM \(schema).plan)
                AND (province_key <> ? OR commune_key <> ?) ORDER BY key LIMIT 1
            """), arguments: place) {
            let commune = PlaceName.shown(kind: other["commune_kind"], name: other["commune"])
            throw PackageError.foreignPlan(plan: other["key"], commune: "\(commune), \(other["province"] as String)")
        }
        return true
    }

    /// Trusts `publicKey` for packages of the commune (names as people type them), in place
    /// of any key trusted for it before: packages signed by the old key are refused from now
    /// on. The commune and province are kept as a loaded plan of the commune writes them
    /// when there is one ("nghia giang" → "Nghĩa Giang"), else as typed.
    @discardableResult
    public func trustPackageKey(_ publicKey: String, commune: String, province: String, on date: CivilDate) throws -> PackageTrust {
        try write { db in
            // Names written with dashes for spaces ("nghia-giang") are of the commune known so.
            let communeKey = try Self.placeKey(commune, prefixes: Self.communePrefixes) { try Self.knows(commune: $0, db) }
            let provinceKey = try Self.placeKey(province, prefixes: Self.provincePrefixes) { try Self.knows(province: $0, db) }
            let place: StatementArguments = [provinceKey, communeKey]
            let replaced = try String.fetchOne(db, sql: "SELECT public_key FROM package_key WHERE province_key = ? AND commune_key = ?", arguments: place)
            let planned = try Row.fetchOne(db, sql: "SELECT commune, commune_kind, province FROM plan WHERE province_key = ? AND commune_key = ? ORDER BY year DESC, key LIMIT 1",
                                           arguments: place)
            let trust = PackageTrust(replaced: replaced != nil && replaced != publicKey,
                                     commune: planned?["commune"] ?? commune, province: planned?["province"] ?? province,
                                     communeKind: planned?["commune_kind"] ?? "")
            try db.execute(sql: """
                INSERT OR REPLACE INTO package_key (province_key, commune_key, province, commune, public_key, trusted_on)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [provinceKey, communeKey, trust.province, trust.commune, publicKey, date])
            return trust
        }
    }
}

/// A key trusted: whether it replaced another, and the commune and province as stored.
public struct PackageTrust: Sendable, Equatable {
    public var replaced: Bool
    public var commune: String
    public var province: String
    /// The kind of the commune as a loaded plan of it writes it; empty when none is loaded
    /// (the name is then shown as typed).
    public var communeKind: String = ""

    /// "xã Trà Bồng", as plan list and the reports name a commune.
    public var place: String { PlaceName.shown(kind: communeKind, name: commune) }
}
