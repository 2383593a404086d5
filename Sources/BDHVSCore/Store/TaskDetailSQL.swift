import GRDB

// What `task show` reads of one task beyond its status row: the loaded definition, both
// deadlines, the parties, the done periods of a recurring duty and its state on a day.

/// The stored facts of one task that its detail shows.
struct TaskDetailFacts {
    /// The task's status row as of the day asked.
    var row: TaskRow
    var planRowID: Int64
    var definition: TaskDefinitionRecord
    var planDeadline: String?
    var recordedDeadline: String?
    /// (role, name) of each party, by role then position (the schema gives each a name).
    var parties: [(role: String, name: String)]
}

extension TaskStore {
    /// The detail facts of a task as of `asOf`, or nil when there is no such task. A task
    /// retired (no longer in its plan file) is read with its own family of tasks alone: the
    /// status of its plan's live tasks leaves it out.
    func taskDetailFacts(_ db: Database, taskRowID: Int64, asOf: CivilDate) throws -> TaskDetailFacts? {
        guard let task = try Row.fetchOne(db, sql: "SELECT plan_id, root_id, retired FROM task WHERE id = ?", arguments: [taskRowID]) else {
            return nil
        }
        let planRowID: Int64 = task["plan_id"], rootID: Int64 = task["root_id"], retired: Bool = task["retired"]
        let scope: SQL = retired ? "t.root_id = \(rootID)" : StatusSQL.scope(planIDs: [planRowID])
        guard let row = try taskRows(db, StatusSQL.withClauses(scope: scope, includeCancelled: true, includeRetired: retired)
                + SQL(sql: "SELECT \(TaskRowSQL.columns) FROM shown s \(TaskRowSQL.joins) WHERE s.id = :task",
                      arguments: ["asOf": asOf.iso, "task": taskRowID])).first
        else { return nil }
        let plain = try Row.fetchOne(db, sql: "SELECT definition, plan_deadline, recorded_deadline FROM task WHERE id = ?",
                                     arguments: [taskRowID])!
        let parties = try Row.fetchAll(db, sql: """
            SELECT p.role, COALESCE(a.name, p.text) AS name FROM task_party p LEFT JOIN agency a ON a.id = p.agency_id
            WHERE p.task_id = ? ORDER BY p.role, p.position
            """, arguments: [taskRowID]).map { (role: $0["role"] as String, name: $0["name"] as String) }
        return TaskDetailFacts(row: row, planRowID: planRowID, definition: TaskDefinitionRecord(json: plain["definition"]),
                               planDeadline: plain["plan_deadline"], recordedDeadline: plain["recorded_deadline"], parties: parties)
    }

    /// The periods of a recurring duty recorded done on or before `asOf`.
    func donePeriods(_ db: Database, taskRowID: Int64, asOf: CivilDate) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT period FROM occurrence_done WHERE task_id = ? AND done_on <= ?", arguments: [taskRowID, asOf.iso])
    }

    /// The day a load retired the task (`task_retirement`), or nil: not retired, or retired
    /// before that day was kept (migration v17) or by a load that knew no date.
    func retiredOn(_ db: Database, taskRowID: Int64) throws -> CivilDate? {
        try CivilDate.fetchOne(db, sql: """
            SELECT r.retired_on FROM task_retirement r JOIN task t ON t.id = r.task_id WHERE r.task_id = ? AND t.retired = 1
            """, arguments: [taskRowID])
    }

    /// The first day of the task's own timeline (`task.start_date`), or nil.
    func startDate(_ db: Database, taskRowID: Int64) throws -> CivilDate? {
        try String.fetchOne(db, sql: "SELECT start_date FROM task WHERE id = ?", arguments: [taskRowID]).flatMap(CivilDate.init(iso:))
    }

    /// The day a plan was issued, as stored (ISO), or nil.
    func planIssuedOn(_ db: Database, planRowID: Int64) throws -> String? {
        try String.fetchOne(db, sql: "SELECT issued_on FROM plan WHERE id = ?", arguments: [planRowID])
    }

    /// A task's state on `asOf`, replaying its history, or nil when it has no row then.
    func taskState(_ db: Database, taskRowID: Int64, asOf: CivilDate) throws -> WorkState? {
        try SQLRequest<WorkState>(literal: StatusSQL.withClauses(scope: "t.id = \(taskRowID)", includeCancelled: true)
            + SQL(sql: "SELECT state FROM base", arguments: ["asOf": asOf.iso])).fetchOne(db)
    }
}
