import GRDB

extension TaskStore {
    /// Where the plans in scope stand as of `asOf`; with one plan in scope, its own status.
    public func status(_ scope: PlanScope, asOf: CivilDate, dueSoonDays: Int = 30) throws -> StatusReport {
        try snapshot { db in
            let ids = try planIDs(scope, db)
            let arguments: StatementArguments = ["asOf": asOf.iso, "dueBy": asOf.adding(days: dueSoonDays).iso]
            // For several plans, one pass computes every task's category into a temporary
            // table that every grouping below reads; one plan is small enough to compute
            // again in each query.
            var with = StatusSQL.withClauses(scope: StatusSQL.scope(planIDs: ids))
            if ids?.count != 1 {
                try db.execute(sql: "DROP TABLE IF EXISTS temp.status_now")
                try db.execute(sql: "CREATE TEMP TABLE status_now AS \(with) SELECT * FROM shown", arguments: arguments)
                with = StatusSQL.fromSnapshot
            }
            defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.status_now") }
            let plans = try planRows(db, with, arguments)
            var counts = [TaskCategory: Int].zeroed()
            for row in plans { counts.merge(row.counts, uniquingKeysWith: +) }
            let totals = try Row.fetchOne(db, sql: """
                \(with) SELECT
                    SUM(category IN ('done_on_time', 'done_late', 'overdue') OR deadline <= :asOf) AS due,
                    (SELECT COUNT(DISTINCT leaf.root_id) FROM shown leaf JOIN top root ON root.id = leaf.root_id
                     WHERE leaf.extended_from IS NOT NULL AND leaf.has_subtasks = 0 AND leaf.completed_on > leaf.extended_from
                       AND root.category = 'done_on_time') AS extended
                FROM top
                """, arguments: arguments)
            let done = counts[.doneOnTime, default: 0] + counts[.doneLate, default: 0]
            let completion = Completion(done: done, total: counts.values.reduce(0, +), dueDone: done, due: totals?["due"] ?? 0,
                                        doneAfterExtension: totals?["extended"] ?? 0)
            let single = plans.count == 1 ? plans.first : nil
            let title = try single.flatMap { try String.fetchOne(db, sql: "SELECT title FROM plan WHERE key = ?", arguments: [$0.plan]) }
            let recurring = try recurring(db, planIDs: ids, asOf: asOf)
            // A roll-up lists only the most overdue and the soonest due; a plan lists them all.
            let limit = single == nil ? Self.rollUpListLimit : Int.max
            var report = StatusReport(
                plan: single?.plan, title: title, asOf: asOf, counts: counts, completion: completion,
                byLead: try leadCounts(db, with, arguments), overdue: try overdueGroups(db, with, arguments, limit: limit),
                dueSoon: try taskRows(db, """
                    \(with) SELECT \(TaskRowSQL.columns) FROM shown s \(TaskRowSQL.joins)
                    WHERE s.has_subtasks = 0 AND s.category = 'in_progress' AND s.deadline <= :dueBy
                    ORDER BY s.deadline, p.key, t.position LIMIT \(min(limit, Int(Int32.max)))
                    """, arguments),
                dueSoonDays: dueSoonDays, plans: plans)
            report.occurrences = OccurrenceTotals(recurring)
            report.recurring = single == nil ? [] : recurring
            report.indicators = single == nil ? [] : try indicatorRows(db, planIDs: ids, asOf: asOf)
            report.budget = try budgetReport(db, planIDs: ids, asOf: asOf)
            report.overdueTotal = counts[.overdue, default: 0]
            let provinces = ProvinceStatusRow.group(plans)
            report.provinces = provinces.count > 1 ? provinces : []
            return report
        }
    }

    /// How many overdue and due-soon tasks a roll-up of several plans lists (the most
    /// overdue first); the counts always cover every task.
    public static let rollUpListLimit = 50

    /// Overdue tasks and sub-tasks grouped by lead agency (`bdhvs agency overdue`).
    public func overdueByAgency(_ scope: PlanScope, asOf: CivilDate) throws -> [OverdueGroup] {
        try overdueByAgency(scope, asOf: asOf, limit: .max).groups
    }

    /// The `limit` most overdue tasks and sub-tasks grouped by lead agency, and how many
    /// are overdue in all (a national list would be tens of thousands of lines).
    public func overdueByAgency(_ scope: PlanScope, asOf: CivilDate, limit: Int) throws -> (groups: [OverdueGroup], total: Int) {
        try snapshot { db in
            let ids = try planIDs(scope, db)
            let arguments: StatementArguments = ["asOf": asOf.iso]
            try db.execute(sql: "DROP TABLE IF EXISTS temp.status_now")
            try db.execute(sql: "CREATE TEMP TABLE status_now AS \(StatusSQL.withClauses(scope: StatusSQL.scope(planIDs: ids))) SELECT * FROM shown",
                           arguments: arguments)
            defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.status_now") }
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM temp.status_now WHERE has_subtasks = 0 AND category = 'overdue'") ?? 0
            return (try overdueGroups(db, StatusSQL.fromSnapshot, arguments, limit: limit), total)
        }
    }

    private func planRows(_ db: Database, _ with: String, _ arguments: StatementArguments) throws -> [PlanStatusRow] {
        var rows: [Int64: PlanStatusRow] = [:]
        var order: [Int64] = []
        for row in try Row.fetchAll(db, sql: """
            \(with), per_plan AS (SELECT plan_id, category, COUNT(*) AS n FROM top GROUP BY plan_id, category)
            SELECT p.id, p.key, p.commune, p.commune_kind, p.province, p.year, c.category, c.n
            FROM per_plan c JOIN plan p ON p.id = c.plan_id
            ORDER BY p.province_key, p.commune_key, p.year, p.key
            """, arguments: arguments)
        {
            let id: Int64 = row["id"]
            if rows[id] == nil {
                order.append(id)
                rows[id] = PlanStatusRow(plan: row["key"], commune: row["commune"], communeKind: row["commune_kind"],
                                         province: row["province"], year: row["year"],
                                         counts: .zeroed(), total: 0, overdue: 0, worstDaysOverdue: 0)
            }
            if let category = (row["category"] as String?).flatMap(TaskCategory.init(rawValue:)) {
                rows[id]!.counts[category] = row["n"]
                rows[id]!.total += row["n"] as Int
                if category == .overdue { rows[id]!.overdue = row["n"] }
            }
        }
        for row in try Row.fetchAll(db, sql: """
            \(with) SELECT plan_id, MAX(days_overdue) AS worst FROM shown
            WHERE has_subtasks = 0 AND category = 'overdue' GROUP BY plan_id
            """, arguments: arguments)
        {
            let id: Int64 = row["plan_id"]
            rows[id]?.worstDaysOverdue = row["worst"]
        }
        return order.compactMap { rows[$0] }
    }

    private func leadCounts(_ db: Database, _ with: String, _ arguments: StatementArguments) throws -> [LeadCount] {
        try Row.fetchAll(db, sql: """
            \(with) SELECT a.key, group_concat(DISTINCT a.name) AS names,
                COUNT(*) AS total, SUM(s.category IN ('done_on_time', 'done_late')) AS done,
                SUM(s.category = 'overdue') AS overdue
            FROM shown s JOIN task_lead l ON l.task_id = s.id JOIN agency a ON a.id = l.agency_id
            WHERE s.has_subtasks = 0
            GROUP BY a.key
            """, arguments: arguments).map { row in
            let names = (row["names"] as String).split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return LeadCount(agency: Self.sharedName(names) ?? row["key"], agencyID: row["key"], total: row["total"],
                             done: row["done"], overdue: row["overdue"])
        }.sorted { ($1.overdue, $1.total, Folding.key($0.agency)) < ($0.overdue, $0.total, Folding.key($1.agency)) }
    }

    /// The name agencies of one id share across plans: the name itself when all plans use
    /// it, else the words they begin with ("Ủy ban nhân dân xã" for "Ủy ban nhân dân xã
    /// Đông Trà Bồng" and "Ủy ban nhân dân xã Nghĩa Giang"); nil when they share none.
    static func sharedName(_ names: [String]) -> String? {
        guard let first = names.first else { return nil }
        if names.count == 1 { return first }
        var words = first.split(separator: " ")
        for name in names.dropFirst() {
            let other = name.split(separator: " ")
            words = Array(zip(words, other).prefix { $0 == $1 }.map(\.0))
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    func overdueGroups(_ db: Database, _ with: String, _ arguments: StatementArguments, limit: Int = .max) throws -> [OverdueGroup] {
        var groups: [OverdueGroup] = []
        var lastAgency: Int64?
        for row in try Row.fetchAll(db, sql: """
            \(with) SELECT a.id AS agency_row, a.key AS agency_key, a.name AS agency_name, \(TaskRowSQL.columns)
            FROM shown s \(TaskRowSQL.joins) JOIN task_lead l ON l.task_id = s.id JOIN agency a ON a.id = l.agency_id
            WHERE s.has_subtasks = 0 AND s.category = 'overdue'
              AND s.id IN (SELECT id FROM shown WHERE has_subtasks = 0 AND category = 'overdue'
                           ORDER BY days_overdue DESC, id LIMIT \(min(limit, Int(Int32.max))))
            ORDER BY p.province_key, p.commune_key, p.key, a.name, a.id, s.days_overdue DESC, t.position
            """, arguments: arguments)
        {
            let agency: Int64 = row["agency_row"]
            if agency != lastAgency {
                groups.append(OverdueGroup(plan: row["plan_key"], agency: row["agency_name"], agencyID: row["agency_key"], tasks: []))
                lastAgency = agency
            }
            groups[groups.count - 1].tasks.append(TaskRowSQL.decode(row))
        }
        // Within each plan, the agency with the most overdue task first.
        let planOrder = Dictionary(groups.map(\.plan).enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        func worst(_ group: OverdueGroup) -> Int { group.tasks.map(\.daysOverdue).max() ?? 0 }
        return groups.sorted {
            (planOrder[$0.plan]!, -worst($0), Folding.key($0.agency)) < (planOrder[$1.plan]!, -worst($1), Folding.key($1.agency))
        }
    }
}
