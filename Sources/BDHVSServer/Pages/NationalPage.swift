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
        let key = filter.map(Folding.key)
        // The same rows as the CLI's national roll-up (`ProvinceStatusRow.group`), with the
        // address of each province's page.
        provinces = ProvinceStatusRow.group(report.plans)
            .filter { key == nil || Folding.key($0.province).contains(key!) }
            .map { Province(name: $0.province, slug: Slug.of($0.province), communes: $0.communes, total: $0.total, done: $0.done,
                            overdue: $0.overdue, communesWithOverdue: $0.communesWithOverdue, worstDaysOverdue: $0.worstDaysOverdue) }
            .sorted { ($1.overdue, $1.worstDaysOverdue, Folding.key($0.name)) < ($0.overdue, $0.worstDaysOverdue, Folding.key($1.name)) }
    }
}
