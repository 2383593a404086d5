import GRDB

/// An indicator row as recording needs it.
struct IndicatorState {
    var rowID: Int64
    var planRowID: Int64
    var plan: String
    var key: String
    var kind: PlanIndicator.Kind
}

extension TaskStore {
    /// The indicator a user names by id, in `plan` when given.
    func locateIndicator(_ db: Database, _ key: String, plan: String?) throws -> IndicatorState {
        let ids = try planIDs(PlanScope(plan: plan), db)
        let scope = StatusSQL.scope(planIDs: ids).replacingOccurrences(of: "t.plan_id", with: "i.plan_id")
        let rows = try Row.fetchAll(db, sql: """
            SELECT i.id, i.plan_id, i.key, i.kind, p.key AS plan_key FROM indicator i JOIN plan p ON p.id = i.plan_id
            WHERE i.retired = 0 AND i.key = ? AND \(scope)
            """, arguments: [key])
        if rows.count > 1 { throw ChangeError.ambiguousIndicator(key, plans: rows.map { $0["plan_key"] as String }.sorted()) }
        guard let row = rows.first else {
            let keys = try String.fetchAll(db, sql: "SELECT DISTINCT i.key FROM indicator i WHERE i.retired = 0 AND \(scope)")
            throw ChangeError.unknownIndicator(key, plan: plan, suggestion: Suggestion.closest(to: key, among: keys))
        }
        return IndicatorState(rowID: row["id"], planRowID: row["plan_id"], plan: row["plan_key"], key: row["key"],
                              kind: PlanIndicator.Kind(rawValue: row["kind"]) ?? .count)
    }
}
