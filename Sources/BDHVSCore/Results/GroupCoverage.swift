import GRDB

/// A plan's result for one national target group as of a day, as `results` and the
/// report's group table count it (`ResultsTotals.area`), and the day of the latest figure
/// it is made of. The group's indicator (`groupIndicators`), when it has no measurement of
/// its own, takes its value from here (`IndicatorListing.row`), so the indicator table and
/// the group table of one report never disagree.
struct GroupCoverage {
    var result: GroupResult
    var day: CivilDate

    /// The coverage as a measurement of a percent indicator; nil without population.
    var measurement: IndicatorRow.Measurement? {
        guard let population = result.population, population > 0 else { return nil }
        let confirmed = result.confirmedWithPopulation
        let (scaled, overflow) = confirmed.multipliedReportingOverflow(by: 1000)
        guard !overflow, let numerator = Int(exactly: confirmed), let denominator = Int(exactly: population) else { return nil }
        return .init(date: day, valueTenths: Int((scaled + population / 2) / population), numerator: numerator,
                     denominator: denominator, source: nil)
    }
}

extension TaskStore {
    /// Each plan's indicator per national group, by plan row id and group key: its first
    /// live percent indicator of the group (or of a group of its own that belongs to it),
    /// in file order. `results` takes the group's target from it, and it is the group's
    /// coverage when it has no measurement of its own: a later one of the group (adults
    /// with a smartphone) measures something else.
    func groupIndicators(_ db: Database, planIDs: [Int64]?) throws -> [Int64: [String: GroupTarget]] {
        var indicators: [Int64: [String: GroupTarget]] = [:]
        for target in try groupTargets(db, planIDs: planIDs) {
            guard let key = TargetGroups.nationalKey(target.group), indicators[target.planRowID]?[key] == nil else { continue }
            indicators[target.planRowID, default: [:]][key] = target
        }
        return indicators
    }

    /// Each plan's result per national group as of `asOf`, by plan row id and group key.
    func groupCoverages(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> [Int64: [String: GroupCoverage]] {
        let figures = Dictionary(grouping: try figureTotals(db, planIDs: planIDs, asOf: asOf, byVillage: false), by: \.planRowID)
        let days = try latestFigureDays(db, planIDs: planIDs, asOf: asOf)
        var coverages: [Int64: [String: GroupCoverage]] = [:]
        for (plan, rows) in figures {
            let area = try ResultsTotals.area(figures: rows, units: [], teams: nil, villages: 0, targets: [:], countsMissingPopulation: false)
            for (key, result) in area.groups {
                guard let day = days[plan]?[key] else { continue }
                coverages[plan, default: [:]][key] = GroupCoverage(result: result, day: day)
            }
        }
        return coverages
    }
}
