import GRDB

/// What a package's tasks add to the status tallies when none of its plans is here yet (a
/// commune's first package), counted from the payload alone on the import's reader thread
/// (`PackagePayloadChecker`), so that the writing connection neither reads the merged
/// tasks back nor counts their groups: at 1M tasks these were a fifth of its work. The
/// counts are kept with the payload's row ids for plans and agencies; once the package is
/// merged (`PackageMerge+New`), `counts` gives them this database's ids from the `map_*`
/// tables. A first package's plans and agencies are new rows, so their tally rows are
/// inserted, not added to existing ones (`StatusTally.Accumulator.freshPlans`).
struct PackagePayloadTally: Sendable {
    private let counts: StatusTally.Accumulator

    /// Counts the live tasks of the payload attached as `schema` (already checked: every
    /// reference points at a row it carries).
    init(_ db: Database, schema: String) throws {
        var counts = StatusTally.Accumulator()
        counts.add(StatusGroup.groups(try StatusFacts.fetch(db, where: "1", arguments: [], schema: schema)), sign: 1)
        self.counts = counts
    }

    /// The counts with this database's ids, read from the translations of the package's
    /// merge (`temp.map_plan`, `temp.map_agency`); nil when one is missing (the caller then
    /// reads the merged tasks back instead).
    func counts(_ db: Database) throws -> StatusTally.Accumulator? {
        let plans = try Self.map(db, PackageStaging.map("plan"))
        let agencies = try Self.map(db, PackageStaging.map("agency"))
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
        // By the agency's key, national: added to the rows of every commune.
        result.leadDelta = counts.leadDelta
        result.freshPlans = Set(plans.values)
        result.freshAgencies = Set(agencies.values)
        return result
    }

    private static func map(_ db: Database, _ table: String) throws -> [Int64: Int64] {
        var map: [Int64: Int64] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT pkg_id, local_id FROM \(table)"))
        while let row = try rows.next() { map[row[0]] = row[1] }
        return map
    }
}
