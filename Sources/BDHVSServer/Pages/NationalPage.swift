import BDHVSCore

/// The national page: every province with its numbers, most overdue first.
struct NationalPage: Sendable {
    /// One province's row.
    struct Province: Sendable, Equatable {
        var name: String
        var slug: String
        var communes: Int
        var total: Int
        var done: Int
        var overdue: Int
        var communesWithOverdue: Int
        var worstDaysOverdue: Int
    }

    var summary: StatusSummary
    var provinces: [Province]
    var byLead: [LeadCount]

    /// Built from the status of every plan (`plan status` with no scope), whose rows carry
    /// each plan's province; `filter` keeps provinces whose folded name contains it.
    init(report: StatusReport, filter: String?) {
        summary = StatusSummary(report)
        byLead = report.byLead
        var rows: [String: Province] = [:]
        for plan in report.plans {
            var row = rows[plan.province] ?? Province(name: plan.province, slug: Slug.of(plan.province), communes: 0, total: 0, done: 0,
                                                      overdue: 0, communesWithOverdue: 0, worstDaysOverdue: 0)
            row.communes += 1
            row.total += plan.total
            row.done += plan.counts[.doneOnTime, default: 0] + plan.counts[.doneLate, default: 0]
            row.overdue += plan.overdue
            row.communesWithOverdue += plan.overdue > 0 ? 1 : 0
            row.worstDaysOverdue = max(row.worstDaysOverdue, plan.worstDaysOverdue)
            rows[plan.province] = row
        }
        let key = filter.map(Folding.key)
        provinces = rows.values
            .filter { key == nil || Folding.key($0.name).contains(key!) }
            .sorted { ($1.overdue, $1.worstDaysOverdue, Folding.key($0.name)) < ($0.overdue, $0.worstDaysOverdue, Folding.key($1.name)) }
    }
}
