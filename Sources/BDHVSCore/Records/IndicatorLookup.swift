import GRDB

extension TaskStore {
    /// The indicator a user names by id, in `plan` when given; none or several is refused.
    func locateIndicator(_ db: Database, _ key: String, plan: String?) throws -> IndicatorState {
        let ids = try planIDs(PlanScope(plan: plan), db)
        let found = try indicatorStates(db, key: key, planIDs: ids)
        if found.count > 1 { throw ChangeError.ambiguousIndicator(key, plans: found.map(\.plan).sorted()) }
        guard let indicator = found.first else {
            let keys = try indicatorKeys(db, planIDs: ids)
            throw ChangeError.unknownIndicator(key, plan: plan, suggestion: Suggestion.closest(to: key, among: keys))
        }
        return indicator
    }
}
