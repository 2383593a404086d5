import GRDB

extension TaskStore {
    /// Whether the package is to be merged (false: it is the one already taken), or why not.
    static func admit(_ meta: PackageMeta, publicKey: String, digest: String, schema: String, _ db: Database) throws -> Bool {
        let place: StatementArguments = [meta.provinceKey, meta.communeKey]
        guard let trusted = try String.fetchOne(db.cachedStatement(sql: "SELECT public_key FROM package_key WHERE province_key = ? AND commune_key = ?"), arguments: place) else {
            throw PackageError.untrustedCommune(commune: meta.commune, province: meta.province)
        }
        guard trusted == publicKey else { throw PackageError.wrongKey(commune: meta.commune, province: meta.province) }
        if let latest = try Row.fetchOne(db.cachedStatement(sql: "SELECT as_of, made_at, digest FROM package_import WHERE province_key = ? AND commune_key = ?"), arguments: place) {
            if latest["digest"] as String == digest { return false }
            let latestAsOf: CivilDate = latest["as_of"]
            let latestMadeAt: String = latest["made_at"]
            if (meta.asOf, meta.madeAt) <= (latestAsOf, latestMadeAt) {
                throw PackageError.notNewer(commune: meta.commune, asOf: meta.asOf, madeAt: meta.madeAt, latestAsOf: latestAsOf, latestMadeAt: latestMadeAt)
            }
        }
        if let other = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT key, commune, province FROM main.plan WHERE key IN (SELECT key FROM \(schema).plan)
                AND (province_key <> ? OR commune_key <> ?) ORDER BY key LIMIT 1
            """), arguments: place) {
            throw PackageError.foreignPlan(plan: other["key"], commune: "\(other["commune"] as String), \(other["province"] as String)")
        }
        return true
    }

    /// Trusts `publicKey` for packages of the commune (names as people type them), in place
    /// of any key trusted for it before: packages signed by the old key are refused from now
    /// on. Returns whether a key was replaced.
    @discardableResult
    public func trustPackageKey(_ publicKey: String, commune: String, province: String, on date: CivilDate) throws -> Bool {
        let communeKey = Self.placeKey(commune, prefixes: Self.communePrefixes)
        let provinceKey = Self.placeKey(province, prefixes: Self.provincePrefixes)
        return try write { db in
            let replaced = try String.fetchOne(db, sql: "SELECT public_key FROM package_key WHERE province_key = ? AND commune_key = ?",
                                               arguments: [provinceKey, communeKey])
            try db.execute(sql: """
                INSERT OR REPLACE INTO package_key (province_key, commune_key, province, commune, public_key, trusted_on)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [provinceKey, communeKey, province, commune, publicKey, date])
            return replaced != nil && replaced != publicKey
        }
    }
}
