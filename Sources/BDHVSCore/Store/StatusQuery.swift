import Foundation
import GRDB

/// The status of the plans in scope as of a date, ready to be read many ways: the SQL of
/// the status rules (`StatusSQL`) with its arguments, on one consistent snapshot. For
/// several plans, every task's category is computed once into a temporary table that each
/// query reads; one plan is small enough to compute again in each query.
struct StatusQuery {
    let db: Database
    /// The plan row ids in scope (nil: every plan).
    let planIDs: [Int64]?
    let asOf: CivilDate
    private let with: SQL
    private let arguments: StatementArguments

    /// The counts, when read from the tallies (every plan); nil: counted by the status SQL.
    private let totals: StatusTotals?

    init(db: Database, planIDs: [Int64]?, asOf: CivilDate, dueSoonDays: Int, computeOnce: Bool,
                     scope: SQL? = nil, totals: StatusTotals? = nil) throws {
        self.db = db
        self.planIDs = planIDs
        self.asOf = asOf
        self.totals = totals
        arguments = ["asOf": asOf.iso, "dueBy": asOf.adding(days: dueSoonDays).iso]
        let with = StatusSQL.withClauses(scope: scope ?? StatusSQL.scope(planIDs: planIDs))
        if computeOnce {
            try db.execute(sql: "DROP TABLE IF EXISTS temp.status_now")
            try db.execute(literal: "CREATE TEMP TABLE status_now AS " + with + SQL(sql: " SELECT * FROM shown", arguments: ["asOf": asOf.iso]))
            self.with = SQL(sql: StatusSQL.fromSnapshot)
        } else {
            self.with = with
        }
    }

    /// `select` (or more common table expressions, then a select) after the status
    /// expressions, with their arguments: the scope's plan ids and the as-of dates.
    private func request(_ select: String) -> SQLRequest<Row> {
        SQLRequest(literal: with + SQL(sql: "\n" + select, arguments: arguments))
    }

    /// How many top-level tasks are due (done, overdue, or with a deadline passed), and how
    /// many were done on time only thanks to an extension of a sub-task's deadline.
    func dueAndExtended() throws -> (due: Int, extended: Int) {
        if let totals { return (totals.plans.values.map(\.due).reduce(0, +), totals.plans.values.map(\.extended).reduce(0, +)) }
        let row = try request("""
             SELECT
                SUM(category IN ('done_on_time', 'done_late', 'overdue') OR deadline <= :asOf) AS due,
                (SELECT COUNT(DISTINCT leaf.root_id) FROM shown leaf JOIN top root ON root.id = leaf.root_id
                 WHERE leaf.extended_from IS NOT NULL AND leaf.has_subtasks = 0 AND leaf.completed_on > leaf.extended_from
                   AND root.category = 'done_on_time') AS extended
            FROM top
            """).fetchOne(db)
        return (row?["due"] ?? 0, row?["extended"] ?? 0)
    }

    /// The title of a plan.
    func title(plan: String) throws -> String? {
        try String.fetchOne(db, sql: "SELECT title FROM plan WHERE key = ?", arguments: [plan])
    }

    /// The `limit` tasks in progress due soonest (within the due-soon days).
    func dueSoon(limit: Int) throws -> [TaskRow] {
        try request("""
             SELECT \(TaskRowSQL.columns) FROM shown s \(TaskRowSQL.joins)
            WHERE s.has_subtasks = 0 AND s.category = 'in_progress' AND s.deadline <= :dueBy
            ORDER BY s.deadline, p.key, t.position LIMIT \(min(limit, Int(Int32.max)))
            """).fetchAll(db).map(TaskRowSQL.decode)
    }

    /// How many tasks and sub-tasks are overdue in all.
    func overdueCount() throws -> Int {
        if let totals { return totals.plans.values.map(\.leafOverdue).reduce(0, +) }
        return try request("SELECT COUNT(*) AS n FROM shown WHERE has_subtasks = 0 AND category = 'overdue'").fetchOne(db)?["n"] ?? 0
    }

    /// The recurring duties in scope with their occurrences.
    func recurring() throws -> [RecurringStatus] {
        try TaskStore.recurring(db, planIDs: planIDs, asOf: asOf)
    }

    /// For every plan with counts from the tallies, their occurrences added up by group
    /// (`TaskStore.occurrenceCounts`); nil otherwise (add up `recurring()`).
    func occurrenceCounts() throws -> OccurrenceCounts? {
        guard totals != nil else { return nil }
        return try TaskStore.occurrenceCounts(db, planIDs: planIDs, asOf: asOf)
    }

    /// Every plan in scope with its counts per category, by province, commune, year.
    func planRows() throws -> [PlanStatusRow] {
        if let totals { return try planRows(totals) }
        var rows: [Int64: PlanStatusRow] = [:]
        var order: [Int64] = []
        for row in try request("""
            , per_plan AS (SELECT plan_id, category, COUNT(*) AS n FROM top GROUP BY plan_id, category)
            SELECT p.id, p.key, p.commune, p.commune_kind, p.province, p.year, c.category, c.n
            FROM per_plan c JOIN plan p ON p.id = c.plan_id
            ORDER BY p.province_key, p.commune_key, p.year, p.key
            """).fetchAll(db)
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
        for row in try request("""
             SELECT plan_id, MAX(days_overdue) AS worst FROM shown
            WHERE has_subtasks = 0 AND category = 'overdue' GROUP BY plan_id
            """).fetchAll(db)
        {
            let id: Int64 = row["plan_id"]
            rows[id]?.worstDaysOverdue = row["worst"]
        }
        return order.compactMap { rows[$0] }
    }

    /// Tasks and sub-tasks per lead agency (by agency id across plans), most overdue first.
    func leadCounts() throws -> [LeadCount] {
        if let totals { return try leadCounts(totals) }
        return try request("""
             SELECT a.key, json_group_array(DISTINCT a.name) AS names,
                COUNT(*) AS total, SUM(s.category IN ('done_on_time', 'done_late')) AS done,
                SUM(s.category = 'overdue') AS overdue
            FROM shown s JOIN task_lead l ON l.task_id = s.id JOIN agency a ON a.id = l.agency_id
            WHERE s.has_subtasks = 0
            GROUP BY a.key
            """).fetchAll(db).map { row in
            // A JSON array, not names joined with a comma: a name may hold one ("Bộ Văn hóa, Thể thao và Du lịch").
            let names = try JSONDecoder().decode([String].self, from: Data((row["names"] as String).utf8))
            return LeadCount(agency: Self.sharedName(names) ?? row["key"], agencyID: row["key"], total: row["total"],
                             done: row["done"], overdue: row["overdue"])
        }.sorted(by: Self.mostOverdueFirst)
    }

    /// Most overdue first, then most tasks, then by name.
    static func mostOverdueFirst(_ a: LeadCount, _ b: LeadCount) -> Bool {
        (b.overdue, b.total, Folding.key(a.agency)) < (a.overdue, a.total, Folding.key(b.agency))
    }

    /// The name agencies of one id share across plans: the name itself when all plans use
    /// it, or the name of their kind when each is a way of writing it (`BodyKinds`: "Tổ
    /// chuyển đổi số cộng đồng" and "Tổ công nghệ số cộng đồng"); else the words they begin
    /// with ("Ủy ban nhân dân xã" for "Ủy ban nhân dân xã Đông Trà Bồng" and "Ủy ban nhân
    /// dân xã Nghĩa Giang"), unless that is a single word, which names no kind ("Tổ" for a
    /// Tổ công nghệ số cộng đồng and a Tổ dân phố): then the names themselves, the first two
    /// and "…" for more, so that the row says which bodies it counts. Nil for no names.
    static func sharedName(_ names: [String]) -> String? {
        if let first = names.first, names.allSatisfy({ $0 == first }) { return first }
        var kinds: [String] = []
        for name in names.map({ BodyKinds.kind(of: $0) ?? $0 }) where !kinds.contains(name) { kinds.append(name) }
        guard let first = kinds.first else { return nil }
        if kinds.count == 1 { return first }
        var words = first.split(separator: " ")
        for name in kinds.dropFirst() {
            let other = name.split(separator: " ")
            words = Array(zip(words, other).prefix { $0 == $1 }.map(\.0))
        }
        if words.count > 1 { return words.joined(separator: " ") }
        let sorted = kinds.sorted { Folding.key($0) < Folding.key($1) }
        return (sorted.prefix(2) + (sorted.count > 2 ? ["…"] : [])).joined(separator: " / ")
    }

    /// The `limit` most overdue tasks and sub-tasks, grouped by plan and lead agency.
    func overdueGroups(limit: Int = .max) throws -> [OverdueGroup] {
        var groups: [OverdueGroup] = []
        var lastAgency: Int64?
        for row in try request("""
             SELECT a.id AS agency_row, a.key AS agency_key, a.name AS agency_name, \(TaskRowSQL.columns)
            FROM shown s \(TaskRowSQL.joins) JOIN task_lead l ON l.task_id = s.id JOIN agency a ON a.id = l.agency_id
            WHERE s.has_subtasks = 0 AND s.category = 'overdue'
              AND s.id IN (SELECT id FROM shown WHERE has_subtasks = 0 AND category = 'overdue'
                           ORDER BY days_overdue DESC, id LIMIT \(min(limit, Int(Int32.max))))
            ORDER BY p.province_key, p.commune_key, p.key, a.name, a.id, s.days_overdue DESC, t.position
            """).fetchAll(db)
        {
            let agency: Int64 = row["agency_row"]
            if agency != lastAgency {
                groups.append(OverdueGroup(plan: row["plan_key"], agency: row["agency_name"], agencyID: row["agency_key"], tasks: []))
                lastAgency = agency
            }
            groups[groups.count - 1].tasks.append(TaskRowSQL.decode(row, from: 3))
        }
        // Within each plan, the agency with the most overdue task first.
        let planOrder = Dictionary(groups.map(\.plan).enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        func worst(_ group: OverdueGroup) -> Int { group.tasks.map(\.daysOverdue).max() ?? 0 }
        return groups.sorted {
            (planOrder[$0.plan]!, -worst($0), Folding.key($0.agency)) < (planOrder[$1.plan]!, -worst($1), Folding.key($1.agency))
        }
    }
}

extension TaskStore {
    /// Runs `body` on the status of the plans in `scope` as of `asOf`, on one snapshot;
    /// `computeOnce` (default: for several plans) computes every category once first.
    /// For every plan, the counts come from the tallies (`tallies`, default true) and the
    /// lists are computed for the task groups that can be among the `listLimit` first.
    func withStatus<T>(_ scope: PlanScope, asOf: CivilDate, dueSoonDays: Int = 30, computeOnce: Bool? = nil,
                       listLimit: Int = .max, tallies: Bool = true, _ body: (StatusQuery) throws -> T) throws -> T {
        try snapshot { db in
            let ids = try planIDs(scope, db)
            defer {
                for table in ["status_now", "status_changed", "status_listed"] { try? db.execute(sql: "DROP TABLE IF EXISTS temp.\(table)") }
            }
            // Several plans (every plan, a province) read the tallies; one is computed whole.
            if tallies, (ids?.count ?? 2) > 1 {
                let totals = try StatusTotals.of(db, planIDs: ids, asOf: asOf)
                let counted = totals.plans.values.filter { $0.counts.values.contains { $0 != 0 } }.count
                // One plan lists everything: its lists come from every task.
                let listScope = counted > 1 && listLimit < Int(Int32.max)
                    ? try StatusTotals.listCandidates(db, planIDs: ids, asOf: asOf, dueSoonDays: dueSoonDays, limit: listLimit) : nil
                let query = try StatusQuery(db: db, planIDs: ids, asOf: asOf, dueSoonDays: dueSoonDays, computeOnce: true,
                                            scope: listScope, totals: totals)
                return try body(query)
            }
            let query = try StatusQuery(db: db, planIDs: ids, asOf: asOf, dueSoonDays: dueSoonDays, computeOnce: computeOnce ?? (ids?.count != 1))
            return try body(query)
        }
    }
}
