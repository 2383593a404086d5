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
        var rows: [TaskRow] = []
        try eachTask(scope, asOf: asOf, filter: filter) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each task of `tasks(_:asOf:filter:)`, in the same order, as it is
    /// read: a national list is tens of thousands of rows, written out without being held.
    public func eachTask(_ scope: PlanScope, asOf: CivilDate, filter: TaskFilter = TaskFilter(),
                         _ body: (TaskRow) throws -> Void) throws {
        // A snapshot, not a read: an overdue list led by a body fills temporary tables.
        try snapshot { db in
            defer { Self.dropListTables(db) }
            try Self.each(db, try taskListSQL(db, scope, asOf: asOf, filter: filter), body)
        }
    }

    /// The statement of `tasks(_:asOf:filter:)`, its temporary tables made.
    private func taskListSQL(_ db: Database, _ scope: PlanScope, asOf: CivilDate, filter: TaskFilter) throws -> SQL {
        let ids = try planIDs(scope, db)
        let agencies = try filter.agency.map { try agencyIDs(matching: $0, planIDs: ids, db) }
        if let agencies {
            // The bodies in a table: a kind of body is thousands of them.
            try listAgencies(db, agencies)
            // The overdue tasks a body leads: read straight from the open leaves.
            if filter.overdueOnly, filter.dueWithin == nil { return try overdueLedSQL(db, planIDs: ids, asOf: asOf) }
        }
        var conditions: [SQL] = []
        var arguments: StatementArguments = ["asOf": asOf.iso]
        // Filters narrow the task trees the status is computed for (through the lead and
        // deadline indexes), before they narrow the rows listed.
        var scope = StatusSQL.scope(planIDs: ids)
        if agencies != nil {
            conditions.append("EXISTS (SELECT 1 FROM task_lead l JOIN temp.listed_agency a ON a.id = l.agency_id WHERE l.task_id = s.id)")
            scope += """
                 AND t.root_id IN (SELECT c.root_id FROM temp.listed_agency a CROSS JOIN task_lead l ON l.agency_id = a.id
                    JOIN task c ON c.id = l.task_id WHERE c.retired = 0)
                """
        }
        if filter.overdueOnly {
            conditions.append("s.category = 'overdue'")
            scope += " AND t.root_id IN (SELECT c.root_id FROM task c WHERE c.retired = 0 AND (c.deadline < :asOf OR c.last_change_on > :asOf))"
        }
        if let days = filter.dueWithin {
            conditions.append("s.category = 'in_progress' AND s.deadline <= :dueBy")
            arguments += ["dueBy": asOf.adding(days: days).iso]
        }
        let whereClause: SQL = conditions.isEmpty ? "" : "WHERE \(conditions.joined(separator: " AND "))"
        return StatusSQL.withClauses(scope: scope)
            + SQL(sql: "SELECT \(TaskRowSQL.columns) FROM shown s \(TaskRowSQL.joins) ", arguments: arguments)
            + whereClause + " ORDER BY p.province_key, p.commune_key, p.key, t.position"
    }

    /// Decodes rows selected with `TaskRowSQL.columns`.
    func taskRows(_ db: Database, _ sql: SQL) throws -> [TaskRow] {
        try SQLRequest<Row>(literal: sql).fetchAll(db).map(TaskRowSQL.decode)
    }
}

/// The columns and joins that make a `TaskRow` out of the `shown` (or `item`) expression `s`.
enum TaskRowSQL {
    /// In the order `decode` reads them by position.
    static let columns = """
        p.key AS plan_key, t.key AS task_key, parent.key AS parent_key, t.title, t.timeline, s.deadline,
        t.tentative AND t.recorded_deadline IS NULL AS tentative, s.category, s.days_overdue, s.percent, s.extended_from,
        s.completed_on, \(deliverable) AS deliverable, \(leads) AS leads
        """
    /// The deliverable of task `t`, read from its definition only when it names one.
    static let deliverable = """
        CASE WHEN instr(t.definition, '"deliverable"') THEN json_extract(t.definition, '$.deliverable') END
        """
    /// The names of the lead bodies of task `t` in their order, joined with U+001F.
    static let leads = """
        (SELECT group_concat(name, char(31)) FROM (SELECT a.name FROM task_lead l JOIN agency a ON a.id = l.agency_id
            WHERE l.task_id = t.id ORDER BY l.position))
        """
    static let joins = """
        JOIN task t ON t.id = s.id JOIN plan p ON p.id = t.plan_id LEFT JOIN task parent ON parent.id = t.parent_id
        """

    /// Decodes a row whose `columns` start at `offset`, by position: a national list has
    /// tens of thousands of rows, and finding each column by name was a tenth of its time.
    static func decode(_ row: Row, from offset: Int) -> TaskRow {
        let leads: String? = row[offset + 13]
        let deadline: String? = row[offset + 5]
        return TaskRow(
            plan: row[offset], id: row[offset + 1], parent: row[offset + 2], title: row[offset + 3],
            lead: leads.map(splitLeads) ?? [], timeline: row[offset + 4],
            deadline: deadline.flatMap(CivilDate.init(iso:)), tentative: row[offset + 6],
            status: TaskCategory(rawValue: row[offset + 7]) ?? .deadlineUnknown, daysOverdue: row[offset + 8],
            percent: row[offset + 9], extendedFrom: (row[offset + 10] as String?).flatMap(CivilDate.init(iso:)),
            completedOn: (row[offset + 11] as String?).flatMap(CivilDate.init(iso:)), deliverable: row[offset + 12])
    }

    static func decode(_ row: Row) -> TaskRow { decode(row, from: 0) }

    /// The names `group_concat` joined with U+001F; most tasks have one, taken as it is.
    private static func splitLeads(_ names: String) -> [String] {
        names.utf8.contains(0x1F) ? names.split(separator: "\u{1F}").map(String.init) : [names]
    }
}
