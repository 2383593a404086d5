import GRDB

// The task as recording reads it before a change: its current columns and plan.

/// A task row with what updates need to know about it now.
struct TaskState {
    var rowID: Int64
    /// The row id of the group's top-level task (its own for a top-level task).
    var rootRowID: Int64? = nil
    var planRowID: Int64
    var plan: String
    var key: String
    /// The years the task's plan spans (one for a plan of one year): a recurring duty falls
    /// due in each.
    var years: ClosedRange<Int>
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
    /// The first day of the task's own timeline ("Từ tháng 9/2025"), ISO: no period of its
    /// check-ins ends before it.
    var startDate: String? = nil
}

/// A task as a file names it: its plan's id and its own.
struct PlanTaskName: Hashable {
    var plan: String
    var task: String
}

extension TaskState {
    /// The task after a change set `fields` (as `apply` writes them to its row), for the
    /// next change of the same task in a batch read before the batch.
    func applying(_ fields: [(field: ChangeField, value: String?)]) -> TaskState {
        var task = self
        for (field, value) in fields {
            guard case .task(let column) = field else { continue }
            switch column {
            case .state: task.state = value.flatMap(WorkState.init(rawValue:)) ?? task.state
            case .completedOn: task.completedOn = value
            case .percent: task.percent = value.flatMap { Int($0) } ?? task.percent
            case .stateSince: task.stateSince = value
            case .deadline: continue  // derived, as `apply` derives it
            case .recordedDeadline:
                task.recordedDeadline = value
                task.deadline = value ?? task.planDeadline
            case .extendedFrom: task.extendedFrom = value
            case .deadlineSince: task.deadlineSince = value
            }
        }
        return task
    }
}

extension TaskStore {
    /// The tasks with id `key` (retired ones too) in the plans of `planIDs`, one per plan.
    func taskStates(_ db: Database, key: String, planIDs: [Int64]?) throws -> [TaskState] {
        let scope: String, scopeArguments: StatementArguments
        if let planIDs, planIDs.count == 1 {
            // One plan (every change the bulk replay records): the same text each time, so
            // the statement is compiled once and nothing is built per change.
            (scope, scopeArguments) = ("t.plan_id = ?", [planIDs[0]])
        } else {
            (scope, scopeArguments) = try StatusSQL.scope(planIDs: planIDs).build(db)
        }
        return try Array(Row.fetchCursor(db.cachedStatement(sql: """
            SELECT \(Self.taskStateColumns)
            FROM task t JOIN plan p ON p.id = t.plan_id
            WHERE t.key = ? AND \(scope)
            """), arguments: [key] + scopeArguments).map(Self.taskState))
    }

    /// The tasks named by plan id and task id (retired ones too), by name, read 256 a
    /// statement: a bulk replay reads every task of its batch before the first change
    /// instead of one query per change. A name not found is left out (the change reports it).
    func taskStates(_ db: Database, named names: Set<PlanTaskName>) throws -> [PlanTaskName: TaskState] {
        var states: [PlanTaskName: TaskState] = [:]
        try Self.namedTasks.run(db, names.map { [$0.plan.databaseValue, $0.task.databaseValue] }) { row in
            let state = Self.taskState(row)
            states[PlanTaskName(plan: state.plan, task: state.key)] = state
        }
        return states
    }

    /// The names in chunks of fixed sizes, so that each statement is compiled once.
    private static let namedTasks = RowChunks(head: "WITH wanted(plan_key, task_key) AS (VALUES", columns: 2, tail: """
        ) SELECT \(taskStateColumns)
        FROM wanted w JOIN plan p ON p.key = w.plan_key JOIN task t ON t.plan_id = p.id AND t.key = w.task_key
        """)

    /// What `taskState` reads, in its order.
    private static let taskStateColumns = """
        t.id, t.plan_id, t.key, t.state, t.completed_on, t.percent, t.state_since, t.deadline, t.plan_deadline,
            t.recorded_deadline, t.extended_from, t.deadline_since, t.schedule_kind, t.recurrence, t.has_subtasks, t.retired,
            p.key AS plan_key, p.year, p.last_year, t.root_id, t.start_date
        """

    /// Columns by position, in the order selected: recording reads this row for every change.
    private static func taskState(_ row: Row) -> TaskState {
        TaskState(
            rowID: row[0], rootRowID: row[19], planRowID: row[1], plan: row[16], key: row[2],
            years: .planYears(first: row[17], last: row[18]), state: WorkState(rawValue: row[3] as String) ?? .open,
            completedOn: row[4], percent: row[5], stateSince: row[6], deadline: row[7],
            planDeadline: row[8], recordedDeadline: row[9], extendedFrom: row[10],
            deadlineSince: row[11], scheduleKind: row[12],
            recurrence: (row[13] as String?).flatMap(RecurrencePeriod.init(rawValue:)),
            hasSubtasks: row[14], retired: row[15], startDate: row[20])
    }

    /// The ids of the non-retired tasks in the plans of `planIDs`.
    func taskKeys(_ db: Database, planIDs: [Int64]?) throws -> [String] {
        try SQLRequest<String>("SELECT DISTINCT t.key FROM task t WHERE t.retired = 0 AND \(StatusSQL.scope(planIDs: planIDs))").fetchAll(db)
    }

    /// Whether the task of row `rowID` is retired (a later load took it out of its plan file).
    func isRetired(taskRowID rowID: Int64, _ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT retired FROM task WHERE id = ?", arguments: [rowID]) ?? false
    }

    /// Ids of a task's live sub-tasks, in plan order.
    func subtaskKeys(of rowID: Int64, _ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT key FROM task WHERE parent_id = ? AND retired = 0 ORDER BY position", arguments: [rowID])
    }
}
