import GRDB

/// Which tasks `bdhvs task list` shows.
public struct TaskFilter: Sendable, Equatable {
    /// Only tasks led by an agency answering to this name.
    public var agency: String?
    /// Only overdue tasks.
    public var overdueOnly = false
    /// Only tasks not done whose deadline is within this many days after the as-of date.
    public var dueWithin: Int?

    public init(agency: String? = nil, overdueOnly: Bool = false, dueWithin: Int? = nil) {
        self.agency = agency
        self.overdueOnly = overdueOnly
        self.dueWithin = dueWithin
    }
}

extension TaskStore {
    /// Tasks and sub-tasks in scope with their category as of `asOf`, in plan order.
    public func tasks(_ scope: PlanScope, asOf: CivilDate, filter: TaskFilter = TaskFilter()) throws -> [TaskRow] {
        try read { db in
            let ids = try planIDs(scope, db)
            var conditions: [SQL] = []
            var arguments: StatementArguments = ["asOf": asOf.iso]
            // Filters narrow the task trees the status is computed for (through the lead and
            // deadline indexes), before they narrow the rows listed.
            var scope = StatusSQL.scope(planIDs: ids)
            var candidates: [SQL] = []
            if let agency = filter.agency {
                let agencies = try agencyIDs(matching: agency, planIDs: ids, db)
                conditions.append("s.id IN (SELECT task_id FROM task_lead WHERE agency_id IN \(agencies))")
                candidates.append("c.id IN (SELECT task_id FROM task_lead WHERE agency_id IN \(agencies))")
            }
            if filter.overdueOnly {
                conditions.append("s.category = 'overdue'")
                candidates.append("(c.deadline < :asOf OR c.last_change_on > :asOf)")
            }
            if !candidates.isEmpty {
                scope += " AND t.root_id IN (SELECT c.root_id FROM task c WHERE c.retired = 0 AND \(candidates.joined(separator: " AND ")))"
            }
            if let days = filter.dueWithin {
                conditions.append("s.category = 'in_progress' AND s.deadline <= :dueBy")
                arguments += ["dueBy": asOf.adding(days: days).iso]
            }
            let whereClause: SQL = conditions.isEmpty ? "" : "WHERE \(conditions.joined(separator: " AND "))"
            return try taskRows(db, StatusSQL.withClauses(scope: scope)
                + SQL(sql: "SELECT \(TaskRowSQL.columns) FROM shown s \(TaskRowSQL.joins) ", arguments: arguments)
                + whereClause + " ORDER BY p.province_key, p.commune_key, p.key, t.position")
        }
    }

    /// Decodes rows selected with `TaskRowSQL.columns`.
    func taskRows(_ db: Database, _ sql: SQL) throws -> [TaskRow] {
        try SQLRequest<Row>(literal: sql).fetchAll(db).map(TaskRowSQL.decode)
    }
}

/// The columns and joins that make a `TaskRow` out of the `shown` (or `item`) expression `s`.
enum TaskRowSQL {
    static let columns = """
        p.key AS plan_key, t.key AS task_key, parent.key AS parent_key, t.title, t.timeline, s.deadline,
        t.tentative AND t.recorded_deadline IS NULL AS tentative, s.category, s.days_overdue, s.percent, s.extended_from,
        s.completed_on, json_extract(t.definition, '$.deliverable') AS deliverable,
        (SELECT group_concat(name, char(31)) FROM (SELECT a.name FROM task_lead l JOIN agency a ON a.id = l.agency_id
            WHERE l.task_id = t.id ORDER BY l.position)) AS leads
        """
    static let joins = """
        JOIN task t ON t.id = s.id JOIN plan p ON p.id = t.plan_id LEFT JOIN task parent ON parent.id = t.parent_id
        """

    static func decode(_ row: Row) -> TaskRow {
        let leads: String? = row["leads"]
        let deadline: String? = row["deadline"]
        return TaskRow(
            plan: row["plan_key"], id: row["task_key"], parent: row["parent_key"], title: row["title"],
            lead: leads.map { $0.split(separator: "\u{1F}").map(String.init) } ?? [], timeline: row["timeline"],
            deadline: deadline.flatMap(CivilDate.init(iso:)), tentative: row["tentative"],
            status: TaskCategory(rawValue: row["category"]) ?? .deadlineUnknown, daysOverdue: row["days_overdue"],
            percent: row["percent"], extendedFrom: (row["extended_from"] as String?).flatMap(CivilDate.init(iso:)),
            completedOn: (row["completed_on"] as String?).flatMap(CivilDate.init(iso:)), deliverable: row["deliverable"])
    }
}
