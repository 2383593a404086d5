/// The results of an area (a plan, a commune, a province, the country) as officials count
/// them: per national target group the population, the persons confirmed, the coverage
/// and the target; per unit the activities' total (units never added together); the
/// community digital teams; and with a breakdown, one row per village, commune or
/// province. The JSON keys are the ones issue 13 fixes.
public struct ResultsReport: Encodable, Sendable, Equatable {
    public var groups: [GroupResult]
    /// Activity totals by unit ("người", "lượt", "khóa" …).
    public var units: [String: Int64]
    public var teams: TeamResult
    public var rows: [ResultsRow]

    /// The day the figures are as of.
    public var asOf: CivilDate
    /// The communes (plans) counted.
    public var communes: Int
    /// Per national group, the communes without a population figure: listed in the rows,
    /// left out of the coverage.
    public var communesWithoutPopulation: [String: Int]

    enum CodingKeys: String, CodingKey { case groups, units, teams, rows }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(groups, forKey: .groups)
        try container.encode(units, forKey: .units)
        try container.encode(teams, forKey: .teams)
        try container.encode(rows, forKey: .rows)
    }
}

/// One national target group's result.
public struct GroupResult: Encodable, Sendable, Equatable {
    /// The national key (`nguoi-dan`, `hoc-sinh-sinh-vien`, `cbccvc`, `lao-dong-doanh-nghiep`).
    public var group: String
    public var name: String
    /// Σ population of the communes that have one; nil when none has.
    public var population: Int64?
    /// Σ persons confirmed (the latest running total of each place).
    public var confirmed: Int64
    /// Persons confirmed in the communes with a population, over their population.
    public var confirmedWithPopulation: Int64
    /// The plan's target in tenths of a percent; nil without one, or when the communes'
    /// targets differ.
    public var targetTenths: Int?

    /// Confirmed ÷ population as a fraction (6 decimals), or nil without population.
    public var coverage: Double? {
        guard let population, population > 0 else { return nil }
        let (scaled, overflow) = confirmedWithPopulation.multipliedReportingOverflow(by: 1_000_000)
        guard !overflow else { return Double(confirmedWithPopulation) / Double(population) }
        return Double((scaled + population / 2) / population) / 1_000_000
    }

    /// Whether the coverage reaches the target, compared exactly in integers; nil without
    /// either.
    public var met: Bool? {
        guard let population, population > 0, let targetTenths else { return nil }
        let (left, o1) = confirmedWithPopulation.multipliedReportingOverflow(by: 1000)
        let (right, o2) = Int64(targetTenths).multipliedReportingOverflow(by: population)
        guard !o1, !o2 else { return nil }
        return left >= right
    }

    enum CodingKeys: String, CodingKey { case group, name, population, confirmed, coverage, target, met }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(group, forKey: .group)
        try container.encode(name, forKey: .name)
        try container.encode(population, forKey: .population)
        try container.encode(confirmed, forKey: .confirmed)
        try container.encode(coverage, forKey: .coverage)
        // A percentage, as the plan writes it: 85 or 85.5.
        try container.encode(targetTenths.map { Double($0) / 10 }, forKey: .target)
        try container.encode(met, forKey: .met)
    }
}

/// The community digital teams of an area.
public struct TeamResult: Encodable, Sendable, Equatable {
    public var count: Int64
    /// Villages of the plans in the area.
    public var villages: Int64
    public var villagesWithTeam: Int64
    public var members: Int64

    public static let none = TeamResult(count: 0, villages: 0, villagesWithTeam: 0, members: 0)

    enum CodingKeys: String, CodingKey { case count, villages, villagesWithTeam = "villages_with_team", members }
}

/// One row of a breakdown: a village, a commune or a province.
public struct ResultsRow: Encodable, Sendable, Equatable {
    public enum Level: String, Encodable, Sendable, CaseIterable { case village, commune, province }

    public var level: Level
    /// The village id, the plan id, or the province's folded name.
    public var key: String
    public var name: String
    /// The commune (for a village) or province (for a commune) it is part of.
    public var within: String?
    public var groups: [GroupResult]
    public var units: [String: Int64]
    public var teams: TeamResult

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(level, forKey: .level)
        try container.encode(key, forKey: .key)
        try container.encode(name, forKey: .name)
        try container.encode(within, forKey: .within)
        try container.encode(groups, forKey: .groups)
        try container.encode(units, forKey: .units)
        try container.encode(teams, forKey: .teams)
    }

    enum CodingKeys: String, CodingKey { case level, key, name, within, groups, units, teams }
}
