import Foundation
import GRDB

// The record reports: the store reads the rows (Store/RecordQueries), this layer resolves
// what the user named, refuses what it cannot, and totals the rows into reports.

extension TaskStore {
    /// Activities in scope, filtered, with totals per unit and target group, in date order.
    public func activities(_ scope: PlanScope, filter: ActivityFilter = ActivityFilter()) throws -> ActivityReport {
        try read { db in
            let ids = try planIDs(scope, db)
            if let from = filter.from, let to = filter.to, from > to { throw RecordRefusal.reversedDates(from: from, to: to) }
            // An unknown task is said, as a change of it would say it, not an empty list.
            if let task = filter.task, try taskStates(db, key: task, planIDs: ids).isEmpty {
                throw ChangeError.unknownTask(task, plan: scope.plan, suggestion: Suggestion.closest(to: task, among: try taskKeys(db, planIDs: ids)))
            }
            var selection = ActivitySelection(planIDs: ids, taskKey: filter.task, from: filter.from, to: filter.to)
            if let agency = filter.agency { selection.agencyIDs = try agencyIDs(matching: agency, planIDs: ids, db) }
            if let group = filter.group {
                guard let resolved = try TargetGroups(plan: []).resolve(group)?.id ?? anyPlanGroup(db, group) else {
                    throw ChangeError.unknownGroup(group, suggestion: TargetGroups(plan: []).suggestion(for: group))
                }
                selection.targetGroup = resolved
            }
            let listed = try activityListings(db, selection)
            let groups = try activityGroups(db, of: listed.map(\.id))
            return try ActivityReport(listed.map { $0.row(groups: groups[$0.id] ?? [:]) })
        }
    }

    private func anyPlanGroup(_ db: Database, _ text: String) throws -> String? {
        for id in try allPlanRowIDs(db) {
            if let group = try targetGroups(db, planRowID: id).resolve(text) { return group.id }
        }
        return nil
    }

    /// Indicators in scope with their latest measurement on or before `asOf`.
    public func indicators(_ scope: PlanScope, asOf: CivilDate) throws -> [IndicatorRow] {
        try read { db in try indicatorRows(db, planIDs: try planIDs(scope, db), asOf: asOf) }
    }

    func indicatorRows(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> [IndicatorRow] {
        let listings = try indicatorListings(db, planIDs: planIDs, asOf: asOf)
        // A group's indicator without a measurement of its own is that group's coverage, as `results` shows it.
        guard listings.contains(where: \.mayTakeGroupCoverage) else { return listings.map { $0.row(asOf: asOf) } }
        var groupOf: [Int64: [String: String]] = [:]
        for (plan, groups) in try groupIndicators(db, planIDs: planIDs) {
            for (group, target) in groups { groupOf[plan, default: [:]][target.indicator] = group }
        }
        let coverages = try groupCoverages(db, planIDs: planIDs, asOf: asOf)
        return listings.map { listing in
            listing.row(asOf: asOf, coverage: groupOf[listing.planRowID]?[listing.key].flatMap { coverages[listing.planRowID]?[$0] })
        }
    }

    /// Estimates, disbursements and settlements per funding source, as of `asOf`.
    public func budget(_ scope: PlanScope, asOf: CivilDate) throws -> BudgetReport {
        try read { db in try budgetReport(db, planIDs: try planIDs(scope, db), asOf: asOf) }
    }

    func budgetReport(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> BudgetReport {
        let rows: [BudgetRow]
        // Over several plans, each plan's overspent sources, named by commune (one plan,
        // named or the only one, is the table's).
        var places: [BudgetOverrun]?
        do {
            rows = try budgetSourceTotals(db, planIDs: planIDs, asOf: asOf).map {
                BudgetRow(source: $0.source, name: $0.name, estimate: $0.estimate, disbursed: $0.disbursed, settled: $0.settled, remaining: 0)
            }
            if try planIDs.map({ $0.count > 1 }) ?? (Int.fetchOne(db, sql: "SELECT COUNT(*) FROM plan") ?? 0 > 1) {
                places = try budgetOverrunsByPlan(db, planIDs: planIDs, asOf: asOf).map {
                    BudgetOverrun(source: $0.name, estimate: $0.estimate, disbursed: $0.disbursed,
                                  place: PlaceName(kind: $0.communeKind, name: $0.commune).shown, plan: $0.plan)
                }
            }
        } catch let error as DatabaseError where error.message == "integer overflow" {
            // SQLite's SUM refuses to overflow; say so in the user's words.
            throw RecordRefusal.totalTooLarge(.amount)
        }
        var planTotal: Int64?
        if let ids = planIDs, ids.count == 1 { planTotal = try planBudgetTotal(db, planRowID: ids[0]) }
        var report = try BudgetReport(rows, planTotal: planTotal)
        report.placeOverruns = places
        return report
    }
}
