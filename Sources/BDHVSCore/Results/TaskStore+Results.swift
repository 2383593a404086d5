import GRDB

extension TaskStore {
    /// The results of the plans in scope as of a day: a few grouped queries (figures,
    /// units, teams, villages, targets) whatever the number of communes, added up here.
    /// Those of many communes read their figures (most of the work) in two halves at once,
    /// on two connections (`alongside`, issue 12): from 1,000 plans on, since opening the
    /// second connection costs more than it saves for fewer (at 1M tasks, one province's 96
    /// communes took 21.4 ms in halves against 20.3 ms alone; the country's 3,321, 284 ms
    /// against 311).
    public func results(_ query: ResultsQuery) throws -> ResultsReport {
        try results(query, plansReadInHalves: 1_000)
    }

    /// `results`, whose figures are read in two halves from `plansReadInHalves` plans on.
    func results(_ query: ResultsQuery, plansReadInHalves: Int) throws -> ResultsReport {
        let start: ResultsStart = try read { db in
            let (plans, chosen) = try resultPlans(db, query)
            if reopen != nil, query.by != .village, plans.count >= max(plansReadInHalves, 2) {
                return .halves(plans: plans, chosen: chosen, version: try Self.dataVersion(db))
            }
            return .done(try resultsAlone(db, query, plans: plans, chosen: chosen))
        }
        guard case .halves(let plans, let chosen, let version) = start else {
            if case .done(let report) = start { return report }
            preconditionFailure("a start is done or in halves")
        }
        let (first, second) = Self.figureHalves(plans: plans, chosen: chosen)
        let asOf = query.asOf
        let later = FigureBox()
        let communes = try alongside(sameAs: version, second: { [self] db in
            later.figures = try figureTotals(db, planIDs: second.ids, asOf: asOf, byVillage: false, from: second.from)
        }, first: { db in
            let figures = try figureTotals(db, planIDs: first.ids, asOf: asOf, byVillage: false, below: first.below)
            // The second half's figures are there once `alongside` returns: the areas are added up after.
            return (figures, try communeInputs(db, chosen: chosen, asOf: asOf))
        }).map { figures, inputs in try inputs.areas(plans, figures: figures + later.figures) }
        // The database changed since the plans were read: read it all again, alone.
        guard let communes else {
            return try read { db in
                let (plans, chosen) = try resultPlans(db, query)
                return try resultsAlone(db, query, plans: plans, chosen: chosen)
            }
        }
        return try report(query, plans: plans, communes: communes, villageRows: [])
    }

    /// The results of `plans` read on this connection alone.
    private func resultsAlone(_ db: Database, _ query: ResultsQuery, plans: [PlanPlaceRow], chosen: [Int64]?) throws -> ResultsReport {
        let figures = try figureTotals(db, planIDs: chosen, asOf: query.asOf, byVillage: false)
        let villageRows = query.by == .village ? try villageRows(db, plans: plans, chosen: chosen, asOf: query.asOf) : []
        let communes = try communeInputs(db, chosen: chosen, asOf: query.asOf).areas(plans, figures: figures)
        return try report(query, plans: plans, communes: communes, villageRows: villageRows)
    }

    /// The plans that count and, when not every plan does, their row ids.
    private func resultPlans(_ db: Database, _ query: ResultsQuery) throws -> (plans: [PlanPlaceRow], chosen: [Int64]?) {
        let ids = try planIDs(query.scope, db)
        let inScope = try planPlaces(db, ids: ids)
        let plans = query.scope.plan == nil ? ResultsQuery.current(inScope, year: query.asOf.year) : inScope
        // Every plan: no list of ids in the statements (a national query names none).
        return (plans, ids == nil && plans.count == inScope.count ? nil : plans.map(\.rowID))
    }

    /// The plans' figures in two parts: the chosen row ids cut in two, or (every plan) the
    /// row ids below and from the one where the cut falls. The first connection takes 44 %
    /// of the plans: it also reads the teams, villages and targets, and the second opens its
    /// connection first (at a million tasks a province's first thread was 53 M instructions
    /// after the cut and the second 45 M with halves).
    private static func figureHalves(plans: [PlanPlaceRow], chosen: [Int64]?)
        -> (first: (ids: [Int64]?, below: Int64?), second: (ids: [Int64]?, from: Int64?)) {
        if let chosen {
            let cut = max(1, chosen.count * 44 / 100)
            return ((Array(chosen[..<cut]), nil), (Array(chosen[cut...]), nil))
        }
        let rowIDs = plans.map(\.rowID).sorted()
        let cut = rowIDs[max(1, rowIDs.count * 44 / 100)]
        return ((nil, cut), (nil, cut))
    }

    private func report(_ query: ResultsQuery, plans: [PlanPlaceRow], communes: [Int64: ResultsTotals.Area],
                        villageRows: [ResultsRow]) throws -> ResultsReport {
        let total = try ResultsTotals.combine(plans.compactMap { communes[$0.rowID] })
        var rows: [ResultsRow] = []
        switch query.by {
        case .commune?:
            rows = plans.compactMap { plan in communes[plan.rowID].map { row(.commune, plan.key, plan.place, plan.province, $0) } }
        case .province?:
            let provinces = Dictionary(grouping: plans, by: \.provinceKey)
            for key in provinces.keys.sorted() {
                let members = provinces[key] ?? []
                let area = try ResultsTotals.combine(members.compactMap { communes[$0.rowID] })
                rows.append(row(.province, key, members.first?.province ?? key, nil, area))
            }
        case .village?:
            rows = villageRows
        case nil:
            break
        }
        return ResultsReport(groups: ResultsTotals.ordered(total), units: total.units, teams: total.teams, rows: rows,
                             asOf: query.asOf, communes: plans.count, communesWithoutPopulation: total.withoutPopulation)
    }

    /// What each plan's results are made of besides its figures.
    private func communeInputs(_ db: Database, chosen: [Int64]?, asOf: CivilDate) throws -> CommuneInputs {
        CommuneInputs(units: Dictionary(grouping: try unitTotals(db, planIDs: chosen, asOf: asOf, byVillage: false), by: \.planRowID),
                      teams: Dictionary(grouping: try teamTotals(db, planIDs: chosen, asOf: asOf, byVillage: false), by: \.planRowID),
                      villages: try villageCounts(db, planIDs: chosen), targets: try targetsByPlan(db, chosen))
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
            var names = (listed[plan.rowID] ?? []).map { ($0.key, $0.shown) }
            let known = Set(names.map(\.0))
            let recorded = Set(figures.keys.map(\.self) + units.keys.map(\.self) + teams.keys.map(\.self))
                .filter { $0.plan == plan.rowID && !known.contains($0.village) }.map(\.village).sorted()
            names += recorded.map { ($0, $0) }
            for (key, name) in names {
                let id = VillageID(plan.rowID, key)
                let area = try ResultsTotals.area(figures: figures[id] ?? [], units: units[id] ?? [], teams: teams[id]?.first,
                                                  villages: known.contains(key) ? 1 : 0, targets: targets[plan.rowID] ?? [:],
                                                  countsMissingPopulation: false)
                rows.append(row(.village, key, name, plan.place, area))
            }
        }
        return rows
    }

    /// Each plan's target per national group: that of its indicator of the group (`groupIndicators`).
    private func targetsByPlan(_ db: Database, _ chosen: [Int64]?) throws -> [Int64: [String: Int]] {
        try groupIndicators(db, planIDs: chosen).mapValues { $0.mapValues(\.targetTenths) }
    }

    private func row(_ level: ResultsRow.Level, _ key: String, _ name: String, _ within: String?, _ area: ResultsTotals.Area) -> ResultsRow {
        ResultsRow(level: level, key: key, name: name, within: within, groups: ResultsTotals.ordered(area), units: area.units, teams: area.teams)
    }
}

/// The rows each plan's results are made of, besides its figures, by plan row id.
private struct CommuneInputs {
    var units: [Int64: [UnitTotal]]
    var teams: [Int64: [TeamTotal]]
    var villages: [Int64: Int64]
    var targets: [Int64: [String: Int]]

    /// Each plan's own results, by plan row id.
    func areas(_ plans: [PlanPlaceRow], figures: [FigureTotal]) throws -> [Int64: ResultsTotals.Area] {
        let figures = Dictionary(grouping: figures, by: \.planRowID)
        var areas: [Int64: ResultsTotals.Area] = [:]
        for plan in plans {
            areas[plan.rowID] = try ResultsTotals.area(
                figures: figures[plan.rowID] ?? [], units: units[plan.rowID] ?? [], teams: teams[plan.rowID]?.first,
                villages: villages[plan.rowID] ?? 0, targets: targets[plan.rowID] ?? [:], countsMissingPopulation: true)
        }
        return areas
    }
}

/// How `results` begins: the report itself, or the plans whose figures are read in halves.
private enum ResultsStart {
    case done(ResultsReport)
    case halves(plans: [PlanPlaceRow], chosen: [Int64]?, version: Int)
}

/// The figures of the second half, set on the thread that reads them and read once it has ended.
private final class FigureBox: @unchecked Sendable {
    var figures: [FigureTotal] = []
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
