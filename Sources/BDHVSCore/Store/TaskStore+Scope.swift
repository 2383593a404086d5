import GRDB

/// Which plans a query covers.
public struct PlanScope: Sendable, Equatable {
    /// A plan id, or nil for every loaded plan.
    public var plan: String?

    public init(plan: String? = nil) { self.plan = plan }

    /// Every loaded plan.
    public static let all = PlanScope()
}

/// A loaded plan, as `bdhvs plan list` shows it.
public struct PlanListRow: Codable, Sendable, Equatable {
    public var plan: String
    public var title: String
    public var commune: String
    public var communeKind: String
    public var province: String
    public var year: Int
    public var tasks: Int
    public var source: String

    enum CodingKeys: String, CodingKey {
        case plan, title, commune, communeKind = "commune_kind", province, year, tasks, source
    }
}

extension TaskStore {
    /// Every loaded plan with its number of live top-level tasks, by province, commune, year.
    public func plans() throws -> [PlanListRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT p.key, p.title, p.commune, p.commune_kind, p.province, p.year, p.source_path,
                    (SELECT COUNT(*) FROM task t WHERE t.plan_id = p.id AND t.retired = 0 AND t.parent_id IS NULL) AS tasks
                FROM plan p ORDER BY p.province_key, p.commune_key, p.year, p.key
                """).map { row in
                PlanListRow(plan: row["key"], title: row["title"], commune: row["commune"], communeKind: row["commune_kind"],
                            province: row["province"], year: row["year"], tasks: row["tasks"], source: row["source_path"])
            }
        }
    }

    /// The plan row ids a scope covers (nil: all plans), or `StoreError.unknownPlan`.
    func planIDs(_ scope: PlanScope, _ db: Database) throws -> [Int64]? {
        guard let plan = scope.plan else { return nil }
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM plan WHERE key = ?", arguments: [plan]) { return [id] }
        let keys = try String.fetchAll(db, sql: "SELECT key FROM plan")
        if let id = try Int64.fetchOne(db, sql: "SELECT id FROM plan WHERE key = ?",
                                       arguments: [keys.first { Folding.key($0) == Folding.key(plan) }]) {
            return [id]
        }
        throw StoreError.unknownPlan(plan, suggestion: Suggestion.closest(to: plan, among: keys))
    }

    /// Row ids of the live agencies, in scope, that answer to `name` (id, full name or an
    /// alias, with or without diacritics), or `StoreError.unknownAgency`.
    func agencyIDs(matching name: String, planIDs: [Int64]?, _ db: Database) throws -> [Int64] {
        let scope = planIDs.map { "AND a.plan_id IN (" + $0.map(String.init).joined(separator: ", ") + ")" } ?? ""
        var ids = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT a.id FROM agency_name n JOIN agency a ON a.id = n.agency_id
            WHERE n.folded = ? AND a.retired = 0 \(scope)
            """, arguments: [Folding.key(name)])
        let compact = Folding.compactKey(name)
        if ids.isEmpty, !compact.isEmpty {
            ids = try Int64.fetchAll(db, sql: """
                SELECT DISTINCT a.id FROM agency_name n JOIN agency a ON a.id = n.agency_id
                WHERE n.compact = ? AND a.retired = 0 \(scope)
                """, arguments: [compact])
        }
        if ids.isEmpty {
            let names = try String.fetchAll(db, sql: """
                SELECT DISTINCT a.key FROM agency a WHERE a.retired = 0 \(scope)
                UNION SELECT DISTINCT a.name FROM agency a WHERE a.retired = 0 \(scope)
                """)
            throw StoreError.unknownAgency(name, suggestion: Suggestion.closest(to: name, among: names))
        }
        return ids
    }
}
