import GRDB

extension StatusTotals {
    /// The task groups that can hold the `limit` most overdue leaves and the `limit` due
    /// soonest as of `asOf`, as a scope on `t`: among the groups unchanged since, the open
    /// leaves first in each order (through the open-leaf index); every changed group
    /// (`temp.status_changed`, made by `national`). The status SQL then orders them exactly.
    static func listCandidates(_ db: Database, asOf: CivilDate, dueSoonDays: Int, limit: Int) throws -> SQL {
        let open = """
            t.retired = 0 AND t.has_subtasks = 0 AND t.state NOT IN ('done', 'cancelled') AND t.deadline IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM task up WHERE up.id = t.parent_id AND up.state = 'cancelled')
              AND t.root_id NOT IN (SELECT id FROM temp.status_changed)
            """
        try db.execute(sql: "DROP TABLE IF EXISTS temp.status_listed")
        try db.execute(literal: """
            CREATE TEMP TABLE status_listed AS
            SELECT root_id AS id FROM (SELECT t.root_id FROM task t INDEXED BY task_open_leaf_by_deadline
                WHERE \(sql: open) AND t.deadline < \(asOf.iso) ORDER BY t.deadline, t.id LIMIT \(limit))
            UNION SELECT root_id FROM (SELECT t.root_id FROM task t INDEXED BY task_open_leaf_by_deadline JOIN plan p ON p.id = t.plan_id
                WHERE \(sql: open) AND t.deadline >= \(asOf.iso) AND t.deadline <= \(asOf.adding(days: dueSoonDays).iso)
                ORDER BY t.deadline, p.key, t.position LIMIT \(limit))
            UNION SELECT id FROM temp.status_changed
            """)
        return "t.root_id IN (SELECT id FROM temp.status_listed)"
    }
}
