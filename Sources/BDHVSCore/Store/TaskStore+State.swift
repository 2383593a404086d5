import GRDB

extension TaskStore {
    /// Sets a task's state directly, without history. Only tests use this until progress
    /// updates with their history exist; it lets them put a task in any category.
    func setState(_ state: String, completedOn: CivilDate?, plan: String, task: String) throws {
        try write { db in
            try db.execute(sql: """
                UPDATE task SET state = ?, completed_on = ?
                WHERE key = ? AND plan_id = (SELECT id FROM plan WHERE key = ?)
                """, arguments: [state, completedOn?.iso, task, plan])
        }
    }
}
