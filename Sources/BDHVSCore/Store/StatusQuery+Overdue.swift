import GRDB

extension TaskStore {
    /// The `limit` most overdue tasks and sub-tasks of the plans in `scope`, grouped by lead
    /// agency, and how many are overdue in all, without the status of every task: the
    /// candidates through the open-leaf indexes, the total from the tallies
    /// (`StatusTotals.overdueCandidates`, `overdueLeaves`).
    func overdueFromTallies(_ scope: PlanScope, asOf: CivilDate, limit: Int) throws -> (groups: [OverdueGroup], total: Int) {
        try snapshot { db in
            let ids = try planIDs(scope, db)
            defer {
                for table in ["status_now", "status_changed", "status_listed"] { try? db.execute(sql: "DROP TABLE IF EXISTS temp.\(table)") }
            }
            try StatusTotals.markChanged(db, planIDs: ids, asOf: asOf)
            let total = try StatusTotals.overdueLeaves(db, planIDs: ids, asOf: asOf)
            let candidates = try StatusTotals.overdueCandidates(db, planIDs: ids, asOf: asOf, limit: limit)
            let query = try StatusQuery(db: db, planIDs: ids, asOf: asOf, dueSoonDays: 0, computeOnce: true, scope: candidates)
            return (try query.overdueGroups(limit: limit), total)
        }
    }
}
