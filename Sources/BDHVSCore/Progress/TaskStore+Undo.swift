import GRDB

extension TaskStore {
    /// Undoes the last change `by` made that is not undone yet: every field it set goes
    /// back to its old value, and the undo itself is a change in the history.
    public func undo(by: String, recordedOn: CivilDate) throws -> ChangeRecord {
        try write { db in
            guard let last = try Row.fetchOne(db, sql: """
                SELECT c.id, c.task_id, t.key, p.key AS plan_key FROM task_change c
                JOIN task t ON t.id = c.task_id JOIN plan p ON p.id = t.plan_id
                WHERE c.actor = ? AND c.kind <> 'undo' AND c.undone_by IS NULL
                ORDER BY c.id DESC LIMIT 1
                """, arguments: [by])
            else { throw ChangeError.nothingToUndo(by: by) }
            let changeID: Int64 = last["id"]
            let task = try locate(task: last["key"], plan: last["plan_key"], db)
            var reverted: [ChangeRecord.Field] = []
            for row in try Row.fetchAll(db, sql: "SELECT field, old_value, new_value FROM task_change_field WHERE change_id = ?",
                                        arguments: [changeID]) {
                let field: String = row["field"]
                let current = try currentValue(db, field: field, task: task)
                guard current == row["new_value"] else { throw ChangeError.changedSince(task: task.key, field: field) }
                reverted.append(.init(field: field, old: current, new: row["old_value"]))
            }
            return try insertChange(db, task: task, kind: "undo", on: recordedOn, recordedOn: recordedOn, by: by, note: nil,
                                    fields: reverted, undoes: changeID)
        }
    }

    private func currentValue(_ db: Database, field: String, task: TaskState) throws -> String? {
        guard field.hasPrefix("occurrence:") else { return task.value(of: field) }
        return try String.fetchOne(db, sql: "SELECT done_on FROM occurrence_done WHERE task_id = ? AND period = ?",
                                   arguments: [task.rowID, String(field.dropFirst("occurrence:".count))])
    }
}
