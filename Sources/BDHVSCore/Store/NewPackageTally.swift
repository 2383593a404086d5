import GRDB

/// What a commune's first package adds to the status tallies, counted from its payload (a
/// database image opened on its own connection) rather than from its rows once merged. The
/// merge copies the task, task_lead and agency rows as they are, giving them ids in the same
/// order as the payload's (`PackageMerge.insertNew`), so the task groups and their order are
/// the same, and the counts need only the plans' and agencies' ids translated (`counts(plans:agencies:)`).
struct NewPackageTally: Sendable {
    private let counts: StatusTally.Accumulator

    /// Counts the live tasks of the payload's plans, as `PackageMerge` reads them after a merge.
    init(_ payload: Database) throws {
        let facts = try StatusFacts.fetch(payload, where: "t.plan_id IN (SELECT id FROM main.plan)", arguments: [])
        var counts = StatusTally.Accumulator()
        counts.add(StatusGroup.groups(facts), sign: 1)
        self.counts = counts
    }

    /// The counts with the payload's plan and agency ids given as this database's; nil when
    /// one is missing from the maps (the counts from the merged rows are used instead).
    func counts(plans: [Int64: Int64], agencies: [Int64: Int64]) -> StatusTally.Accumulator? {
        var result = StatusTally.Accumulator()
        for (key, n) in counts.planFinal {
            guard let plan = plans[key.plan] else { return nil }
            result.planFinal[StatusTally.PlanKey(plan: plan, measure: key.measure), default: 0] += n
        }
        for (key, n) in counts.planDelta {
            guard let plan = plans[key.key.plan] else { return nil }
            result.planDelta[StatusTally.DayKey(day: key.day, key: StatusTally.PlanKey(plan: plan, measure: key.key.measure)), default: 0] += n
        }
        for (key, n) in counts.leadFinal {
            guard let agency = agencies[key.agency] else { return nil }
            result.leadFinal[StatusTally.LeadKey(agency: agency, measure: key.measure), default: 0] += n
        }
        // Sums by kind of body: keyed by the agency's key, the same in the payload and here.
        result.leadDelta = counts.leadDelta
        return result
    }
}
