import GRDB

/// A task row with what updates need to know about it now.
struct TaskState {
    var rowID: Int64
    var planRowID: Int64
    var plan: String
    var key: String
    var year: Int
    var state: WorkState
    var completedOn: String?
    var percent: Int
    var stateSince: String?
    var deadline: String?
    var planDeadline: String?
    var recordedDeadline: String?
    var extendedFrom: String?
    var deadlineSince: String?
    var scheduleKind: String
    var recurrence: RecurrencePeriod?
    var hasSubtasks: Bool
    var retired: Bool

}

extension TaskStore {
    /// The task a user names: its id, in `plan` when given; a typo gets a "did you mean".
    func locate(task key: String, plan: String?, _ db: Database) throws -> TaskState {
        let ids = try planIDs(PlanScope(plan: plan), db)
        let scope = StatusSQL.scope(planIDs: ids)
        let rows = try SQLRequest<Row>("""
            SELECT t.*, p.key AS plan_key, p.year FROM task t JOIN plan p ON p.id = t.plan_id
            WHERE t.key = \(key) AND \(scope)
            """).fetchAll(db)
        if rows.count > 1 {
            throw ChangeError.ambiguousTask(key, plans: rows.map { $0["plan_key"] as String }.sorted())
        }
        guard let row = rows.first else {
            let keys = try SQLRequest<String>("SELECT DISTINCT t.key FROM task t WHERE t.retired = 0 AND \(scope)").fetchAll(db)
            throw ChangeError.unknownTask(key, plan: plan, suggestion: Suggestion.closest(to: key, among: keys))
        }
        return TaskState(
            rowID: row["id"], planRowID: row["plan_id"], plan: row["plan_key"], key: row["key"], year: row["year"], state: row["state"],
            completedOn: row["completed_on"], percent: row["percent"], stateSince: row["state_since"], deadline: row["deadline"],
            planDeadline: row["plan_deadline"], recordedDeadline: row["recorded_deadline"], extendedFrom: row["extended_from"],
            deadlineSince: row["deadline_since"], scheduleKind: row["schedule_kind"],
            recurrence: (row["recurrence"] as String?).flatMap(RecurrencePeriod.init(rawValue:)),
            hasSubtasks: row["has_subtasks"], retired: row["retired"])
    }

    /// Ids of a task's live sub-tasks, in plan order.
    func subtaskKeys(of rowID: Int64, _ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT key FROM task WHERE parent_id = ? AND retired = 0 ORDER BY position", arguments: [rowID])
    }
}
