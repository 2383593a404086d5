import Foundation
import GRDB

extension TaskStore {
    /// Activities in scope, filtered, with totals per unit and target group, in date order.
    public func activities(_ scope: PlanScope, filter: ActivityFilter = ActivityFilter()) throws -> ActivityReport {
        try read { db in
            let ids = try planIDs(scope, db)
            var conditions = ["a.live = 1", "t.retired = 0", StatusSQL.scope(planIDs: ids)]
            var arguments: [(any DatabaseValueConvertible)?] = []
            if let task = filter.task {
                conditions.append("t.key = ?")
                arguments.append(task)
            }
            if let agency = filter.agency {
                let agencies = try agencyIDs(matching: agency, planIDs: ids, db)
                conditions.append("t.id IN (SELECT task_id FROM task_lead WHERE agency_id IN (" + agencies.map(String.init).joined(separator: ", ") + "))")
            }
            if let group = filter.group {
                guard let resolved = try TargetGroups(plan: []).resolve(group)?.id ?? anyPlanGroup(db, group) else {
                    throw ChangeError.unknownGroup(group, suggestion: TargetGroups(plan: []).suggestion(for: group))
                }
                conditions.append("a.id IN (SELECT activity_id FROM activity_group WHERE target_group = ?)")
                arguments.append(resolved)
            }
            if let from = filter.from { conditions.append("a.held_on >= ?"); arguments.append(from.iso) }
            if let to = filter.to { conditions.append("a.held_on <= ?"); arguments.append(to.iso) }
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.*, t.key AS task_key, p.key AS plan_key,
                    (SELECT group_concat(g.target_group || '=' || g.count, ',') FROM activity_group g WHERE g.activity_id = a.id) AS groups
                FROM activity a JOIN task t ON t.id = a.task_id JOIN plan p ON p.id = t.plan_id
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY a.held_on, p.key, a.id
                """, arguments: StatementArguments(arguments))
            var report = ActivityReport(activities: [], people: 0, enrolments: 0, byGroup: [:], byGroupEnrolments: [:])
            for row in rows {
                var groups: [String: Int] = [:]
                for pair in ((row["groups"] as String?) ?? "").split(separator: ",") {
                    let parts = pair.split(separator: "=")
                    if parts.count == 2, let count = Int(parts[1]) { groups[String(parts[0])] = count }
                }
                let activity = ActivityRow(id: row["id"], plan: row["plan_key"], task: row["task_key"], date: CivilDate(iso: row["held_on"])!,
                                           title: row["title"], place: row["place"], participants: row["participants"],
                                           unit: row["unit"], groups: groups)
                report.activities.append(activity)
                if activity.unit == ParticipantUnit.enrolments.rawValue {
                    report.enrolments += activity.participants
                    report.byGroupEnrolments.merge(groups, uniquingKeysWith: +)
                } else {
                    report.people += activity.participants
                    report.byGroup.merge(groups, uniquingKeysWith: +)
                }
            }
            return report
        }
    }

    private func anyPlanGroup(_ db: Database, _ text: String) throws -> String? {
        for id in try Int64.fetchAll(db, sql: "SELECT id FROM plan") {
            if let group = try targetGroups(db, planRowID: id).resolve(text) { return group.id }
        }
        return nil
    }

    /// Indicators in scope with their latest measurement on or before `asOf`.
    public func indicators(_ scope: PlanScope, asOf: CivilDate) throws -> [IndicatorRow] {
        try read { db in try indicatorRows(db, planIDs: try planIDs(scope, db), asOf: asOf) }
    }

    func indicatorRows(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> [IndicatorRow] {
        let scope = StatusSQL.scope(planIDs: planIDs).replacingOccurrences(of: "t.plan_id", with: "i.plan_id")
        return try Row.fetchAll(db, sql: """
            SELECT i.*, p.key AS plan_key, m.measured_on, m.value_tenths, m.numerator, m.denominator, m.source
            FROM indicator i JOIN plan p ON p.id = i.plan_id
            LEFT JOIN measurement m ON m.id = (
                SELECT id FROM measurement WHERE indicator_id = i.id AND live = 1 AND measured_on <= ?
                ORDER BY measured_on DESC, id DESC LIMIT 1)
            WHERE i.retired = 0 AND \(scope)
            ORDER BY p.province_key, p.commune_key, p.key, i.position
            """, arguments: [asOf.iso]).map { row in
            var latest: IndicatorRow.Measurement?
            if let date = (row["measured_on"] as String?).flatMap(CivilDate.init(iso:)) {
                latest = .init(date: date, valueTenths: row["value_tenths"], numerator: row["numerator"],
                               denominator: row["denominator"], source: row["source"])
            }
            let target: Int = row["target_tenths"]
            let met = latest.map { measurement -> Bool in
                // Exact for a ratio: numerator / denominator ≥ target / 1000.
                if let n = measurement.numerator, let d = measurement.denominator { return n * 1000 >= target * d }
                return measurement.valueTenths >= target
            }
            return IndicatorRow(plan: row["plan_key"], id: row["key"], name: row["name"], kind: row["kind"], of: row["of_what"],
                                unit: row["unit"], targetTenths: target, targetGroup: row["target_group"], latest: latest, met: met)
        }
    }

    /// Estimates, disbursements and settlements per funding source, as of `asOf`.
    public func budget(_ scope: PlanScope, asOf: CivilDate) throws -> BudgetReport {
        try read { db in try budgetReport(db, planIDs: try planIDs(scope, db), asOf: asOf) }
    }

    func budgetReport(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> BudgetReport {
        let scope = StatusSQL.scope(planIDs: planIDs)
        let rows = try Row.fetchAll(db, sql: """
            WITH est AS (
                SELECT t.plan_id, t.funding_source AS source, SUM(t.estimate) AS amount FROM task t
                WHERE t.retired = 0 AND t.estimate IS NOT NULL AND \(scope) GROUP BY t.plan_id, t.funding_source
            ), spent AS (
                SELECT t.plan_id, s.source, SUM(CASE WHEN s.kind = 'disbursed' THEN s.amount ELSE 0 END) AS disbursed,
                    SUM(CASE WHEN s.kind = 'settled' THEN s.amount ELSE 0 END) AS settled
                FROM spending s JOIN task t ON t.id = s.task_id
                WHERE s.live = 1 AND s.spent_on <= ? AND \(scope) GROUP BY t.plan_id, s.source
            ), keys AS (SELECT plan_id, source FROM est UNION SELECT plan_id, source FROM spent)
            SELECT COALESCE(k.source, '') AS source, COALESCE(MIN(f.name), k.source, '') AS name,
                SUM(COALESCE(e.amount, 0)) AS estimate, SUM(COALESCE(s.disbursed, 0)) AS disbursed,
                SUM(COALESCE(s.settled, 0)) AS settled
            FROM keys k LEFT JOIN est e ON e.plan_id = k.plan_id AND e.source IS k.source
            LEFT JOIN spent s ON s.plan_id = k.plan_id AND s.source IS k.source
            LEFT JOIN funding_source f ON f.plan_id = k.plan_id AND f.key = k.source
            GROUP BY COALESCE(k.source, '') ORDER BY source
            """, arguments: [asOf.iso])
        let sources = rows.map { row -> BudgetRow in
            let estimate: Int64 = row["estimate"], disbursed: Int64 = row["disbursed"]
            let source: String = row["source"]
            return BudgetRow(source: source, name: source.isEmpty ? "" : row["name"], estimate: estimate, disbursed: disbursed,
                             settled: row["settled"], remaining: estimate - disbursed)
        }
        var planTotal: Int64?
        if let ids = planIDs, ids.count == 1,
           let json = try String.fetchOne(db, sql: "SELECT document_json FROM plan WHERE id = ?", arguments: [ids[0]]) {
            planTotal = (try? JSONDecoder().decode(PlanDocument.self, from: Data(json.utf8)))?.budget?.total
        }
        return BudgetReport(sources: sources, estimate: sources.reduce(0) { $0 + $1.estimate },
                            disbursed: sources.reduce(0) { $0 + $1.disbursed }, settled: sources.reduce(0) { $0 + $1.settled },
                            remaining: sources.reduce(0) { $0 + $1.remaining }, planTotal: planTotal)
    }
}
