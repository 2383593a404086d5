/// The completion rate, with its denominators stated: over all tasks, and over the
/// tasks that have come due (done, or with a deadline on or before the as-of date).
public struct Completion: Codable, Sendable, Equatable {
    public var done: Int
    public var total: Int
    public var dueDone: Int
    public var due: Int
    /// Tasks done on time only because a deadline was moved: done (or, for a task with
    /// sub-tasks, a sub-task done) after the original deadline, within the extended one.
    public var doneAfterExtension: Int = 0

    enum CodingKeys: String, CodingKey {
        case done, total, dueDone = "due_done", due, doneAfterExtension = "done_after_extension"
    }
}

/// Where the plans of one province stand, a row of a national roll-up.
public struct ProvinceStatusRow: Codable, Sendable, Equatable {
    public var province: String
    /// Plans of the province in scope (a commune may have loaded its plans of two years).
    public var plans: Int
    /// Communes of the province with a plan in scope, each once.
    public var communes: Int = 0
    public var total: Int
    public var done: Int
    public var overdue: Int
    /// Communes with at least one overdue task, each once.
    public var communesWithOverdue: Int
    public var worstDaysOverdue: Int

    enum CodingKeys: String, CodingKey {
        case province, plans, communes, total, done, overdue, communesWithOverdue = "communes_with_overdue", worstDaysOverdue = "worst_days_overdue"
    }

    /// Rows per province of `plans`, most overdue first. The tasks of every plan count, as
    /// the roll-up counts them; a commune counts once among the communes, whatever the
    /// number of its plans (it was counted per plan: one with its plans of 2025 and 2026
    /// was two communes).
    public static func group(_ plans: [PlanStatusRow]) -> [ProvinceStatusRow] {
        var rows: [String: ProvinceStatusRow] = [:]
        var communes: [String: Set<String>] = [:], overdue: [String: Set<String>] = [:]
        for plan in plans {
            var row = rows[plan.province] ?? ProvinceStatusRow(province: plan.province, plans: 0, total: 0, done: 0, overdue: 0,
                                                               communesWithOverdue: 0, worstDaysOverdue: 0)
            let commune = "\(plan.communeKind)\u{1F}\(Folding.key(plan.commune))"
            row.plans += 1
            row.total += plan.total
            row.done += plan.counts[.doneOnTime, default: 0] + plan.counts[.doneLate, default: 0]
            row.overdue += plan.overdue
            if communes[plan.province, default: []].insert(commune).inserted { row.communes += 1 }
            if plan.overdue > 0, overdue[plan.province, default: []].insert(commune).inserted { row.communesWithOverdue += 1 }
            row.worstDaysOverdue = max(row.worstDaysOverdue, plan.worstDaysOverdue)
            rows[plan.province] = row
        }
        return rows.values.sorted { ($1.overdue, Folding.key($0.province)) < ($0.overdue, Folding.key($1.province)) }
    }
}

/// `bdhvs plan status`: where one plan, or every plan in scope, stands as of a date.
public struct StatusReport: Encodable, Sendable, Equatable {
    /// The plan's id; nil for a roll-up across plans.
    public var plan: String?
    /// The plan's title; nil for a roll-up.
    public var title: String?
    public var asOf: CivilDate
    /// Top-level tasks per category (a task with sub-tasks counts once, rolled up).
    public var counts: [TaskCategory: Int]
    public var completion: Completion
    /// Per lead agency: tasks and sub-tasks led, done, overdue.
    public var byLead: [LeadCount]
    /// Overdue tasks and sub-tasks grouped by lead agency.
    public var overdue: [OverdueGroup]
    /// Tasks and sub-tasks not done whose deadline falls within `dueSoonDays` after the as-of date.
    public var dueSoon: [TaskRow]
    public var dueSoonDays: Int
    /// One row per plan in scope.
    public var plans: [PlanStatusRow]
    /// Recurring duties with their occurrences (listed for one plan; only totalled in a roll-up).
    public var recurring: [RecurringStatus] = []
    /// Top-level tasks overdue in all; `overdue` lists at most `TaskStore.rollUpListLimit`
    /// of the most overdue tasks and sub-tasks in a roll-up of several plans.
    public var overdueTotal: Int = 0
    /// Per province, when the plans in scope are of several provinces.
    public var provinces: [ProvinceStatusRow] = []
    public var occurrences: OccurrenceTotals = .zero
    /// Indicators with their latest value against the target (one plan only).
    public var indicators: [IndicatorRow] = []
    /// Estimates, disbursements and settlements per funding source.
    public var budget = BudgetReport(sources: [], estimate: 0, disbursed: 0, settled: 0, remaining: 0, planTotal: nil)

    enum CodingKeys: String, CodingKey {
        case plan, title, asOf = "as_of", counts, completion, byLead = "by_lead", overdue, dueSoon = "due_soon"
        case dueSoonDays = "due_soon_days", plans, recurring, occurrences, indicators, budget, overdueTotal = "overdue_total", provinces
    }

    /// Absent values are written as `null`, so the report always has every key.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(plan, forKey: .plan)
        try container.encode(title, forKey: .title)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(counts, forKey: .counts)
        try container.encode(completion, forKey: .completion)
        try container.encode(byLead, forKey: .byLead)
        try container.encode(overdue, forKey: .overdue)
        try container.encode(dueSoon, forKey: .dueSoon)
        try container.encode(dueSoonDays, forKey: .dueSoonDays)
        try container.encode(plans, forKey: .plans)
        try container.encode(recurring, forKey: .recurring)
        try container.encode(occurrences, forKey: .occurrences)
        try container.encode(indicators, forKey: .indicators)
        try container.encode(budget, forKey: .budget)
        try container.encode(overdueTotal, forKey: .overdueTotal)
        try container.encode(provinces, forKey: .provinces)
    }
}
