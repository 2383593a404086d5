import GRDB

extension TaskStore {
    /// The fields that mark `task` done on `on`, checked as `task done` checks them (a task
    /// with sub-tasks takes its state from them; a day before its last change is refused; a
    /// recurring task's period done once), for an activity that completes its task in the
    /// same change.
    func completionFields(_ db: Database, task: TaskState, on: CivilDate, recordedOn: CivilDate, by: String) throws -> [ChangeRecord.Field] {
        if task.hasSubtasks { throw ChangeError.rollsUp(task: task.key, subtasks: try subtaskKeys(of: task.rowID, db)) }
        // Said for the activity: "reopen it first", as `task done` says, is not what the officer wants here.
        if task.recurrence == nil && task.state == .done {
            throw ActivityDoneRefusal.alreadyDone(task: task.key, on: task.completedOn.flatMap(CivilDate.init(iso:)))
        }
        if task.state == .cancelled { throw ActivityDoneRefusal.cancelled(task: task.key) }
        let request = ChangeRequest(plan: task.plan, task: task.key, action: .done(period: nil), on: on, recordedOn: recordedOn, by: by)
        var fields = try ChangePlanner(task: task, request: request).fields()
        if fields.contains(where: { $0.field == .state }), let since = task.stateSince.flatMap(CivilDate.init(iso:)), on < since {
            throw ChangeError.dateBeforeLastChange(on: on, last: since, task: task.key)
        }
        for (index, field) in fields.enumerated() {
            guard case .occurrence(let period) = field.field else { continue }
            if let doneOn = try occurrenceDoneOn(db, taskRowID: task.rowID, period: period) {
                throw ChangeError.periodAlreadyDone(task: task.key, period: period, on: doneOn)
            }
            fields[index].old = nil
        }
        return fields
    }
}
