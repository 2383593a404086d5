import GRDB

/// What a change is about: a plan, and a task of it when the change is about one.
struct ChangeSubject {
    var planRowID: Int64
    var plan: String
    var taskRowID: Int64?
    var task: String?
    /// The task's group (its top-level task's row id), when known; else it is read.
    var rootRowID: Int64?

    init(_ task: TaskState) {
        planRowID = task.planRowID
        plan = task.plan
        taskRowID = task.rowID
        self.task = task.key
        rootRowID = task.rootRowID
    }

    init(planRowID: Int64, plan: String, taskRowID: Int64?, task: String?) {
        self.planRowID = planRowID
        self.plan = plan
        self.taskRowID = taskRowID
        self.task = task
    }
}

extension TaskStore {
    /// Sets the fields a change touches: task columns all in one statement, so that the
    /// table's checks see the new state whole (done always has its completion date);
    /// occurrences of recurring duties; and whether recorded facts count. With `changedOn`,
    /// the same statement moves the task's `last_change_on` up to that day. With `rows` (a
    /// bulk replay's batch), the task's columns are kept there and written when it ends.
    func apply(_ db: Database, fields: [(field: ChangeField, value: String?)], to taskRowID: Int64?, changedOn: CivilDate? = nil,
               rows: TaskRowBatch? = nil) throws {
        var columns: [(ChangeField.TaskColumn, String?)] = []
        for (field, value) in fields {
            switch field {
            case .occurrence(let period):
                guard let taskRowID else { continue }
                if let value {
                    try db.cachedStatement(sql: "INSERT INTO occurrence_done (task_id, period, done_on) VALUES (?, ?, ?)")
                        .execute(arguments: [taskRowID, period, value])
                } else {
                    try db.cachedStatement(sql: "DELETE FROM occurrence_done WHERE task_id = ? AND period = ?").execute(arguments: [taskRowID, period])
                }
            case .record(let table, let id):
                try db.cachedStatement(sql: "UPDATE \(table.rawValue) SET live = ? WHERE id = ?").execute(arguments: [value != nil, id])
            case .task(.deadline):
                continue  // derived below from the recorded and the plan deadline
            case .task(let column):
                columns.append((column, value))
            }
        }
        guard let taskRowID, !columns.isEmpty || changedOn != nil else { return }
        if let rows {
            rows.add(taskRowID, columns: columns, changedOn: changedOn)
        } else {
            try updateTask(db, taskRowID, columns: columns, changedOn: changedOn)
        }
    }

    /// Sets task columns (each at most once) and moves `last_change_on` up to `changedOn`,
    /// in one UPDATE of the task's row.
    func updateTask(_ db: Database, _ taskRowID: Int64, columns: [(ChangeField.TaskColumn, String?)], changedOn: CivilDate?) throws {
        var assignments: [String] = []
        var values: [(any DatabaseValueConvertible)?] = []
        var recordedDeadline: (set: Bool, value: String?) = (false, nil)
        for (column, value) in columns {
            assignments.append("\(column.rawValue) = ?")
            values.append(column == .percent ? value.flatMap { Int($0) } : value)
            if column == .recordedDeadline { recordedDeadline = (true, value) }
        }
        if recordedDeadline.set {
            // Within one UPDATE the right-hand side sees the old row, so the deadline that
            // counts is worked out from the recorded deadline being set. Only then: every
            // write keeps `deadline = COALESCE(recorded_deadline, plan_deadline)`, and a
            // column named in SET makes SQLite rewrite every index on it (four on the
            // deadline) even when its value stays the same.
            assignments.append("deadline = COALESCE(?, plan_deadline)")
            values.append(recordedDeadline.value)
        }
        if let changedOn {
            // Status for a date before this one replays the history; on or after it, the row is current.
            assignments.append("last_change_on = MAX(COALESCE(last_change_on, ''), ?)")
            values.append(changedOn)
        }
        guard !assignments.isEmpty else { return }
        // SQL text built from column names only (values are arguments): one compiled
        // statement per set of columns, and one statement per change of a task.
        try db.cachedStatement(sql: "UPDATE task SET \(assignments.joined(separator: ", ")) WHERE id = ?")
            .execute(arguments: StatementArguments(values + [taskRowID]))
    }

    /// The value a field has now, to check that an undo puts back what the change set.
    func currentValue(_ db: Database, field: ChangeField, taskRowID: Int64?) throws -> String? {
        switch field {
        case .occurrence(let period):
            return try SQLRequest<String>("SELECT done_on FROM occurrence_done WHERE task_id = \(taskRowID) AND period = \(period)").fetchOne(db)
        case .record(let table, let id):
            let live = try SQLRequest<Bool>("SELECT live FROM \(sql: table.rawValue) WHERE id = \(id)").fetchOne(db) ?? false
            return live ? "live" : nil
        case .task(let column):
            guard let taskRowID else { return nil }
            if column == .percent { return try SQLRequest<Int>("SELECT percent FROM task WHERE id = \(taskRowID)").fetchOne(db).map(String.init) }
            return try SQLRequest<String>("SELECT \(sql: column.rawValue) FROM task WHERE id = \(taskRowID)").fetchOne(db)
        }
    }
}
