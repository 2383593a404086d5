import GRDB

extension TaskStore {
    /// Records one change of a task in one transaction, with its trace in the history.
    public func record(_ request: ChangeRequest) throws -> ChangeRecord {
        try write { db in try record(request, db) }
    }

    /// Records many changes in one transaction (bulk loads, benchmarks): all or none.
    public func record(batch requests: [ChangeRequest]) throws -> Int {
        try write { db in
            for request in requests { _ = try record(request, db) }
            return requests.count
        }
    }

    func record(_ request: ChangeRequest, _ db: Database) throws -> ChangeRecord {
        if request.on > request.recordedOn { throw ChangeError.dateAfterToday(on: request.on, today: request.recordedOn) }
        let task = try locate(task: request.task, plan: request.plan, db)
        if task.retired { throw ChangeError.retired(task: task.key) }
        // A task with sub-tasks takes its category from them; it can still be cancelled (with
        // them) and reopened as a whole, and take notes.
        if task.hasSubtasks && ![.note, .cancel, .reopen].contains(request.action) {
            throw ChangeError.rollsUp(task: task.key, subtasks: try subtaskKeys(of: task.rowID, db))
        }
        var fields = try ChangePlanner(task: task, request: request).fields()
        if fields.contains(where: { $0.field == .state }), let since = task.stateSince.flatMap(CivilDate.init(iso:)), request.on < since {
            throw ChangeError.dateBeforeLastChange(on: request.on, last: since, task: task.key)
        }
        for (index, field) in fields.enumerated() {
            guard case .occurrence(let period) = field.field else { continue }
            if let doneOn = try SQLRequest<CivilDate>("SELECT done_on FROM occurrence_done WHERE task_id = \(task.rowID) AND period = \(period)").fetchOne(db) {
                throw ChangeError.periodAlreadyDone(task: task.key, period: period, on: doneOn)
            }
            fields[index].old = nil
        }
        let kind: ChangeKind = task.recurrence != nil && request.action == .done(period: nil) ? .occurrence : request.action.kind
        return try insertChange(db, subject: ChangeSubject(task), kind: kind, on: request.on, recordedOn: request.recordedOn,
                                by: request.by, note: request.note, fields: fields, undoes: nil)
    }

    /// Writes a change and its fields, applies the new values, and returns it as history shows it.
    func insertChange(
        _ db: Database, subject: ChangeSubject, kind: ChangeKind, on: CivilDate, recordedOn: CivilDate, by: String, note: String?,
        fields: [ChangeRecord.Field], undoes: Int64?
    ) throws -> ChangeRecord {
        try db.execute(literal: """
            INSERT INTO change_log (plan_id, task_id, kind, actor, effective_on, recorded_on, note, undoes)
            VALUES (\(subject.planRowID), \(subject.taskRowID), \(kind), \(by), \(on), \(recordedOn), \(note), \(undoes))
            """)
        let changeID = db.lastInsertedRowID
        for field in fields {
            try db.execute(literal: """
                INSERT INTO change_field (change_id, field, old_value, new_value) VALUES (\(changeID), \(field.field), \(field.old), \(field.new))
                """)
        }
        try apply(db, fields: fields.map { ($0.field, $0.new) }, to: subject.taskRowID)
        if let task = subject.taskRowID {
            // Status for a date before this one replays the history; on or after it, the row is current.
            try db.execute(literal: "UPDATE task SET last_change_on = MAX(COALESCE(last_change_on, ''), \(on)) WHERE id = \(task)")
        }
        if let undoes {
            try db.execute(literal: "UPDATE change_log SET undone_by = \(changeID) WHERE id = \(undoes)")
        }
        return ChangeRecord(id: changeID, plan: subject.plan, task: subject.task, kind: kind, by: by, on: on,
                            recordedOn: recordedOn, note: note, fields: fields, undoes: undoes, undoneBy: nil)
    }
}
