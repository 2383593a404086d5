import GRDB

extension TaskStore {
    /// The task a user names: its id, in `plan` when given, or typed in another case ('NV1',
    /// as documents write it, for 'nv1') when only one id matches so; a typo gets a "did you mean".
    func locate(task key: String, plan: String?, _ db: Database) throws -> TaskState {
        let ids = try planIDs(PlanScope(plan: plan), db)
        let found = try taskStates(db, key: key, planIDs: ids)
        if found.count > 1 { throw ChangeError.ambiguousTask(key, plans: found.map(\.plan).sorted()) }
        guard let task = found.first else {
            let keys = try taskKeys(db, planIDs: ids)
            let other = Set(keys.filter { $0 != key && $0.lowercased() == key.lowercased() })
            if other.count == 1, let only = other.first { return try locate(task: only, plan: plan, db) }
            throw ChangeError.unknownTask(key, plan: plan, suggestion: Suggestion.closest(to: key, among: keys))
        }
        return task
    }
}
