import Foundation
import GRDB

extension StatusQuery {
    /// The plans with counted tasks, from totals, by province, commune, year, as `planRows`.
    func planRows(_ totals: StatusTotals) throws -> [PlanStatusRow] {
        // Only the plans in scope: a province's are a few dozen of the country's thousands.
        let inScope: SQL = planIDs.map { "WHERE id IN \($0)" } ?? ""
        return try SQLRequest<Row>(literal: """
            SELECT id, key, commune, commune_kind, province, year FROM plan \(inScope) ORDER BY province_key, commune_key, year, key
            """).fetchAll(db).compactMap { row in
            guard let plan = totals.plans[row["id"]], plan.counts.values.contains(where: { $0 != 0 }) else { return nil }
            var counts = [TaskCategory: Int].zeroed()
            for (category, n) in plan.counts { counts[category] = n }
            return PlanStatusRow(plan: row["key"], commune: row["commune"], communeKind: row["commune_kind"], province: row["province"],
                                 year: row["year"], counts: counts, total: counts.values.reduce(0, +), overdue: counts[.overdue] ?? 0,
                                 worstDaysOverdue: plan.worst)
        }
    }

    /// Tasks and sub-tasks per kind of lead body, from totals, as `leadCounts`; a kind is
    /// shown by the name its bodies that lead counted tasks share.
    func leadCounts(_ totals: StatusTotals) throws -> [LeadCount] {
        // The bodies that lead counted leaves: those the tallies count, corrected for the
        // groups changed since the as-of date.
        var names: [String: [String]] = [:]
        var seen = Set<Int64>()
        let inPlans: SQL = planIDs.map { "AND a.plan_id IN \($0)" } ?? ""
        let rows = try SQLRequest<Row>(literal: """
            SELECT a.id, a.key, a.name, f.n FROM lead_final f JOIN agency a ON a.id = f.agency_id
            WHERE f.measure = 'total' \(inPlans) ORDER BY a.key, a.name
            """).fetchCursor(db)
        var distinct: [String: Set<String>] = [:]
        while let row = try rows.next() {
            let id: Int64 = row[0], n: Int = row[3]
            seen.insert(id)
            guard n + (totals.agencyLeaves[id] ?? 0) > 0 else { continue }
            let key: String = row[1], name: String = row[2]
            if distinct[key, default: []].insert(name).inserted { names[key, default: []].append(name) }
        }
        for (id, n) in totals.agencyLeaves where n > 0 && !seen.contains(id) {
            if let row = try Row.fetchOne(db, sql: "SELECT key, name FROM agency WHERE id = ?", arguments: [id]) {
                let key: String = row[0], name: String = row[1]
                if distinct[key, default: []].insert(name).inserted { names[key, default: []].append(name) }
            }
        }
        return totals.leads.compactMap { key, lead in
            guard lead.total > 0 else { return nil }
            return LeadCount(agency: Self.sharedName(names[key] ?? []) ?? key, agencyID: key, total: lead.total, done: lead.done,
                             overdue: lead.overdue)
        }.sorted(by: Self.mostOverdueFirst)
    }
}
