import BDHVSCore

/// A province's page: its communes (plans) sorted by overdue, with filters.
struct ProvincePage: Sendable {
    var province: String
    var slug: String
    var summary: StatusSummary
    /// The communes' plans shown, most overdue first (then the longest overdue, then by name).
    var communes: [PlanStatusRow]
    /// How many communes the plans shown are of, and the province has in all before the
    /// filters: a commune with its plans of two years counts once, as `plan status
    /// --province` counts it (`ProvinceStatusRow.communes`).
    var communesShown: Int
    var communesInAll: Int
    /// How many plans the province has in all, before the filters.
    var plansInAll: Int
    /// Lead bodies of the same kind across communes (every commune's Phòng Văn hóa - Xã hội together).
    var byLead: [LeadCount]

    /// `filter`: part of a commune's name (any case, with or without diacritics);
    /// `overdueOnly`: only communes with an overdue task.
    init(province: String, report: StatusReport, filter: String?, overdueOnly: Bool) {
        self.province = province
        slug = Slug.of(province)
        summary = StatusSummary(report)
        byLead = report.byLead
        plansInAll = report.plans.count
        communesInAll = Self.communeCount(report.plans)
        let key = filter.map(Folding.key)
        communes = report.plans
            .filter { !overdueOnly || $0.overdue > 0 }
            .filter { key == nil || Folding.key($0.commune).contains(key!) || Folding.key($0.plan).contains(key!) }
            .sorted { ($1.overdue, $1.worstDaysOverdue, Folding.key($0.commune), $0.plan) < ($0.overdue, $0.worstDaysOverdue, Folding.key($1.commune), $1.plan) }
        communesShown = Self.communeCount(communes)
    }

    /// The communes `plans` are of, each once: by kind and name, written with or without
    /// diacritics, as the national roll-up tells them apart.
    static func communeCount(_ plans: [PlanStatusRow]) -> Int {
        Set(plans.map { "\($0.communeKind)\u{1F}\(Folding.key($0.commune))" }).count
    }
}
