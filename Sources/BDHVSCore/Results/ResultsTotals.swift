/// Adding results up: from the rows the store returns per plan (or village) to an area's
/// result, and areas to a larger one. Every sum is checked; coverage is always Σ confirmed
/// over Σ population, never an average of rates.
struct ResultsTotals {
    /// The results of one area being added up.
    struct Area {
        var groups: [String: GroupResult] = [:]
        var units: [String: Int64] = [:]
        var teams = TeamResult.none
        /// Communes without population, per group (1 or 0 for one commune).
        var withoutPopulation: [String: Int] = [:]
    }

    static func add(_ a: Int64, _ b: Int64) throws -> Int64 {
        let (sum, overflow) = a.addingReportingOverflow(b)
        if overflow { throw ResultsRefusal.totalTooLarge }
        return sum
    }

    /// A commune's (or village's) own area from the figures, units and teams of it, with
    /// its targets (tenths of a percent, by national group).
    static func area(figures: [FigureTotal], units: [UnitTotal], teams: TeamTotal?, villages: Int64,
                     targets: [String: Int], countsMissingPopulation: Bool) throws -> Area {
        var area = Area()
        for key in TargetGroups.nationalKeys {
            let population = figures.first { $0.kind == .population && $0.group == key }?.count
            let confirmed = figures.first { $0.kind == .confirmed && $0.group == key }?.count ?? 0
            area.groups[key] = GroupResult(group: key, name: name(key), population: population, confirmed: confirmed,
                                           confirmedWithPopulation: population == nil ? 0 : confirmed, targetTenths: targets[key])
            if countsMissingPopulation && population == nil { area.withoutPopulation[key] = 1 }
        }
        for unit in units { area.units[unit.unit] = try add(area.units[unit.unit] ?? 0, unit.total) }
        area.teams = TeamResult(count: teams?.teams ?? 0, villages: villages, villagesWithTeam: teams?.villagesWithTeam ?? 0,
                                members: teams?.members ?? 0)
        return area
    }

    /// Areas added into one: populations of the areas that have one, confirmed persons of
    /// all (and, for the rate, of those with population), units per unit, teams.
    static func combine(_ areas: [Area]) throws -> Area {
        var total = Area()
        for key in TargetGroups.nationalKeys {
            var result = GroupResult(group: key, name: name(key), population: nil, confirmed: 0, confirmedWithPopulation: 0, targetTenths: nil)
            var targets: Set<Int> = []
            for area in areas {
                guard let group = area.groups[key] else { continue }
                if let population = group.population { result.population = try add(result.population ?? 0, population) }
                result.confirmed = try add(result.confirmed, group.confirmed)
                result.confirmedWithPopulation = try add(result.confirmedWithPopulation, group.confirmedWithPopulation)
                if let target = group.targetTenths { targets.insert(target) }
            }
            result.targetTenths = targets.count == 1 ? targets.first : nil
            total.groups[key] = result
            total.withoutPopulation[key] = areas.reduce(0) { $0 + ($1.withoutPopulation[key] ?? 0) }
        }
        for area in areas {
            for (unit, value) in area.units { total.units[unit] = try add(total.units[unit] ?? 0, value) }
            total.teams = TeamResult(count: try add(total.teams.count, area.teams.count),
                                     villages: try add(total.teams.villages, area.teams.villages),
                                     villagesWithTeam: try add(total.teams.villagesWithTeam, area.teams.villagesWithTeam),
                                     members: try add(total.teams.members, area.teams.members))
        }
        return total
    }

    /// The national groups' results in catalogue order.
    static func ordered(_ area: Area) -> [GroupResult] {
        TargetGroups.nationalKeys.compactMap { area.groups[$0] }
    }

    static func name(_ key: String) -> String {
        TargetGroups.standard.first { $0.id == key }?.name ?? key
    }
}
