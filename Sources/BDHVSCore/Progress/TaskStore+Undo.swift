import GRDB

extension TaskStore {
    /// Undoes the last change `by` made that is not undone yet: every field it set goes
    /// back to its old value, and the undo itself is a change in the history.
    public func undo(by: String, recordedOn: CivilDate) throws -> ChangeRecord {
        try write { db in
            guard let last = try Row.fetchOne(db, sql: """
                SELECT c.id, c.plan_id, c.task_id, t.key AS task_key, p.key AS plan_key FROM change_log c
                JOIN plan p ON p.id = c.plan_id LEFT JOIN task t ON t.id = c.task_id
                WHERE c.actor = ? AND c.kind <> 'undo' AND c.undone_by IS NULL
                ORDER BY c.id DESC LIMIT 1
                """, arguments: [by])
            else { throw ChangeError.nothingToUndo(by: by) }
            let changeID: Int64 = last["id"]
            let subject = ChangeSubject(planRowID: last["plan_id"], plan: last["plan_key"], taskRowID: last["task_id"], task: last["task_key"])
            var reverted: [ChangeRecord.Field] = []
            for row in try SQLRequest<Row>("SELECT field, old_value, new_value FROM change_field WHERE change_id = \(changeID)").fetchAll(db) {
                // Only this bdhvs writes fields (a newer one is refused when the database opens).
                guard let field = ChangeField(stored: row["field"]) else { continue }
                let current = try currentValue(db, field: field, taskRowID: subject.taskRowID)
                guard current == row["new_value"] else {
                    throw ChangeError.changedSince(task: subject.task ?? subject.plan, field: field)
                }
                reverted.append(.init(field: field, old: current, new: row["old_value"]))
            }
            return try insertChange(db, subject: subject, kind: .undo, on: recordedOn, recordedOn: recordedOn, by: by, note: nil,
                                    fields: reverted, undoes: changeID)
        }
    }
}
