import GRDB

/// The overdue lists of many plans without the status of every task (issue 12): only an
/// open leaf past its deadline can be overdue in a group unchanged since the as-of date, so
/// the open-leaf indexes give the candidates, and the groups changed since are recomputed
/// exactly with their history. How many are overdue comes from the tallies.
extension StatusTotals {
    /// Fills `temp.status_changed` with the task groups of the plans `planIDs` (nil: every
    /// plan) that have a change recorded after `asOf`: their rows are not what they were then.
    /// Through the index of changes (for DISTINCT, SQLite would rather read every task in
    /// group order: a third of a second at a million tasks).
    static func markChanged(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws {
        try db.execute(sql: "DROP TABLE IF EXISTS temp.status_changed")
        let inPlans: SQL = planIDs.map { "AND plan_id IN \($0)" } ?? ""
        try db.execute(literal: """
            CREATE TEMP TABLE status_changed AS SELECT DISTINCT root_id AS id FROM task INDEXED BY task_by_last_change
            WHERE last_change_on > \(asOf.iso) \(inPlans)
            """)
    }

    /// The condition on `t` of an open leaf of a group unchanged since the as-of date, not
    /// under a cancelled task: overdue as of that date exactly when its deadline is before it.
    static let openUnchangedLeaf = """
        t.retired = 0 AND t.has_subtasks = 0 AND t.state NOT IN ('done', 'cancelled') AND t.deadline IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM task up WHERE up.id = t.parent_id AND up.state = 'cancelled')
          AND t.root_id NOT IN (SELECT id FROM temp.status_changed)
        """

    /// How many tasks and sub-tasks of the plans `planIDs` (nil: every plan) are overdue as
    /// of `asOf`: the tallies, with the groups in `temp.status_changed` (`markChanged`)
    /// recomputed through the status SQL.
    static func overdueLeaves(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> Int {
        let inPlans: SQL = planIDs.map { "AND plan_id IN \($0)" } ?? ""
        var total = try SQLRequest<Int>(literal: """
            SELECT COALESCE((SELECT SUM(n) FROM status_final WHERE measure = 'leaf_overdue' \(inPlans)), 0)
                - COALESCE((SELECT SUM(n) FROM status_delta WHERE day > \(asOf.iso) AND measure = 'leaf_overdue' \(inPlans)), 0)
            """).fetchOne(db) ?? 0
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM temp.status_changed)") == true else { return total }
        // Those groups were tallied from rows that have changed since: take away what the
        // rows say, add what the history says.
        let changed: SQL = "t.root_id IN (SELECT id FROM temp.status_changed)"
        for group in StatusGroup.groups(try StatusFacts.fetch(db, where: changed)) { total -= group.measures(asOf.iso).leafOverdue }
        total += try SQLRequest<Int>(literal: StatusSQL.withClauses(scope: changed) + SQL(sql: """
             SELECT COUNT(*) FROM shown WHERE has_subtasks = 0 AND category = 'overdue'
            """, arguments: ["asOf": asOf.iso])).fetchOne(db) ?? 0
        return total
    }

    /// The task groups that can hold the `limit` most overdue leaves of the plans `planIDs`
    /// (nil: every plan) as of `asOf`, as a scope on `t`: the groups of the `limit` open
    /// leaves of unchanged groups with the earliest deadlines before `asOf`, and every
    /// changed group (`markChanged`). The status SQL then orders them exactly.
    static func overdueCandidates(_ db: Database, planIDs: [Int64]?, asOf: CivilDate, limit: Int) throws -> SQL {
        // Every plan: the open leaves in deadline order; some plans: those of each plan (a
        // province's are a few thousand, sorted).
        let leaves: SQL = planIDs.map { "task t INDEXED BY task_open_leaf_by_plan WHERE t.plan_id IN \($0) AND" }
            ?? "task t INDEXED BY task_open_leaf_by_deadline WHERE"
        try db.execute(sql: "DROP TABLE IF EXISTS temp.status_listed")
        try db.execute(literal: """
            CREATE TEMP TABLE status_listed AS
            SELECT root_id AS id FROM (SELECT t.root_id FROM \(leaves) \(sql: openUnchangedLeaf) AND t.deadline < \(asOf.iso)
                ORDER BY t.deadline, t.id LIMIT \(min(limit, Int(Int32.max))))
            UNION SELECT id FROM temp.status_changed
            """)
        return "t.root_id IN (SELECT id FROM temp.status_listed)"
    }
}
