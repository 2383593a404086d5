import BDHVSCore

/// A commune's page: one plan's status and its tasks sorted by overdue, with filters.
struct CommunePage: Sendable {
    var plan: String
    var title: String
    var commune: String
    var province: String
    var summary: StatusSummary
    /// Tasks and sub-tasks shown: most overdue first, then by deadline (unknown last), then id.
    var tasks: [TaskRow]
    var tasksInAll: Int
    var byLead: [LeadCount]

    /// `category`: only tasks of this status; `filter`: part of a task's title or id.
    /// (A lead body filter is the store's, applied to `tasks` before.)
    init(report: StatusReport, row: PlanStatusRow, tasks all: [TaskRow], tasksInAll: Int, category: TaskCategory?, filter: String?) {
        plan = row.plan
        title = report.title ?? row.plan
        commune = row.communeKind.isEmpty ? row.commune : "\(row.communeKind) \(row.commune)"
        province = row.province
        summary = StatusSummary(report)
        byLead = report.byLead
        self.tasksInAll = tasksInAll
        let key = filter.map(Folding.key)
        tasks = all
            .filter { category == nil || $0.status == category }
            .filter { key == nil || Folding.key($0.title).contains(key!) || Folding.key($0.id) == key! }
            .sorted { left, right in
                if left.daysOverdue != right.daysOverdue { return left.daysOverdue > right.daysOverdue }
                let l = left.deadline?.dayNumber ?? .max, r = right.deadline?.dayNumber ?? .max
                if l != r { return l < r }
                return (left.plan, left.id) < (right.plan, right.id)
            }
    }
}
