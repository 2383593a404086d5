import GRDB

/// An indicator row as recording needs it.
struct IndicatorState: Decodable, FetchableRecord {
    var rowID: Int64
    var planRowID: Int64
    var plan: String
    var key: String
    var kind: PlanIndicator.Kind

    enum CodingKeys: String, CodingKey { case rowID = "id", planRowID = "plan_id", plan = "plan_key", key, kind }
}

extension TaskStore {
    /// The indicator a user names by id, in `plan` when given.
    func locateIndicator(_ db: Database, _ key: String, plan: String?) throws -> IndicatorState {
        let scope = Self.planScope("i", try planIDs(PlanScope(plan: plan), db))
        let found = try IndicatorState.fetchAll(db, SQLRequest(literal: """
            SELECT i.id, i.plan_id, i.key, i.kind, p.key AS plan_key FROM indicator i JOIN plan p ON p.id = i.plan_id
            WHERE i.retired = 0 AND i.key = \(key) AND \(scope)
            """))
        if found.count > 1 { throw ChangeError.ambiguousIndicator(key, plans: found.map(\.plan).sorted()) }
        guard let indicator = found.first else {
            let keys = try String.fetchAll(db, SQLRequest(literal: "SELECT DISTINCT i.key FROM indicator i WHERE i.retired = 0 AND \(scope)"))
            throw ChangeError.unknownIndicator(key, plan: plan, suggestion: Suggestion.closest(to: key, among: keys))
        }
        return indicator
    }
}
