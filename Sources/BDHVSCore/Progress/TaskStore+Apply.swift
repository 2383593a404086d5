import GRDB

/// What a change is about: a plan, and a task of it when the change is about one.
struct ChangeSubject {
    var planRowID: Int64
    var plan: String
    var taskRowID: Int64?
    var task: String?

    init(_ task: TaskState) {
        planRowID = task.planRowID
        plan = task.plan
        taskRowID = task.rowID
        self.task = task.key
    }

    init(planRowID: Int64, plan: String, taskRowID: Int64?, task: String?) {
        self.planRowID = planRowID
        self.plan = plan
        self.taskRowID = taskRowID
        self.task = task
    }
}

extension TaskStore {
    /// Task columns a change may set. ('deadline' is derived from these and the plan.)
    static let recordedColumns: Set<String> = [
        "state", "completed_on", "percent", "state_since", "recorded_deadline", "extended_from", "deadline_since",
    ]

    /// Tables of recorded facts (activities, measurements, spending): a field
    /// `record:TABLE:ID` is "live" while the row counts, nil once undone.
    static let recordTables: Set<String> = ["activity", "measurement", "spending"]

    /// Sets the fields a change touches: task columns all in one statement, so that the
    /// table's checks see the new state whole (done always has its completion date);
    /// occurrences of recurring duties; and whether recorded facts count.
    func apply(_ db: Database, fields: [(name: String, value: String?)], to taskRowID: Int64?) throws {
        var assignments: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        for (name, value) in fields {
            let parts = name.split(separator: ":", maxSplits: 2).map(String.init)
            if parts[0] == "occurrence", parts.count == 2, let taskRowID {
                if let value {
                    try db.execute(sql: "INSERT INTO occurrence_done (task_id, period, done_on) VALUES (?, ?, ?)",
                                   arguments: [taskRowID, parts[1], value])
                } else {
                    try db.execute(sql: "DELETE FROM occurrence_done WHERE task_id = ? AND period = ?", arguments: [taskRowID, parts[1]])
                }
            } else if parts[0] == "record", parts.count == 3, Self.recordTables.contains(parts[1]), let id = Int64(parts[2]) {
                try db.execute(sql: "UPDATE \(parts[1]) SET live = ? WHERE id = ?", arguments: [value != nil, id])
            } else if Self.recordedColumns.contains(name) {
                assignments.append("\(name) = ?")
                arguments.append(name == "percent" ? value.flatMap { Int($0) } : value)
            }
        }
        guard !assignments.isEmpty, let taskRowID else { return }
        try db.execute(sql: "UPDATE task SET " + assignments.joined(separator: ", ") + " WHERE id = ?",
                       arguments: StatementArguments(arguments + [taskRowID]))
        // A separate statement: within one UPDATE, the right-hand side sees the old row.
        try db.execute(sql: "UPDATE task SET deadline = COALESCE(recorded_deadline, plan_deadline) WHERE id = ?", arguments: [taskRowID])
    }

    /// The value a field has now, to check that an undo puts back what the change set.
    func currentValue(_ db: Database, field: String, taskRowID: Int64?) throws -> String? {
        let parts = field.split(separator: ":", maxSplits: 2).map(String.init)
        if parts[0] == "occurrence", parts.count == 2 {
            return try String.fetchOne(db, sql: "SELECT done_on FROM occurrence_done WHERE task_id = ? AND period = ?",
                                       arguments: [taskRowID, parts[1]])
        }
        if parts[0] == "record", parts.count == 3, Self.recordTables.contains(parts[1]) {
            let live = try Bool.fetchOne(db, sql: "SELECT live FROM \(parts[1]) WHERE id = ?", arguments: [Int64(parts[2])]) ?? false
            return live ? "live" : nil
        }
        guard Self.recordedColumns.contains(field) || field == "deadline", let taskRowID else { return nil }
        if field == "percent" { return try Int.fetchOne(db, sql: "SELECT percent FROM task WHERE id = ?", arguments: [taskRowID]).map(String.init) }
        return try String.fetchOne(db, sql: "SELECT \(field) FROM task WHERE id = ?", arguments: [taskRowID])
    }
}
