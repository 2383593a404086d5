import GRDB

// The task as recording reads it before a change: its current columns and plan.

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
    /// The tasks with id `key` (retired ones too) in the plans of `planIDs`, one per plan.
    func taskStates(_ db: Database, key: String, planIDs: [Int64]?) throws -> [TaskState] {
        let rows = try SQLRequest<Row>(literal: """
            SELECT t.*, p.key AS plan_key, p.year FROM task t JOIN plan p ON p.id = t.plan_id
            WHERE t.key = \(key) AND \(StatusSQL.scope(planIDs: planIDs))
            """, cached: true).fetchAll(db)
        return rows.map { row in
            TaskState(
                rowID: row["id"], planRowID: row["plan_id"], plan: row["plan_key"], key: row["key"], year: row["year"], state: row["state"],
                completedOn: row["completed_on"], percent: row["percent"], stateSince: row["state_since"], deadline: row["deadline"],
                planDeadline: row["plan_deadline"], recordedDeadline: row["recorded_deadline"], extendedFrom: row["extended_from"],
                deadlineSince: row["deadline_since"], scheduleKind: row["schedule_kind"],
                recurrence: (row["recurrence"] as String?).flatMap(RecurrencePeriod.init(rawValue:)),
                hasSubtasks: row["has_subtasks"], retired: row["retired"])
        }
    }

    /// The ids of the non-retired tasks in the plans of `planIDs`.
    func taskKeys(_ db: Database, planIDs: [Int64]?) throws -> [String] {
        try SQLRequest<String>("SELECT DISTINCT t.key FROM task t WHERE t.retired = 0 AND \(StatusSQL.scope(planIDs: planIDs))").fetchAll(db)
    }

    /// Ids of a task's live sub-tasks, in plan order.
    func subtaskKeys(of rowID: Int64, _ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT key FROM task WHERE parent_id = ? AND retired = 0 ORDER BY position", arguments: [rowID])
    }
}
