import Foundation
import GRDB

extension TaskStore {
    /// Activities in scope, filtered, with totals per unit and target group, in date order.
    public func activities(_ scope: PlanScope, filter: ActivityFilter = ActivityFilter()) throws -> ActivityReport {
        try read { db in
            let ids = try planIDs(scope, db)
            var conditions: [SQL] = ["a.live = 1", "t.retired = 0", Self.planScope("t", ids)]
            if let task = filter.task { conditions.append("t.key = \(task)") }
            if let agency = filter.agency {
                let agencies = try agencyIDs(matching: agency, planIDs: ids, db)
                conditions.append("t.id IN (SELECT task_id FROM task_lead WHERE agency_id IN \(agencies))")
            }
            if let group = filter.group {
                guard let resolved = try TargetGroups(plan: []).resolve(group)?.id ?? anyPlanGroup(db, group) else {
                    throw ChangeError.unknownGroup(group, suggestion: TargetGroups(plan: []).suggestion(for: group))
                }
                conditions.append("a.id IN (SELECT activity_id FROM activity_group WHERE target_group = \(resolved))")
            }
            if let from = filter.from { conditions.append("a.held_on >= \(from.iso)") }
            if let to = filter.to { conditions.append("a.held_on <= \(to.iso)") }
            let listed = try ActivityListing.fetchAll(db, SQLRequest(literal: SQL("""
                SELECT a.id, a.held_on, a.title, a.place, a.participants, a.unit, t.key AS task_key, p.key AS plan_key
                FROM activity a JOIN task t ON t.id = a.task_id JOIN plan p ON p.id = t.plan_id
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY a.held_on, p.key, a.id
                """)))
            let groups = try activityGroups(db, of: listed.map(\.id))
            return try ActivityReport(listed.map { $0.row(groups: groups[$0.id] ?? [:]) })
        }
    }

    /// The participants per target group of each activity of `ids`.
    private func activityGroups(_ db: Database, of ids: [Int64]) throws -> [Int64: [String: Int]] {
        var groups: [Int64: [String: Int]] = [:]
        // In slices: SQLite limits the arguments of one statement.
        for start in stride(from: 0, to: ids.count, by: 10_000) {
            let slice = ids[start..<min(start + 10_000, ids.count)]
            for group in try ActivityGroupRecord.fetchAll(db, SQLRequest(literal: SQL("SELECT * FROM activity_group WHERE activity_id IN \(slice)"))) {
                groups[group.activityID, default: [:]][group.targetGroup] = group.count
            }
        }
        return groups
    }

    private func anyPlanGroup(_ db: Database, _ text: String) throws -> String? {
        for id in try Int64.fetchAll(db, SQLRequest(literal: "SELECT id FROM plan")) {
            if let group = try targetGroups(db, planRowID: id).resolve(text) { return group.id }
        }
        return nil
    }

    /// Indicators in scope with their latest measurement on or before `asOf`.
    public func indicators(_ scope: PlanScope, asOf: CivilDate) throws -> [IndicatorRow] {
        try read { db in try indicatorRows(db, planIDs: try planIDs(scope, db), asOf: asOf) }
    }

    func indicatorRows(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> [IndicatorRow] {
        try IndicatorListing.fetchAll(db, SQLRequest(literal: SQL("""
            SELECT i.key, i.name, i.kind, i.of_what, i.unit, i.target_tenths, i.target_group, p.key AS plan_key,
                m.measured_on, m.value_tenths, m.numerator, m.denominator, m.source
            FROM indicator i JOIN plan p ON p.id = i.plan_id
            LEFT JOIN measurement m ON m.id = (
                SELECT id FROM measurement WHERE indicator_id = i.id AND live = 1 AND measured_on <= \(asOf.iso)
                ORDER BY measured_on DESC, id DESC LIMIT 1)
            WHERE i.retired = 0 AND \(Self.planScope("i", planIDs))
            ORDER BY p.province_key, p.commune_key, p.key, i.position
            """))).map(\.row)
    }

    /// Estimates, disbursements and settlements per funding source, as of `asOf`.
    public func budget(_ scope: PlanScope, asOf: CivilDate) throws -> BudgetReport {
        try read { db in try budgetReport(db, planIDs: try planIDs(scope, db), asOf: asOf) }
    }

    func budgetReport(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> BudgetReport {
        let scope = Self.planScope("t", planIDs)
        let rows: [BudgetRow]
        do {
            rows = try BudgetRow.fetchAll(db, SQLRequest(literal: SQL("""
                WITH est AS (
                    SELECT t.plan_id, t.funding_source AS source, SUM(t.estimate) AS amount FROM task t
                    WHERE t.retired = 0 AND t.estimate IS NOT NULL AND \(scope) GROUP BY t.plan_id, t.funding_source
                ), spent AS (
                    SELECT t.plan_id, s.source, SUM(CASE WHEN s.kind = 'disbursed' THEN s.amount ELSE 0 END) AS disbursed,
                        SUM(CASE WHEN s.kind = 'settled' THEN s.amount ELSE 0 END) AS settled
                    FROM spending s JOIN task t ON t.id = s.task_id
                    WHERE s.live = 1 AND s.spent_on <= \(asOf.iso) AND \(scope) GROUP BY t.plan_id, s.source
                ), keys AS (SELECT plan_id, source FROM est UNION SELECT plan_id, source FROM spent)
                SELECT COALESCE(k.source, '') AS source, CASE WHEN k.source IS NULL THEN '' ELSE COALESCE(MIN(f.name), k.source) END AS name,
                    SUM(COALESCE(e.amount, 0)) AS estimate, SUM(COALESCE(s.disbursed, 0)) AS disbursed,
                    SUM(COALESCE(s.settled, 0)) AS settled, 0 AS remaining
                FROM keys k LEFT JOIN est e ON e.plan_id = k.plan_id AND e.source IS k.source
                LEFT JOIN spent s ON s.plan_id = k.plan_id AND s.source IS k.source
                LEFT JOIN funding_source f ON f.plan_id = k.plan_id AND f.key = k.source
                GROUP BY COALESCE(k.source, '') ORDER BY source
                """)))
        } catch let error as DatabaseError where error.message == "integer overflow" {
            // SQLite's SUM refuses to overflow; say so in the user's words.
            throw RecordRefusal.totalTooLarge(.amount)
        }
        var planTotal: Int64?
        if let ids = planIDs, ids.count == 1 { planTotal = try planDocument(db, planRowID: ids[0])?.budget?.total }
        return try BudgetReport(rows, planTotal: planTotal)
    }

    /// `alias.plan_id` within the plans of `ids` (nil: every plan).
    static func planScope(_ alias: String, _ ids: [Int64]?) -> SQL {
        guard let ids else { return "1 = 1" }
        return "\(sql: alias).plan_id IN \(ids)"
    }
}
