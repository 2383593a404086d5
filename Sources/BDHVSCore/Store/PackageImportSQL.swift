import Foundation
import GRDB

/// What importing one package did.
public struct PackageImportResult: Sendable, Equatable {
    /// The package's description.
    public var meta: PackageMeta
    /// The rows per carried table; nil when the package was the one already imported.
    public var counts: [String: PackageCounts]?

    /// The counts of every table added up.
    public var total: PackageCounts { (counts ?? [:]).values.reduce(PackageCounts(), +) }
}

extension TaskStore {
    /// Runs `body` with an importer that holds this store's connection for every package
    /// it is given: the payloads are checked and merged on that one connection, with the
    /// staging tables made once and each statement compiled once for the whole run.
    public func importingPackages<T>(_ body: (PackageImporter) throws -> T) throws -> T {
        try writer.writeWithoutTransaction { db in
            let importer: PackageImporter
            do {
                importer = try PackageImporter(db)
            } catch let error as DatabaseError {
                throw StoreError.databaseFailed(Self.reason(error))
            }
            defer { importer.finish() }
            return try body(importer)
        }
    }
}

/// Imports packages into one store, one after another, on one connection (see
/// `TaskStore.importingPackages`); valid only inside that call.
public final class PackageImporter {
    private let db: Database
    /// The layout of the last payload checked: statements compiled for it are reused.
    private var shape: PayloadShape?

    fileprivate init(_ db: Database) throws {
        self.db = db
        // Where every payload is placed in turn (`PackagePayloadSlot`), and the staging tables.
        try db.execute(sql: "ATTACH DATABASE ':memory:' AS pkg")
        do {
            try PackageStaging.create(db)
        } catch {
            try? db.execute(sql: "DETACH DATABASE pkg")
            throw error
        }
    }

    fileprivate func finish() {
        try? PackageStaging.drop(db)
        try? db.execute(sql: "DETACH DATABASE pkg")
    }

    /// The package with this `digest`, signed by `publicKey`, when it is the latest one
    /// taken from its commune and that key is still the one trusted for it: importing it
    /// again would change nothing, so it is not even opened (a re-import of every commune's
    /// unchanged package costs a checksum and a signature check each).
    public func alreadyImported(digest: String, publicKey: String) throws -> PackageImportResult? {
        try Row.fetchOne(db.cachedStatement(sql: """
            SELECT i.province, i.province_key, i.commune, i.commune_key, i.as_of, i.made_at FROM package_import i
            JOIN package_key k ON k.province_key = i.province_key AND k.commune_key = i.commune_key
            WHERE i.digest = ? AND k.public_key = ?
            """), arguments: [digest, publicKey]).map { row in
            PackageImportResult(meta: PackageMeta(format: PackagePayload.format, province: row["province"], provinceKey: row["province_key"],
                                                  commune: row["commune"], communeKey: row["commune_key"], asOf: row["as_of"],
                                                  madeAt: row["made_at"], plans: []), counts: nil)
        }
    }

    /// Imports a package's `payload` (a database image) whose signature by `publicKey` and
    /// whose `digest` the caller has verified: the payload is checked, the key must be the
    /// one trusted for its commune, the package must be newer than the last one taken from
    /// that commune, and its plans must not be another commune's here. All of it is merged
    /// in one transaction or nothing is; the same package again changes nothing at all.
    public func importPayload(_ payload: Data, publicKey: String, digest: String) throws -> PackageImportResult {
        do {
            try PackagePayloadSlot.place(payload, db)
        } catch {
            throw PackageError.badContents(.schema)
        }
        let meta = try PackagePayloadCheck.check(db, shape: &shape)
        do {
            var counts: [String: PackageCounts]?
            try db.inTransaction(.immediate) {
                guard try TaskStore.admit(meta, publicKey: publicKey, digest: digest, db) else { return .commit }
                counts = try PackageMerge.run(db)
                try db.cachedStatement(sql: """
                    INSERT OR REPLACE INTO package_import (province_key, commune_key, province, commune, as_of, made_at, digest)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [meta.provinceKey, meta.communeKey, meta.province, meta.commune, meta.asOf, meta.madeAt, digest])
                return .commit
            }
            return PackageImportResult(meta: meta, counts: counts)
        } catch let error as DatabaseError {
            throw PackageError.badContents(.rejected(TaskStore.reason(error)))
        }
    }
}

extension TaskStore {
    /// Whether the package is to be merged (false: it is the one already taken), or why not.
    fileprivate static func admit(_ meta: PackageMeta, publicKey: String, digest: String, _ db: Database) throws -> Bool {
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
            SELECT key, commune, province FROM main.plan WHERE key IN (SELECT key FROM pkg.plan)
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
