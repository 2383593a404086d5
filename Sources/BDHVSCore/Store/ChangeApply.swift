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
    /// Sets the fields a change touches: task columns all in one statement, so that the
    /// table's checks see the new state whole (done always has its completion date);
    /// occurrences of recurring duties; and whether recorded facts count.
    func apply(_ db: Database, fields: [(field: ChangeField, value: String?)], to taskRowID: Int64?) throws {
        var assignments: [SQL] = []
        for (field, value) in fields {
            switch field {
            case .occurrence(let period):
                guard let taskRowID else { continue }
                if let value {
                    try db.cachedStatement(literal: "INSERT INTO occurrence_done (task_id, period, done_on) VALUES (\(taskRowID), \(period), \(value))").execute()
                } else {
                    try db.cachedStatement(literal: "DELETE FROM occurrence_done WHERE task_id = \(taskRowID) AND period = \(period)").execute()
                }
            case .record(let table, let id):
                try db.cachedStatement(literal: "UPDATE \(sql: table.rawValue) SET live = \(value != nil) WHERE id = \(id)").execute()
            case .task(.deadline):
                continue  // derived below from the recorded and the plan deadline
            case .task(let column):
                let stored: (any DatabaseValueConvertible)? = column == .percent ? value.flatMap { Int($0) } : value
                assignments.append("\(sql: column.rawValue) = \(stored)")
            }
        }
        guard !assignments.isEmpty, let taskRowID else { return }
        try db.cachedStatement(literal: "UPDATE task SET \(assignments.joined(separator: ", ")) WHERE id = \(taskRowID)").execute()
        // A separate statement: within one UPDATE, the right-hand side sees the old row.
        try db.cachedStatement(literal: "UPDATE task SET deadline = COALESCE(recorded_deadline, plan_deadline) WHERE id = \(taskRowID)").execute()
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
