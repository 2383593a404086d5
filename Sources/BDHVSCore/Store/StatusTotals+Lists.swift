import GRDB

extension StatusTotals {
    /// The task groups that can hold the `limit` most overdue leaves and the `limit` due
    /// soonest as of `asOf`, as a scope on `t`: among the groups unchanged since, the open
    /// leaves first in each order (through the open-leaf index); every changed group
    /// (`temp.status_changed`, made by `markChanged`). The status SQL then orders them exactly.
    static func listCandidates(_ db: Database, planIDs: [Int64]?, asOf: CivilDate, dueSoonDays: Int, limit: Int) throws -> SQL {
        // Every plan: the open leaves in deadline order; some plans: those of each plan.
        let index: SQL = planIDs == nil ? "task_open_leaf_by_deadline" : "task_open_leaf_by_plan"
        let open: SQL = planIDs.map { "t.plan_id IN \($0) AND \(sql: openUnchangedLeaf)" } ?? SQL(sql: openUnchangedLeaf)
        try db.execute(sql: "DROP TABLE IF EXISTS temp.status_listed")
        try db.execute(literal: """
            CREATE TEMP TABLE status_listed AS
            SELECT root_id AS id FROM (SELECT t.root_id FROM task t INDEXED BY \(index)
                WHERE \(open) AND t.deadline < \(asOf.iso) ORDER BY t.deadline, t.id LIMIT \(limit))
            UNION SELECT root_id FROM (SELECT t.root_id FROM task t INDEXED BY \(index) JOIN plan p ON p.id = t.plan_id
                WHERE \(open) AND t.deadline >= \(asOf.iso) AND t.deadline <= \(asOf.adding(days: dueSoonDays).iso)
                ORDER BY t.deadline, p.key, t.position LIMIT \(limit))
            UNION SELECT id FROM temp.status_changed
            """)
        return "t.root_id IN (SELECT id FROM temp.status_listed)"
    }
}
