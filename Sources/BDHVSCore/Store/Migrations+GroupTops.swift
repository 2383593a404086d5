import GRDB

extension Migrations {
    /// The top-level tasks with sub-tasks of each plan, narrow (a tenth of the tasks): the
    /// overdue list of a kind of body (`TaskStore.overdueLedSQL`) finds the ones it leads
    /// among its plans' few dozen instead of looking up every task it leads (330,000 for
    /// every commune's Phòng Văn hóa - Xã hội at a million tasks).
    static func addGroupTopIndex(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX task_group_top ON task(plan_id, id) WHERE retired = 0 AND has_subtasks = 1 AND parent_id IS NULL
            """)
    }
}
