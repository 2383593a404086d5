/// What a plan not loaded before adds to the status tallies, worked out from the plan alone
/// (on every core, with `PreparedPlan`) instead of reading its rows back on the writing
/// thread. Its tasks are all open, with no completion, extension or recorded deadline, so
/// their status facts are known before they are written; the plan's row id and its
/// agencies' are not, so the counts are kept with stand-ins (plan 0, agency N for the N-th
/// agency of the document) and given the real ids once the rows exist.
struct NewPlanTally: Sendable {
    private let counts: StatusTally.Accumulator
    /// The same counts as rows, but for the plan's and agencies' row ids, in the order of
    /// each table's key (zeros left out): what a batch of new plans inserts without summing
    /// them in dictionaries on the writing thread (`StatusTally.Accumulator.prepared`).
    let finalRows: [(measure: String, n: Int)]
    let deltaRows: [(day: String, measure: String, n: Int)]
    let leadRows: [(agency: Int64, measure: String, n: Int)]
    /// The changes by kind of body, shared with every other plan: summed as before.
    var leadDelta: [StatusTally.DayKey<StatusTally.LeadKindKey>: Int] { counts.leadDelta }

    /// `remembering`: each group's counts looked up in `GroupTallyMemo` (false: worked out,
    /// to compare in tests).
    init(_ plan: Plan, schedules: [ScheduleColumns], remembering: Bool = true) {
        var agencyIndex: [String: Int64] = [:]
        for (index, agency) in plan.document.agencies.enumerated() where agencyIndex[agency.id] == nil {
            agencyIndex[agency.id] = Int64(index)
        }
        // Row ids as writeTasks gives them, in the plan's order: a sub-task's group is its
        // parent's (`root_id`), and it is ordered after it.
        var ids: [String: Int64] = [:]
        var facts: [StatusFacts] = []
        for (position, task) in plan.tasks.enumerated() {
            let id = Int64(position + 1)
            ids[task.id] = id
            let parent = task.parentID.flatMap { ids[$0] }
            var seen = Set<String>()
            // Leads as `StatusFacts.fetch` reads them: leaves only, each body once, in order.
            let leads: [(id: Int64, key: String)] = task.hasSubtasks ? [] : task.leads.compactMap { lead in
                guard seen.insert(lead).inserted, let index = agencyIndex[lead] else { return nil }
                return (index, lead)
            }
            facts.append(StatusFacts(id: id, planID: 0, rootID: parent ?? id, parentID: parent, hasSubtasks: task.hasSubtasks,
                                     scheduleKind: schedules[position].kind, startDate: schedules[position].start?.iso, state: WorkState.open.rawValue, completedOn: nil,
                                     deadline: task.deadline?.iso, extendedFrom: nil, parentState: parent == nil ? nil : WorkState.open.rawValue,
                                     leads: leads))
        }
        facts.sort { ($0.rootID, $0.id) < ($1.rootID, $1.id) }
        var counts = StatusTally.Accumulator()
        if remembering {
            // Counts add up group by group: the sum of each group's is the plan's.
            for group in StatusGroup.groups(facts) { counts.merge(GroupTallyMemo.shared.counts(of: group)) }
        } else {
            counts.add(StatusGroup.groups(facts), sign: 1)
        }
        self.counts = counts
        finalRows = counts.planFinal.filter { $0.value != 0 }.map { ($0.key.measure, $0.value) }.sorted { $0.measure < $1.measure }
        deltaRows = counts.planDelta.filter { $0.value != 0 }.map { ($0.key.day, $0.key.key.measure, $0.value) }
            .sorted { ($0.day, $0.measure) < ($1.day, $1.measure) }
        leadRows = counts.leadFinal.filter { $0.value != 0 }.map { ($0.key.agency, $0.key.measure, $0.value) }
            .sorted { ($0.agency, $0.measure) < ($1.agency, $1.measure) }
    }

    /// The counts with the plan's row id and its agencies' (by their position in the document).
    func counts(planID: Int64, agencyIDs: [Int64]) -> StatusTally.Accumulator {
        var result = StatusTally.Accumulator()
        for (key, n) in counts.planFinal { result.planFinal[StatusTally.PlanKey(plan: planID, measure: key.measure), default: 0] += n }
        for (key, n) in counts.planDelta {
            result.planDelta[StatusTally.DayKey(day: key.day, key: StatusTally.PlanKey(plan: planID, measure: key.key.measure)), default: 0] += n
        }
        for (key, n) in counts.leadFinal {
            result.leadFinal[StatusTally.LeadKey(agency: agencyIDs[Int(key.agency)], measure: key.measure), default: 0] += n
        }
        result.leadDelta = counts.leadDelta
        result.freshPlans = [planID]
        result.freshAgencies = Set(agencyIDs)
        return result
    }
}
