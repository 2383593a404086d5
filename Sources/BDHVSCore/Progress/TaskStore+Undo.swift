import GRDB

extension TaskStore {
    /// Undoes the last change `by` made that is not undone yet (`by` as recorded, or written
    /// without diacritics or in another case): every field it set goes back to its old
    /// value, and the undo itself is a change in the history. A change of a task a later
    /// load retired is not undone (`undoRetired`): a retired task keeps what was recorded;
    /// nor is a measurement of an indicator a later load retired (`undoRetiredIndicator`),
    /// nor a change made after `recordedOn` (`dateBeforeLastChange`).
    public func undo(by: String, recordedOn: CivilDate) throws -> ChangeRecord {
        try write { db in
            guard let last = try lastUndoableChange(db, by: by) else { throw ChangeError.nothingToUndo(by: by) }
            if let task = last.taskRowID, try isRetired(taskRowID: task, db) {
                throw ChangeError.undoRetired(plan: last.planKey, task: last.taskKey ?? "", change: last.id)
            }
            // An undo is a change of its own day: not before the change it takes back was
            // recorded, or the history would show a change undone before it was made.
            let made = [last.effectiveOn, last.recordedOn].compactMap(CivilDate.init(iso:)).max()
            if let made, recordedOn < made {
                throw ChangeError.dateBeforeLastChange(on: recordedOn, last: made, task: last.taskKey ?? last.planKey)
            }
            let fields = try changeFields(db, changeID: last.id)
            for case .record(.measurement, let id)? in fields.map(\.field) {
                if let indicator = try retiredIndicator(ofMeasurement: id, db) {
                    throw ChangeError.undoRetiredIndicator(plan: last.planKey, indicator: indicator, change: last.id)
                }
            }
            let subject = ChangeSubject(planRowID: last.planRowID, plan: last.planKey, taskRowID: last.taskRowID, task: last.taskKey)
            var reverted: [ChangeRecord.Field] = []
            for stored in fields {
                // Only this bdhvs writes fields (a newer one is refused when the database opens).
                guard let field = stored.field else { continue }
                let current = try currentValue(db, field: field, taskRowID: subject.taskRowID)
                guard current == stored.new else {
                    throw ChangeError.changedSince(task: subject.task ?? subject.plan, field: field)
                }
                reverted.append(.init(field: field, old: current, new: stored.old))
            }
            // The undo is recorded under the name the change was, whoever typed it without diacritics.
            return try insertChange(db, subject: subject, kind: .undo, on: recordedOn, recordedOn: recordedOn, by: last.actor, note: nil,
                                    fields: reverted, undoes: last.id)
        }
    }
}
