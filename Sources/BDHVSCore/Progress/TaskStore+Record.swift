import GRDB

extension TaskStore {
    /// Records one change of a task in one transaction, with its trace in the history.
    public func record(_ request: ChangeRequest) throws -> ChangeRecord {
        try write { db in
            if request.on > request.recordedOn { throw ChangeError.dateAfterToday(on: request.on, today: request.recordedOn) }
            let task = try locate(task: request.task, plan: request.plan, db)
            if task.retired { throw ChangeError.retired(task: task.key) }
            if task.hasSubtasks && request.action != .note {
                throw ChangeError.rollsUp(task: task.key, subtasks: try subtaskKeys(of: task.rowID, db))
            }
            var fields = try ChangePlanner(task: task, request: request).fields()
            if fields.contains(where: { $0.field == "state" }), let since = task.stateSince.flatMap(CivilDate.init(iso:)), request.on < since {
                throw ChangeError.dateBeforeLastChange(on: request.on, last: since, task: task.key)
            }
            for (index, field) in fields.enumerated() where field.field.hasPrefix("occurrence:") {
                let period = String(field.field.dropFirst("occurrence:".count))
                if let doneOn = try String.fetchOne(db, sql: "SELECT done_on FROM occurrence_done WHERE task_id = ? AND period = ?",
                                                    arguments: [task.rowID, period]) {
                    throw ChangeError.periodAlreadyDone(task: task.key, period: period, on: CivilDate(iso: doneOn)!)
                }
                fields[index].old = nil
            }
            let kind = task.recurrence != nil && request.action == .done(period: nil) ? "occurrence" : request.action.kind
            return try insertChange(db, task: task, kind: kind, on: request.on, recordedOn: request.recordedOn, by: request.by,
                                    note: request.note, fields: fields, undoes: nil)
        }
    }

    /// Writes a change and its fields, applies the new values, and returns it as history shows it.
    func insertChange(
        _ db: Database, task: TaskState, kind: String, on: CivilDate, recordedOn: CivilDate, by: String, note: String?,
        fields: [ChangeRecord.Field], undoes: Int64?
    ) throws -> ChangeRecord {
        try db.execute(sql: """
            INSERT INTO task_change (task_id, kind, actor, effective_on, recorded_on, note, undoes) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [task.rowID, kind, by, on.iso, recordedOn.iso, note, undoes])
        let changeID = db.lastInsertedRowID
        for field in fields {
            try db.execute(sql: "INSERT INTO task_change_field (change_id, field, old_value, new_value) VALUES (?, ?, ?, ?)",
                           arguments: [changeID, field.field, field.old, field.new])
        }
        try apply(db, fields: fields.map { ($0.field, $0.new) }, to: task.rowID)
        if let undoes {
            try db.execute(sql: "UPDATE task_change SET undone_by = ? WHERE id = ?", arguments: [changeID, undoes])
        }
        return ChangeRecord(id: changeID, plan: task.plan, task: task.key, kind: kind, by: by, on: on, recordedOn: recordedOn,
                            note: note, fields: fields, undoes: undoes, undoneBy: nil)
    }

    /// Sets recorded fields of a task, all columns in one statement so that the table's
    /// checks see the new state whole (done always has its completion date).
    func apply(_ db: Database, fields: [(name: String, value: String?)], to rowID: Int64) throws {
        var assignments: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        for (name, value) in fields {
            if name.hasPrefix("occurrence:") {
                let period = String(name.dropFirst("occurrence:".count))
                if let value {
                    try db.execute(sql: "INSERT INTO occurrence_done (task_id, period, done_on) VALUES (?, ?, ?)",
                                   arguments: [rowID, period, value])
                } else {
                    try db.execute(sql: "DELETE FROM occurrence_done WHERE task_id = ? AND period = ?", arguments: [rowID, period])
                }
            } else if Self.recordedColumns.contains(name) {
                assignments.append("\(name) = ?")
                arguments.append(name == "percent" ? value.flatMap { Int($0) } : value)
            }
        }
        guard !assignments.isEmpty else { return }
        try db.execute(sql: "UPDATE task SET " + assignments.joined(separator: ", ") + " WHERE id = ?",
                       arguments: StatementArguments(arguments + [rowID]))
        // A separate statement: within one UPDATE, the right-hand side sees the old row.
        try db.execute(sql: "UPDATE task SET deadline = COALESCE(recorded_deadline, plan_deadline) WHERE id = ?", arguments: [rowID])
    }

    /// Task columns a change may set. ('deadline' is derived from these and the plan.)
    static let recordedColumns: Set<String> = [
        "state", "completed_on", "percent", "state_since", "recorded_deadline", "extended_from", "deadline_since",
    ]
}
