import GRDB

/// Counts kept up to date with every write, so that a national status reads thousands of
/// rows instead of every task (issue 12). The status of a task group changes with the as-of
/// date only on a few days (a deadline, the day after it, a completion); for each plan (and
/// each lead agency) the tallies keep the counts as they stand after every such day
/// (`status_final`, `lead_final`) and the change each day makes (`status_delta`,
/// `lead_delta`), so the counts as of a date are the final ones less the changes of the
/// days after it. They are computed from the current rows: valid for groups with no change
/// recorded after the as-of date (`StatusTotals` recomputes the others exactly).
enum StatusTally {
    /// Runs `change` on the tasks `condition` (on `t`) selects, keeping the tallies in
    /// step: what those tasks counted for before is taken away, what they count for after
    /// is added. `condition` must select whole groups (a plan, or one `root_id`).
    static func updating<T>(_ db: Database, tasks condition: SQL, _ change: () throws -> T) throws -> T {
        var tally = Accumulator()
        let result = try collecting(db, tasks: condition, into: &tally, change)
        try tally.write(db)
        return result
    }

    /// The same, with the change to the tallies added to `tally` for the caller to write
    /// (a batch load writes the sum of its plans' once).
    static func collecting<T>(_ db: Database, tasks condition: SQL, into tally: inout Accumulator, _ change: () throws -> T) throws -> T {
        tally.add(StatusGroup.groups(try StatusFacts.fetch(db, where: condition)), sign: -1)
        let result = try change()
        tally.add(StatusGroup.groups(try StatusFacts.fetch(db, where: condition)), sign: 1)
        return result
    }

    /// Recomputes every tally from the tasks (a database made before the tallies).
    static func rebuild(_ db: Database) throws {
        for table in ["status_final", "status_delta", "lead_final", "lead_delta"] { try db.execute(sql: "DELETE FROM \(table)") }
        for planID in try Int64.fetchAll(db, sql: "SELECT id FROM plan ORDER BY id") {
            var tally = Accumulator()
            tally.add(StatusGroup.groups(try StatusFacts.fetch(db, where: "t.plan_id = ?", arguments: [planID])), sign: 1)
            try tally.write(db)
        }
    }

    /// Changes to the tallies, summed in memory and written once.
    struct Accumulator: Sendable {
        var planFinal: [PlanKey: Int] = [:]
        var planDelta: [DayKey<PlanKey>: Int] = [:]
        var leadFinal: [LeadKey: Int] = [:]
        var leadDelta: [DayKey<LeadKindKey>: Int] = [:]
        /// Plans and agencies stored for the first time with these changes (`NewPlanTally`):
        /// no tally row of theirs exists yet, so theirs are inserted, not added to existing ones.
        var freshPlans: Set<Int64> = []
        var freshAgencies: Set<Int64> = []
        /// New plans' counts kept as their prepared rows (`addNew`), inserted as they are.
        var prepared: [NewPlanTally.Placed] = []

        /// Adds (`sign` 1) or takes away (-1) what `groups` count for.
        mutating func add(_ groups: [StatusGroup], sign: Int) {
            for group in groups {
                let days = Set(group.tasks.filter { !$0.excluded }.flatMap(\.breakpoints)).sorted()
                let planID = group.tasks[0].planID
                // Before every breakpoint ("" sorts before any date), then after each.
                var previous = Values(group.measures(""), planID: planID)
                for day in days {
                    let current = Values(group.measures(day), planID: planID)
                    for (key, value) in current.plan where value != previous.plan[key, default: 0] {
                        planDelta[DayKey(day: day, key: key), default: 0] += sign * (value - previous.plan[key, default: 0])
                    }
                    for (key, value) in previous.plan where current.plan[key] == nil {
                        planDelta[DayKey(day: day, key: key), default: 0] -= sign * value
                    }
                    for (key, value) in current.lead where value != previous.lead[key, default: 0] {
                        leadDelta[DayKey(day: day, key: LeadKindKey(key)), default: 0] += sign * (value - previous.lead[key, default: 0])
                    }
                    for (key, value) in previous.lead where current.lead[key] == nil {
                        leadDelta[DayKey(day: day, key: LeadKindKey(key)), default: 0] -= sign * value
                    }
                    previous = current
                }
                for (key, value) in previous.plan { planFinal[key, default: 0] += sign * value }
                for (key, value) in previous.lead { leadFinal[LeadKey(agency: key.agency, measure: key.measure), default: 0] += sign * value }
            }
        }

        /// Adds another accumulator's changes to these.
        mutating func merge(_ other: Accumulator) {
            for (key, n) in other.planFinal { planFinal[key, default: 0] += n }
            for (key, n) in other.planDelta { planDelta[key, default: 0] += n }
            for (key, n) in other.leadFinal { leadFinal[key, default: 0] += n }
            for (key, n) in other.leadDelta { leadDelta[key, default: 0] += n }
            freshPlans.formUnion(other.freshPlans)
            freshAgencies.formUnion(other.freshAgencies)
            prepared += other.prepared
        }

        /// Adds what the new plan `planID`, with agencies numbered from `firstAgency` in the
        /// document's order, counts for: its own rows are kept to be inserted as prepared, and
        /// only its changes by kind of body, which other plans share, are summed here.
        mutating func addNew(_ tally: NewPlanTally, planID: Int64, firstAgency: Int64) {
            prepared.append(NewPlanTally.Placed(tally: tally, planID: planID, firstAgency: firstAgency))
            for (key, n) in tally.leadDelta { leadDelta[key, default: 0] += n }
        }

        /// Adds the changes to the tallies; a count that falls to zero leaves no row, so the
        /// tallies of equal tasks are equal rows however they were reached.
        ///
        /// Each table's rows go in the order of its key, not the dictionaries' (a replay's
        /// batch writes some 20,000 rows; in key order SQLite spends half as much on them).
        /// `rollingBack`: see `TallyTable.add`.
        func write(_ db: Database, rollingBack: Bool = false) throws {
            try writePrepared(db, rollingBack: rollingBack)
            try TallyTable.planFinal.add(planFinal.sorted { ($0.key.plan, $0.key.measure) < ($1.key.plan, $1.key.measure) }.map {
                ([$0.key.plan.databaseValue, $0.key.measure.databaseValue], $0.value, freshPlans.contains($0.key.plan))
            }, db, rollingBack: rollingBack)
            try TallyTable.planDelta.add(planDelta.sorted {
                ($0.key.day, $0.key.key.plan, $0.key.key.measure) < ($1.key.day, $1.key.key.plan, $1.key.key.measure)
            }.map {
                ([$0.key.day.databaseValue, $0.key.key.plan.databaseValue, $0.key.key.measure.databaseValue], $0.value,
                 freshPlans.contains($0.key.key.plan))
            }, db, rollingBack: rollingBack)
            try TallyTable.leadFinal.add(leadFinal.sorted { ($0.key.agency, $0.key.measure) < ($1.key.agency, $1.key.measure) }.map {
                ([$0.key.agency.databaseValue, $0.key.measure.databaseValue], $0.value, freshAgencies.contains($0.key.agency))
            }, db, rollingBack: rollingBack)
            try TallyTable.leadDelta.add(leadDelta.sorted {
                ($0.key.day, $0.key.key.agencyKey, $0.key.key.measure) < ($1.key.day, $1.key.key.agencyKey, $1.key.key.measure)
            }.map {
                ([$0.key.day.databaseValue, $0.key.key.agencyKey.databaseValue, $0.key.key.measure.databaseValue], $0.value, false)
            }, db)
        }
    }

    struct PlanKey: Hashable, Sendable {
        var plan: Int64
        var measure: String
    }

    /// A measure of one lead agency (its row, and its key for the national sums by kind of body).
    struct LeadKey: Hashable, Sendable {
        var agency: Int64
        var measure: String
    }

    struct LeadAgencyKey: Hashable {
        var agency: Int64
        var agencyKey: String
        var measure: String
    }

    struct LeadKindKey: Hashable, Sendable {
        var agencyKey: String
        var measure: String
        init(_ key: LeadAgencyKey) {
            agencyKey = key.agencyKey
            measure = key.measure
        }
    }

    struct DayKey<Key: Hashable & Sendable>: Hashable, Sendable {
        var day: String
        var key: Key
    }

    /// A group's measures as plain numbers by key.
    struct Values {
        var plan: [PlanKey: Int] = [:]
        var lead: [LeadAgencyKey: Int] = [:]

        init(_ measures: StatusMeasures, planID: Int64) {
            func set(_ measure: String, _ n: Int) { if n != 0 { plan[PlanKey(plan: planID, measure: measure)] = n } }
            if let top = measures.top { set(top.rawValue, 1) }
            set("due", measures.due ? 1 : 0)
            set("extended", measures.extended ? 1 : 0)
            set("leaf_overdue", measures.leafOverdue)
            for (agency, lead) in measures.leads {
                for (measure, n) in [("total", lead.total), ("done", lead.done), ("overdue", lead.overdue)] where n != 0 {
                    self.lead[LeadAgencyKey(agency: agency, agencyKey: lead.key, measure: measure)] = n
                }
            }
        }
    }
}
