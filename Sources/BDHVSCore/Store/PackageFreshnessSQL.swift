import GRDB

/// A commune the province knows (by a trusted key, a package or a loaded plan) and the day
/// its latest package is as of.
public struct CommuneFreshnessRow: Sendable, Equatable {
    public var commune: String
    /// Its kind ("xã", "phường", "đặc khu") as its latest plan here writes it; empty when no
    /// plan of it is here (a commune known by its trusted key only) or its name holds it.
    public var communeKind: String = ""
    public var province: String
    /// The as-of date of its latest package; nil when none was imported.
    public var asOf: CivilDate?
    /// When that package was made.
    public var madeAt: String?

    /// "xã Trà Bồng", as plan list and the reports name a commune.
    public var place: String { PlaceName.shown(kind: communeKind, name: commune) }
}

extension TaskStore {
    /// Every commune known here, of `province` when given (a name as people type it), with
    /// the as-of date of its latest package: no package first, then the oldest data first,
    /// communes with the same date by province and name (not by when their packages were
    /// made: a list to call down reads the same whichever second a file was written).
    /// Names are the package's, else the plan's, else as the key was trusted; the kind is
    /// the latest plan's of the commune.
    /// A province of which no commune is known, while others are, is `StoreError.unknownPlace`
    /// (an empty list read as if no commune had sent anything).
    public func communeFreshness(province: String?) throws -> [CommuneFreshnessRow] {
        try read { db in
            let provinceKey = try province.map { name in
                try Self.placeKey(name, prefixes: Self.provincePrefixes) { try Self.knows(province: $0, db) }
            }
            let rows = try Row.fetchAll(db, sql: """
                WITH known AS (
                    SELECT province_key, commune_key, province, commune, 1 AS rank FROM package_import
                    UNION ALL SELECT DISTINCT province_key, commune_key, province, commune, 2 FROM plan
                    UNION ALL SELECT province_key, commune_key, province, commune, 3 FROM package_key
                ), named AS (
                    SELECT *, ROW_NUMBER() OVER (PARTITION BY province_key, commune_key ORDER BY rank, commune) AS n FROM known
                    WHERE ?1 IS NULL OR province_key = ?1
                )
                SELECT k.commune, k.province, i.as_of, i.made_at,
                    COALESCE((SELECT p.commune_kind FROM plan p WHERE p.province_key = k.province_key AND p.commune_key = k.commune_key
                              ORDER BY p.year DESC, p.key LIMIT 1), '') AS commune_kind
                FROM named k
                LEFT JOIN package_import i ON i.province_key = k.province_key AND i.commune_key = k.commune_key
                WHERE k.n = 1
                ORDER BY i.as_of IS NOT NULL, i.as_of, k.province_key, k.commune_key
                """, arguments: [provinceKey]).map {
                CommuneFreshnessRow(commune: $0["commune"], communeKind: $0["commune_kind"], province: $0["province"], asOf: $0["as_of"],
                                    madeAt: $0["made_at"])
            }
            if let province, rows.isEmpty {
                let names = try String.fetchAll(db, sql: "SELECT province FROM plan UNION SELECT province FROM package_import UNION SELECT province FROM package_key")
                if !names.isEmpty { throw StoreError.unknownPlace(province, suggestion: Suggestion.closest(to: province, among: names)) }
            }
            return rows
        }
    }

    /// Whether a commune of the province keyed `key` is known here: by a loaded plan, a
    /// package or a trusted key.
    static func knows(province key: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM plan WHERE province_key = ?1) OR EXISTS (SELECT 1 FROM package_import WHERE province_key = ?1)
                OR EXISTS (SELECT 1 FROM package_key WHERE province_key = ?1)
            """, arguments: [key]) == true
    }

    /// Whether a commune keyed `key` is known here: by a loaded plan, a package or a trusted key.
    static func knows(commune key: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM plan WHERE commune_key = ?1) OR EXISTS (SELECT 1 FROM package_import WHERE commune_key = ?1)
                OR EXISTS (SELECT 1 FROM package_key WHERE commune_key = ?1)
            """, arguments: [key]) == true
    }
}

extension TaskStore {
    /// Whether this database receives packages (a key is trusted or a package imported):
    /// a province's, whose roll-ups then say how recent each commune's data is.
    public func receivesPackages() throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM package_key) OR EXISTS (SELECT 1 FROM package_import)") ?? false
        }
    }
}
