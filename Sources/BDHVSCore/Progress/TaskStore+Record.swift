import GRDB

extension TaskStore {
    /// Records one change of a task in one transaction, with its trace in the history.
    public func record(_ request: ChangeRequest) throws -> ChangeRecord {
        try write { db in try record(request, db) }
    }

    /// Records many changes in one transaction (bulk loads, benchmarks): all or none.
    public func record(batch requests: [ChangeRequest]) throws -> Int {
        keepStatementJournalsInMemory()
        checkpointSeldom()
        return try write { db in
            // The tasks named with their plan are read before the first change, a few hundred
            // a statement, and kept as each change leaves them; the status tallies of the
            // groups changed are taken away then and brought up to date once, at the end.
            var states = try taskStates(db, named: Set(requests.compactMap { request in
                request.plan.map { PlanTaskName(plan: $0, task: request.task) }
            }))
            let tally = StatusTally.Batch()
            try tally.touch(db, roots: Array(Set(states.values.compactMap(\.rootRowID))).sorted())
            let log = try ChangeLogBatch(db, count: requests.count)
            // The task rows changed are written once each when the batch ends.
            let rows = TaskRowBatch()
            for request in requests {
                let name = request.plan.map { PlanTaskName(plan: $0, task: request.task) }
                let known = name.flatMap { states[$0] }
                // A task not read before the batch is located in the table: it must be current.
                if known == nil { try rows.flush(db) }
                let change = try record(request, db, tally: tally, log: log, rows: known == nil ? nil : rows, known: known)
                if let name, let known { states[name] = known.applying(change.fields.map { ($0.field, $0.new) }) }
            }
            // The groups' counts after the changes are worked out from the tasks in memory on
            // the second thread while the rows are written.
            tally.changed(Dictionary(uniqueKeysWithValues: states.values.map { ($0.rowID, $0) }))
            try rows.flush(db)
            try log?.flush(db)
            try tally.finish(db)
            return requests.count
        }
    }

    /// Records one change; `known` is the task as read before (a batch's), else it is located.
    func record(
        _ request: ChangeRequest, _ db: Database, tally: StatusTally.Batch? = nil, log: ChangeLogBatch? = nil, rows: TaskRowBatch? = nil,
        known: TaskState? = nil
    ) throws -> ChangeRecord {
        if request.on > request.recordedOn { throw ChangeError.dateAfterToday(on: request.on, today: request.recordedOn) }
        let task = try known ?? locate(task: request.task, plan: request.plan, db)
        if task.retired { throw ChangeError.retired(task: task.key) }
        try ChangeError.checkNotBeforePlan(request.on, of: task)
        if case .deadline(let deadline) = request.action { try ChangeError.checkNotBeforePlan(deadline, of: task) }
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
            if let doneOn = try occurrenceDoneOn(db, taskRowID: task.rowID, period: period) {
                throw ChangeError.periodAlreadyDone(task: task.key, period: period, on: doneOn)
            }
            fields[index].old = nil
        }
        let kind: ChangeKind = task.recurrence != nil && request.action == .done(period: nil) ? .occurrence : request.action.kind
        return try insertChange(db, subject: ChangeSubject(task), kind: kind, on: request.on, recordedOn: request.recordedOn,
                                by: request.by, note: request.note, fields: fields, undoes: nil, tally: tally, log: log, rows: rows)
    }

    /// Writes a change and its fields, applies the new values, and returns it as history shows it.
    func insertChange(
        _ db: Database, subject: ChangeSubject, kind: ChangeKind, on: CivilDate, recordedOn: CivilDate, by: String, note: String?,
        fields: [ChangeRecord.Field], undoes: Int64?, tally: StatusTally.Batch? = nil, log: ChangeLogBatch? = nil,
        rows: TaskRowBatch? = nil
    ) throws -> ChangeRecord {
        try TypedText.check(by)
        try TypedText.checkNote(note)
        let changeID = try writeChange(db, subject: subject, kind: kind, on: on, recordedOn: recordedOn, by: by, note: note,
                                       fields: fields.map { ($0.field, $0.old, $0.new) }, undoes: undoes, tally: tally, log: log, rows: rows)
        return ChangeRecord(id: changeID, plan: subject.plan, task: subject.task, kind: kind, by: by, on: on,
                            recordedOn: recordedOn, note: note, fields: fields, undoes: undoes, undoneBy: nil)
    }
}
