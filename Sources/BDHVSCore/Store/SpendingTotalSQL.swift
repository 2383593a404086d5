import GRDB

extension TaskStore {
    /// The live spending of one kind recorded for a plan, on any day: the most any read
    /// (`budgetSourceTotals`, per source or over all sources, as of any date) adds up for
    /// that plan. Nil when it already passes `Int64.max` (SQLite's SUM throws rather than wrap).
    func liveSpendingTotal(_ db: Database, planRowID: Int64, kind: SpendingKind) throws -> Int64? {
        do {
            return try Int64.fetchOne(db, SQLRequest(literal: """
                SELECT COALESCE(SUM(s.amount), 0) FROM spending s JOIN task t ON t.id = s.task_id
                WHERE s.live = 1 AND s.kind = \(kind) AND t.plan_id = \(planRowID)
                """)) ?? 0
        } catch let error as DatabaseError where error.message == "integer overflow" {
            return nil
        }
    }
}
