import GRDB

/// The counts a status report of every plan needs, per plan and per lead agency, as of a
/// date. National answers read them from the tallies (`StatusTally`) and recompute exactly,
/// through the status SQL, only the task groups with a change recorded after the as-of date
/// (whose current rows are not what they were then): the same numbers as the full
/// computation, from thousands of rows instead of every task.
struct StatusTotals: Equatable {
    /// Counts of one plan.
    struct Plan: Equatable {
        var counts: [TaskCategory: Int] = [:]
        var due = 0
        var extended = 0
        var leafOverdue = 0
        /// Days overdue of the most overdue task or sub-task.
        var worst = 0
    }

    /// Counts of one kind of lead body (an agency key) across plans.
    struct Lead: Equatable {
        var total = 0
        var done = 0
        var overdue = 0
    }

    var plans: [Int64: Plan] = [:]
    var leads: [String: Lead] = [:]
    /// Leaves counted per lead agency row: the bodies whose names a kind of body is shown by.
    /// From the tallies, only the corrections of changed groups (`leadNames` adds the rest).
    var agencyLeaves: [Int64: Int] = [:]

    /// Adds (`sign` 1) or takes away (-1) other counts; the worst delays are kept separately.
    mutating func add(_ other: StatusTotals, sign: Int) {
        for (id, plan) in other.plans {
            var mine = plans[id, default: Plan()]
            for (category, n) in plan.counts { mine.counts[category, default: 0] += sign * n }
            mine.due += sign * plan.due
            mine.extended += sign * plan.extended
            mine.leafOverdue += sign * plan.leafOverdue
            plans[id] = mine
        }
        for (key, lead) in other.leads {
            leads[key, default: Lead()].total += sign * lead.total
            leads[key, default: Lead()].done += sign * lead.done
            leads[key, default: Lead()].overdue += sign * lead.overdue
        }
        for (id, n) in other.agencyLeaves { agencyLeaves[id, default: 0] += sign * n }
    }

    /// The totals of every plan as of `asOf`.
    static func national(_ db: Database, asOf: CivilDate) throws -> StatusTotals {
        try of(db, planIDs: nil, asOf: asOf)
    }

    /// The totals of the plans `planIDs` (nil: every plan) as of `asOf`.
    static func of(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> StatusTotals {
        try markChanged(db, planIDs: planIDs, asOf: asOf)
        var totals = try tallied(db, planIDs: planIDs, asOf: asOf)
        let changed: SQL = "t.root_id IN (SELECT id FROM temp.status_changed)"
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM temp.status_changed)") == true {
            // Those groups' tallies were made from rows that have changed since: take away
            // what they count as of `asOf`, add what the history says they were.
            var current = StatusTotals()
            for group in StatusGroup.groups(try StatusFacts.fetch(db, where: changed)) {
                current.add(group.measures(asOf.iso), planID: group.tasks[0].planID)
            }
            totals.add(current, sign: -1)
            let exact = try exact(db, scope: changed, asOf: asOf)
            totals.add(exact, sign: 1)
            for (id, plan) in exact.plans { totals.plans[id, default: Plan()].worst = plan.worst }
        }
        // The most overdue open leaf of each plan, among the groups unchanged since.
        let inScope: SQL = planIDs.map { "WHERE p.id IN \($0)" } ?? ""
        for row in try SQLRequest<Row>(literal: """
            SELECT p.id, CAST(julianday(\(asOf.iso)) - julianday((SELECT t.deadline FROM task t INDEXED BY task_open_leaf_by_plan
                WHERE t.plan_id = p.id AND t.retired = 0 AND t.has_subtasks = 0 AND t.state NOT IN ('done', 'cancelled')
                  AND t.deadline IS NOT NULL AND t.deadline < \(asOf.iso)
                  AND NOT EXISTS (SELECT 1 FROM task up WHERE up.id = t.parent_id AND up.state = 'cancelled')
                  AND t.root_id NOT IN (SELECT id FROM temp.status_changed)
                ORDER BY t.deadline LIMIT 1)) AS INTEGER) AS worst
            FROM plan p \(inScope)
            """).fetchAll(db) {
            guard let worst = row["worst"] as Int? else { continue }
            let id: Int64 = row["id"]
            totals.plans[id, default: Plan()].worst = max(totals.plans[id]?.worst ?? 0, worst)
        }
        return totals
    }

    /// Adds what one group counts for.
    mutating func add(_ measures: StatusMeasures, planID: Int64) {
        var plan = plans[planID, default: Plan()]
        if let top = measures.top { plan.counts[top, default: 0] += 1 }
        plan.due += measures.due ? 1 : 0
        plan.extended += measures.extended ? 1 : 0
        plan.leafOverdue += measures.leafOverdue
        plans[planID] = plan
        for (agency, lead) in measures.leads {
            leads[lead.key, default: Lead()].total += lead.total
            leads[lead.key, default: Lead()].done += lead.done
            leads[lead.key, default: Lead()].overdue += lead.overdue
            agencyLeaves[agency, default: 0] += lead.total
        }
    }

    /// The tallies of the plans `planIDs` (nil: every plan) as of `asOf`: final counts less
    /// the changes of the days after it. The lead counts are summed per kind of body in SQL;
    /// `agencyLeaves` is left to corrections.
    static func tallied(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> StatusTotals {
        var totals = StatusTotals()
        let measures = Dictionary(uniqueKeysWithValues: TaskCategory.allCases.map { ($0.rawValue, $0) })
        let inPlans: SQL = planIDs.map { "WHERE plan_id IN \($0)" } ?? ""
        let alsoInPlans: SQL = planIDs.map { "AND plan_id IN \($0)" } ?? ""
        let rows = try SQLRequest<Row>(literal: """
            SELECT plan_id, measure, SUM(n) AS n FROM (
                SELECT plan_id, measure, n FROM status_final \(inPlans)
                UNION ALL SELECT plan_id, measure, -n FROM status_delta WHERE day > \(asOf.iso) \(alsoInPlans))
            GROUP BY plan_id, measure
            """).fetchCursor(db)
        while let row = try rows.next() {
            let id: Int64 = row[0], measure: String = row[1], n: Int = row[2]
            var plan = totals.plans[id, default: Plan()]
            switch measure {
            case "due": plan.due += n
            case "extended": plan.extended += n
            case "leaf_overdue": plan.leafOverdue += n
            default: if let category = measures[measure] { plan.counts[category, default: 0] += n }
            }
            totals.plans[id] = plan
        }
        if let planIDs {
            // The lead changes after the as-of date are kept per kind of body, not per plan:
            // some plans' are computed from their groups (`movingLeads`).
            try totals.movingLeads(db, planIDs: planIDs, asOf: asOf)
            return totals
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT a.key, f.measure, SUM(f.n) FROM lead_final f JOIN agency a ON a.id = f.agency_id GROUP BY a.key, f.measure
            """) {
            totals.count(key: row[0], measure: row[1], n: row[2], agency: nil)
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT agency_key, measure, SUM(n) FROM lead_delta WHERE day > ? GROUP BY agency_key, measure
            """, arguments: [asOf.iso]) {
            totals.count(key: row[0], measure: row[1], n: -(row[2] as Int), agency: nil)
        }
        return totals
    }

    mutating func count(key: String, measure: String, n: Int, agency: Int64?) {
        switch measure {
        case "total":
            leads[key, default: Lead()].total += n
            if let agency { agencyLeaves[agency, default: 0] += n }
        case "done": leads[key, default: Lead()].done += n
        case "overdue": leads[key, default: Lead()].overdue += n
        default: break
        }
    }

    /// The totals of the task groups `scope` (a condition on `t`) selects, by the status SQL
    /// (history included).
    static func exact(_ db: Database, scope: SQL, asOf: CivilDate) throws -> StatusTotals {
        try db.execute(sql: "DROP TABLE IF EXISTS temp.status_part")
        try db.execute(literal: "CREATE TEMP TABLE status_part AS " + StatusSQL.withClauses(scope: scope)
            + SQL(sql: " SELECT * FROM shown", arguments: ["asOf": asOf.iso]))
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.status_part") }
        var totals = StatusTotals()
        for row in try SQLRequest<Row>(literal: """
            SELECT plan_id, category, COUNT(*) AS n,
                SUM(category IN ('done_on_time', 'done_late', 'overdue') OR deadline <= \(asOf.iso)) AS due
            FROM status_part WHERE parent_id IS NULL GROUP BY plan_id, category
            """).fetchAll(db) {
            let id: Int64 = row["plan_id"]
            if let category = TaskCategory(rawValue: row["category"]) { totals.plans[id, default: Plan()].counts[category, default: 0] += row["n"] }
            totals.plans[id, default: Plan()].due += (row["due"] as Int?) ?? 0
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT root.plan_id, COUNT(DISTINCT leaf.root_id) AS n
            FROM status_part leaf JOIN status_part root ON root.id = leaf.root_id AND root.parent_id IS NULL
            WHERE leaf.extended_from IS NOT NULL AND leaf.has_subtasks = 0 AND leaf.completed_on > leaf.extended_from
              AND root.category = 'done_on_time'
            GROUP BY root.plan_id
            """) {
            totals.plans[row["plan_id"], default: Plan()].extended += row["n"] as Int
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT plan_id, COUNT(*) AS n, MAX(days_overdue) AS worst FROM status_part
            WHERE has_subtasks = 0 AND category = 'overdue' GROUP BY plan_id
            """) {
            let id: Int64 = row["plan_id"]
            totals.plans[id, default: Plan()].leafOverdue += row["n"] as Int
            totals.plans[id, default: Plan()].worst = row["worst"]
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT a.id, a.key, COUNT(*) AS total, SUM(s.category IN ('done_on_time', 'done_late')) AS done,
                SUM(s.category = 'overdue') AS overdue
            FROM status_part s JOIN task_lead l ON l.task_id = s.id JOIN agency a ON a.id = l.agency_id
            WHERE s.has_subtasks = 0 GROUP BY a.id
            """) {
            let key: String = row["key"]
            totals.leads[key, default: Lead()].total += row["total"] as Int
            totals.leads[key, default: Lead()].done += row["done"] as Int
            totals.leads[key, default: Lead()].overdue += row["overdue"] as Int
            totals.agencyLeaves[row["id"], default: 0] += row["total"] as Int
        }
        return totals
    }
}
