import GRDB

extension TaskStore {
    /// The results of the plans in scope as of a day: a few grouped queries (figures,
    /// units, teams, villages, targets) whatever the number of communes, added up here.
    public func results(_ query: ResultsQuery) throws -> ResultsReport {
        try read { db in
            let ids = try planIDs(query.scope, db)
            let inScope = try planPlaces(db, ids: ids)
            let plans = query.scope.plan == nil ? ResultsQuery.current(inScope, year: query.asOf.year) : inScope
            // Every plan: no list of ids in the statements (a national query names none).
            let chosen: [Int64]? = ids == nil && plans.count == inScope.count ? nil : plans.map(\.rowID)
            let communes = try communeAreas(db, plans: plans, chosen: chosen, asOf: query.asOf)
            let total = try ResultsTotals.combine(plans.compactMap { communes[$0.rowID] })
            var rows: [ResultsRow] = []
            switch query.by {
            case .commune?:
                rows = plans.compactMap { plan in communes[plan.rowID].map { row(.commune, plan.key, plan.commune, plan.province, $0) } }
            case .province?:
                let provinces = Dictionary(grouping: plans, by: \.provinceKey)
                for key in provinces.keys.sorted() {
                    let members = provinces[key] ?? []
                    let area = try ResultsTotals.combine(members.compactMap { communes[$0.rowID] })
                    rows.append(row(.province, key, members.first?.province ?? key, nil, area))
                }
            case .village?:
                rows = try villageRows(db, plans: plans, chosen: chosen, asOf: query.asOf)
            case nil:
                break
            }
            return ResultsReport(groups: ResultsTotals.ordered(total), units: total.units, teams: total.teams, rows: rows,
                                 asOf: query.asOf, communes: plans.count, communesWithoutPopulation: total.withoutPopulation)
        }
    }

    /// Each plan's own results, by plan row id.
    private func communeAreas(_ db: Database, plans: [PlanPlaceRow], chosen: [Int64]?, asOf: CivilDate) throws -> [Int64: ResultsTotals.Area] {
        let figures = Dictionary(grouping: try figureTotals(db, planIDs: chosen, asOf: asOf, byVillage: false), by: \.planRowID)
        let units = Dictionary(grouping: try unitTotals(db, planIDs: chosen, asOf: asOf, byVillage: false), by: \.planRowID)
        let teams = Dictionary(grouping: try teamTotals(db, planIDs: chosen, asOf: asOf, byVillage: false), by: \.planRowID)
        let villages = try villageCounts(db, planIDs: chosen)
        let targets = try targetsByPlan(db, chosen)
        var areas: [Int64: ResultsTotals.Area] = [:]
        for plan in plans {
            areas[plan.rowID] = try ResultsTotals.area(
                figures: figures[plan.rowID] ?? [], units: units[plan.rowID] ?? [], teams: teams[plan.rowID]?.first,
                villages: villages[plan.rowID] ?? 0, targets: targets[plan.rowID] ?? [:], countsMissingPopulation: true)
        }
        return areas
    }

    /// One row per village of the plans (and per village id records name that the plan no
    /// longer lists), in plan and file order.
    private func villageRows(_ db: Database, plans: [PlanPlaceRow], chosen: [Int64]?, asOf: CivilDate) throws -> [ResultsRow] {
        let figures = Dictionary(grouping: try figureTotals(db, planIDs: chosen, asOf: asOf, byVillage: true)) { VillageID($0.planRowID, $0.village) }
        let units = Dictionary(grouping: try unitTotals(db, planIDs: chosen, asOf: asOf, byVillage: true)) { VillageID($0.planRowID, $0.village) }
        let teams = Dictionary(grouping: try teamTotals(db, planIDs: chosen, asOf: asOf, byVillage: true)) { VillageID($0.planRowID, $0.village) }
        let listed = Dictionary(grouping: try villages(db, planIDs: chosen), by: \.planRowID)
        let targets = try targetsByPlan(db, chosen)
        var rows: [ResultsRow] = []
        for plan in plans {
            var names = (listed[plan.rowID] ?? []).map { ($0.key, "\($0.kind.capitalizedFirst) \($0.name)") }
            let known = Set(names.map(\.0))
            let recorded = Set(figures.keys.map(\.self) + units.keys.map(\.self) + teams.keys.map(\.self))
                .filter { $0.plan == plan.rowID && !known.contains($0.village) }.map(\.village).sorted()
            names += recorded.map { ($0, $0) }
            for (key, name) in names {
                let id = VillageID(plan.rowID, key)
                let area = try ResultsTotals.area(figures: figures[id] ?? [], units: units[id] ?? [], teams: teams[id]?.first,
                                                  villages: known.contains(key) ? 1 : 0, targets: targets[plan.rowID] ?? [:],
                                                  countsMissingPopulation: false)
                rows.append(row(.village, key, name, plan.commune, area))
            }
        }
        return rows
    }

    /// Each plan's target per national group: its first percent indicator of the group.
    private func targetsByPlan(_ db: Database, _ chosen: [Int64]?) throws -> [Int64: [String: Int]] {
        var targets: [Int64: [String: Int]] = [:]
        for target in try groupTargets(db, planIDs: chosen) {
            guard let key = TargetGroups.nationalKey(target.group), targets[target.planRowID]?[key] == nil else { continue }
            targets[target.planRowID, default: [:]][key] = target.targetTenths
        }
        return targets
    }

    private func row(_ level: ResultsRow.Level, _ key: String, _ name: String, _ within: String?, _ area: ResultsTotals.Area) -> ResultsRow {
        ResultsRow(level: level, key: key, name: name, within: within, groups: ResultsTotals.ordered(area), units: area.units, teams: area.teams)
    }
}

/// A village of a plan, as the results group by.
private struct VillageID: Hashable {
    var plan: Int64
    var village: String

    init(_ plan: Int64, _ village: String?) {
        self.plan = plan
        self.village = village ?? ""
    }
}

private extension String {
    /// "thôn" → "Thôn".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
