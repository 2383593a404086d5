import GRDB

/// Which plans a query covers.
public struct PlanScope: Sendable, Equatable {
    /// A plan id, or nil for every loaded plan.
    public var plan: String?
    /// Only plans of this province, and of this commune (names as people type them).
    public var province: String?
    public var commune: String?

    public init(plan: String? = nil, province: String? = nil, commune: String? = nil) {
        self.plan = plan
        self.province = province
        self.commune = commune
    }

    /// Every loaded plan.
    public static let all = PlanScope()
}

/// A loaded plan, as `bdhvs plan list` shows it.
public struct PlanListRow: Codable, Sendable, Equatable {
    public var plan: String
    public var title: String
    /// The name a listing shows after `communeKind`: a commune's, or another level's issuer.
    public var commune: String
    /// "xã", "phường", "đặc khu", or empty when `commune` is shown as written.
    public var communeKind: String
    public var province: String
    public var year: Int
    public var tasks: Int
    public var source: String
    /// The issuer's level (`PlanLevel`), when not a commune's (`communeKind` says which).
    public var level: String? = nil
    /// The last year of a multi-year plan.
    public var lastYear: Int? = nil

    enum CodingKeys: String, CodingKey {
        case plan, title, commune, communeKind = "commune_kind", province, year, tasks, source, level, lastYear = "last_year"
    }

    /// "xã Đông Trà Bồng", "Phường 3", "Bộ Khoa học và Công nghệ".
    public var place: String { PlaceName.shown(kind: communeKind, name: commune) }

    /// "2025", or "2025–2030" for a multi-year plan.
    public var years: String { YearSpan(first: year, last: lastYear ?? year).text }
}

extension TaskStore {
    /// Every loaded plan with its number of live top-level tasks, by province, commune, year.
    public func plans() throws -> [PlanListRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.key, p.title, p.commune, p.commune_kind, p.province, p.year, p.source_path, p.level, p.last_year,
                    (SELECT COUNT(*) FROM task t WHERE t.plan_id = p.id AND t.retired = 0 AND t.parent_id IS NULL) AS tasks
                FROM plan p ORDER BY p.province_key, p.commune_key, p.year, p.key
                """).map { row in
                PlanListRow(plan: row["key"], title: row["title"], commune: row["commune"], communeKind: row["commune_kind"],
                            province: row["province"], year: row["year"], tasks: row["tasks"], source: row["source_path"],
                            level: (row["level"] as String?).flatMap(PlanLevel.init(rawValue:))?.isCommune == true ? nil : row["level"],
                            lastYear: row["last_year"])
            }
        }
    }

    /// The provinces of the loaded plans, as their plans write them, sorted; read from the plan
    /// rows alone (`plans()` also counts every plan's tasks, half a second at 1M tasks).
    public func provinces() throws -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT DISTINCT province FROM plan ORDER BY province") }
    }

    /// The plan row ids a scope covers (nil: all plans), or `StoreError.unknownPlan`.
    func planIDs(_ scope: PlanScope, _ db: Database) throws -> [Int64]? {
        guard let plan = scope.plan else { return try placeIDs(scope, db) }
        let id = try planID(plan, db)
        // A plan named with a province or commune it is not of: said, not the place ignored.
        if scope.province != nil || scope.commune != nil, let places = try placeIDs(scope, db), !places.contains(id) {
            throw StoreError.planNotInPlace(plan: plan, place: [scope.commune, scope.province].compactMap { $0 }.joined(separator: ", "))
        }
        return [id]
    }

    /// The row id of the plan keyed `plan` (in any case), or `StoreError.unknownPlan`.
    private func planID(_ plan: String, _ db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM plan WHERE key = ?"), arguments: [plan]) { return id }
        let keys = try String.fetchAll(db, sql: "SELECT key FROM plan")
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM plan WHERE key = ?",
                                       arguments: [keys.first { Folding.key($0) == Folding.key(plan) }]) {
            return id
        }
        throw StoreError.unknownPlan(plan, suggestion: Suggestion.closest(to: plan, among: keys))
    }

    /// The plans of a province and/or commune (nil: no such filter), matched on folded
    /// names with or without "tỉnh", "thành phố", "xã", "phường"; an unknown name fails with
    /// a suggestion.
    private func placeIDs(_ scope: PlanScope, _ db: Database) throws -> [Int64]? {
        guard scope.province != nil || scope.commune != nil else { return nil }
        var conditions: [SQL] = []
        if let province = scope.province {
            let key = try Self.placeKey(province, prefixes: Self.provincePrefixes) { try Self.planHas(province: $0, db) }
            guard try Self.planHas(province: key, db) else {
                let names = try String.fetchAll(db, sql: "SELECT DISTINCT province FROM plan")
                throw StoreError.unknownPlace(province, suggestion: Suggestion.closest(to: province, among: names))
            }
            conditions.append("province_key = \(key)")
        }
        var communeKey: String?
        if let commune = scope.commune {
            let key = try Self.placeKey(commune, prefixes: Self.communePrefixes) { try Self.planHas(commune: $0, db) }
            communeKey = key
            guard try Self.planHas(commune: key, db) else {
                let names = try String.fetchAll(db, sql: "SELECT DISTINCT commune FROM plan")
                throw StoreError.unknownPlace(commune, suggestion: Suggestion.closest(to: commune, among: names))
            }
            conditions.append("commune_key = \(key)")
        }
        let ids = try SQLRequest<Int64>("SELECT id FROM plan WHERE \(conditions.joined(separator: " AND "))").fetchAll(db)
        // A commune and a province each known, but not together ("Nghĩa Giang" in "Hà Nội"):
        // an error naming both and where that commune is, not an empty answer that reads
        // as if no plan were loaded.
        if ids.isEmpty, let commune = scope.commune, let province = scope.province {
            let places = try Row.fetchAll(db, sql: "SELECT DISTINCT commune, province FROM plan WHERE commune_key = ? ORDER BY province_key",
                                          arguments: [communeKey])
            throw StoreError.unknownPlace("\(commune), \(province)",
                                          suggestion: places.first.map { "\($0["commune"] as String), \($0["province"] as String)" })
        }
        return ids
    }

    /// The words for a place's kind as officials type them, abbreviated too: "TP. Hà Nội",
    /// "TP.Hà Nội", "P. Việt Hưng", "X. Đông Trà Bồng" ("P. Việt Hưng" was an unknown commune).
    static let provincePrefixes = ["tinh ", "thanh pho ", "tp. ", "tp.", "tp "]
    static let communePrefixes = ["xa ", "phuong ", "dac khu ", "p. ", "p.", "x. ", "x."]

    /// The folded name of a place without the word for its kind ("Tỉnh Quảng Ngãi" → "quang ngai").
    static func placeKey(_ name: String, prefixes: [String]) -> String {
        let key = Folding.key(name)
        for prefix in prefixes where key.hasPrefix(prefix) { return String(key.dropFirst(prefix.count)) }
        return key
    }

    /// The key of a place named as people type it, or as the dashboard's address and the
    /// plans' ids write it, with dashes for spaces ("quang-ngai", "dong-tra-bong"): the
    /// folded name when `known` has it (a name may hold a dash), else that name with its
    /// dashes read as spaces when `known` has that one, else the folded name.
    static func placeKey(_ name: String, prefixes: [String], known: (String) throws -> Bool) rethrows -> String {
        let key = placeKey(name, prefixes: prefixes)
        guard key.contains("-"), try !known(key) else { return key }
        let spaced = placeKey(name.replacingOccurrences(of: "-", with: " "), prefixes: prefixes)
        return try known(spaced) ? spaced : key
    }

    /// Whether a loaded plan is of the province keyed `key`.
    private static func planHas(province key: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM plan WHERE province_key = ?)", arguments: [key]) == true
    }

    /// Whether a loaded plan is of a commune keyed `key`.
    private static func planHas(commune key: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM plan WHERE commune_key = ?)", arguments: [key]) == true
    }

    /// Row ids of the live agencies, in scope, that answer to `name` (id, full name or an
    /// alias, with or without diacritics, or the words such a name begins with: "Công an"
    /// is every "Công an xã …" and "Công an phường …", as the roll-ups name a kind of body
    /// across communes), or `StoreError.unknownAgency`.
    func agencyIDs(matching name: String, planIDs: [Int64]?, _ db: Database) throws -> [Int64] {
        let scope: SQL = planIDs.map { "AND a.plan_id IN \($0)" } ?? ""
        // The sets holding a folded name, or a name it begins, are found by its compact key,
        // the one name index (those that begin with it are a range of that index); then the
        // agencies named so, by their set.
        let folded = Folding.key(name)
        let start = Folding.compactKey(folded)
        var ids = try SQLRequest<Int64>("""
            SELECT DISTINCT a.id FROM name_set_entry n JOIN agency a ON a.name_set = n.set_id
            WHERE n.compact >= \(start) AND n.compact < \(start + "\u{10FFFF}")
              AND (n.folded = \(folded) OR substr(n.folded, 1, \(folded.count + 1)) = \(folded + " "))
              AND a.retired = 0 \(scope)
            ORDER BY a.id
            """).fetchAll(db)
        let compact = Folding.compactKey(name)
        if ids.isEmpty, !compact.isEmpty {
            ids = try SQLRequest<Int64>("""
                SELECT DISTINCT a.id FROM name_set_entry n JOIN agency a ON a.name_set = n.set_id
                WHERE n.compact = \(compact) AND a.retired = 0 \(scope)
                """).fetchAll(db)
        }
        if ids.isEmpty {
            let names = try SQLRequest<String>("""
                SELECT DISTINCT a.key FROM agency a WHERE a.retired = 0 \(scope)
                UNION SELECT DISTINCT a.name FROM agency a WHERE a.retired = 0 \(scope)
                """).fetchAll(db)
            throw StoreError.unknownAgency(name, suggestion: Suggestion.closest(to: name, among: names))
        }
        return ids
    }
}
