import GRDB

/// The running total of each plan's live spending, per kind, while one transaction records
/// spending: a record that would take it past what bdhvs can add up is refused at write
/// time. Accepted before, it made `budget show`, the report and the export of that plan
/// (and the province's report) fail until someone undid it. Read once per plan and kind,
/// then added to row by row, so an import stays linear.
struct SpendingTally {
    private struct Key: Hashable {
        var planRowID: Int64
        var kind: SpendingKind
    }

    /// Nil: the plan's total already passed `Int64.max` before this transaction.
    private var totals: [Key: Int64?] = [:]

    /// Adds `amount` to the plan's total of `kind`, or refuses it (and adds nothing).
    mutating func add(_ amount: Int64, kind: SpendingKind, task: TaskState, _ store: TaskStore, _ db: Database) throws {
        let key = Key(planRowID: task.planRowID, kind: kind)
        let known: Int64?
        if let cached = totals[key] { known = cached } else { known = try store.liveSpendingTotal(db, planRowID: task.planRowID, kind: kind) }
        guard let total = known else {
            totals[key] = .some(nil)
            throw RecordRefusal.spendingTotalTooLarge(amount: amount, plan: task.plan, kind: kind, total: nil)
        }
        let (sum, overflow) = total.addingReportingOverflow(amount)
        totals[key] = .some(total)
        if overflow { throw RecordRefusal.spendingTotalTooLarge(amount: amount, plan: task.plan, kind: kind, total: total) }
        totals[key] = .some(sum)
    }
}
