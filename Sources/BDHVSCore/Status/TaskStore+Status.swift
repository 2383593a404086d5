extension TaskStore {
    /// Where the plans in scope stand as of `asOf`; with one plan in scope, its own status.
    public func status(_ scope: PlanScope, asOf: CivilDate, dueSoonDays: Int = 30) throws -> StatusReport {
        try status(scope, asOf: asOf, dueSoonDays: dueSoonDays, tallies: true)
    }

    /// `status`, with the counts of every plan read from the tallies or (`tallies` false,
    /// for tests) computed from every task; without the budget when `budget` is false (the
    /// province's synthesis does not show it, and one commune's spending past what can be
    /// added up must not stop the synthesis of all).
    func status(_ scope: PlanScope, asOf: CivilDate, dueSoonDays: Int = 30, tallies: Bool, budget: Bool = true) throws -> StatusReport {
        try withStatus(scope, asOf: asOf, dueSoonDays: dueSoonDays, listLimit: Self.rollUpListLimit, tallies: tallies) { query in
            let plans = try query.planRows()
            var counts = [TaskCategory: Int].zeroed()
            for row in plans { counts.merge(row.counts, uniquingKeysWith: +) }
            let totals = try query.dueAndExtended()
            let done = counts[.doneOnTime, default: 0] + counts[.doneLate, default: 0]
            let completion = Completion(done: done, total: counts.values.reduce(0, +), dueDone: done, due: totals.due,
                                        doneAfterExtension: totals.extended)
            let single = plans.count == 1 ? plans.first : nil
            // A roll-up shows the occurrences only added up: counted by group when it can be.
            let occurrenceCounts = single == nil ? try query.occurrenceCounts() : nil
            let recurring = occurrenceCounts == nil ? try query.recurring() : []
            // A roll-up lists only the most overdue and the soonest due; a plan lists them all.
            let limit = single == nil ? Self.rollUpListLimit : Int.max
            var report = StatusReport(
                plan: single?.plan, title: try single.flatMap { try query.title(plan: $0.plan) }, asOf: asOf, counts: counts,
                completion: completion, byLead: try query.leadCounts(), overdue: try query.overdueGroups(limit: limit),
                dueSoon: try query.dueSoon(limit: limit), dueSoonDays: dueSoonDays, plans: plans)
            report.occurrences = occurrenceCounts.map(OccurrenceTotals.init) ?? OccurrenceTotals(recurring)
            report.recurring = single == nil ? [] : recurring
            report.indicators = single == nil ? [] : try indicatorRows(query.db, planIDs: query.planIDs, asOf: asOf)
            if budget { report.budget = try budgetReport(query.db, planIDs: query.planIDs, asOf: asOf) }
            report.overdueTotal = counts[.overdue, default: 0]
            let provinces = ProvinceStatusRow.group(plans)
            report.provinces = provinces.count > 1 ? provinces : []
            return report
        }
    }

    /// How many overdue and due-soon tasks a roll-up of several plans lists (the most
    /// overdue first); the counts always cover every task.
    public static let rollUpListLimit = 50

    /// Overdue tasks and sub-tasks grouped by lead agency (`bdhvs agency overdue`).
    public func overdueByAgency(_ scope: PlanScope, asOf: CivilDate) throws -> [OverdueGroup] {
        try overdueByAgency(scope, asOf: asOf, limit: .max).groups
    }

    /// The `limit` most overdue tasks and sub-tasks grouped by lead agency, and how many
    /// are overdue in all (a national list would be tens of thousands of lines).
    public func overdueByAgency(_ scope: PlanScope, asOf: CivilDate, limit: Int) throws -> (groups: [OverdueGroup], total: Int) {
        try overdueByAgency(scope, asOf: asOf, limit: limit, tallies: true)
    }

    /// `overdueByAgency`, with the counts of every plan from the tallies or (for tests) from every task.
    func overdueByAgency(_ scope: PlanScope, asOf: CivilDate, limit: Int, tallies: Bool) throws -> (groups: [OverdueGroup], total: Int) {
        // A list cut short reads the candidates and the tallies, not every task's status.
        if tallies, limit < Int(Int32.max) { return try overdueFromTallies(scope, asOf: asOf, limit: limit) }
        return try withStatus(scope, asOf: asOf, computeOnce: true, listLimit: limit, tallies: tallies) { query in
            (try query.overdueGroups(limit: limit), try query.overdueCount())
        }
    }
}
