import GRDB

extension TaskStore {
    /// Puts the agency row ids `agencies` in `temp.listed_agency`, in one statement (a kind
    /// of body is 3,321 of them: one execution each cost as much as the rest of the start).
    func listAgencies(_ db: Database, _ agencies: [Int64]) throws {
        try db.execute(sql: "DROP TABLE IF EXISTS temp.listed_agency")
        try db.execute(sql: "CREATE TEMP TABLE listed_agency (id INTEGER PRIMARY KEY)")
        let list = "[" + agencies.map(String.init).joined(separator: ",") + "]"
        try db.execute(sql: "INSERT OR IGNORE INTO temp.listed_agency (id) SELECT value FROM json_each(?)", arguments: [list])
    }

    /// The tasks overdue as of `asOf` that one of the bodies in `temp.listed_agency`
    /// (`listAgencies`) leads, as `TaskRowSQL` rows in plan order (`task list --overdue
    /// --agency`), each row read once (issue 12: a kind of body is 75,000 rows at a million
    /// tasks).
    ///
    /// In a task group with no change recorded after `asOf` the rows are what they were then,
    /// and the status rules come down to this: a leaf is overdue when it is open (not done,
    /// not cancelled) with its deadline before `asOf` and its parent not cancelled; a
    /// top-level task with sub-tasks, not cancelled, is overdue when such a leaf is under
    /// it, with the earliest such deadline. Those rows are read straight from the open
    /// leaves of each body's plan (`task_open_leaf_by_plan`) and the tops it leads. The
    /// groups with a change after `asOf` (`temp.status_changed`, from `markChanged`) that
    /// hold a task of those bodies go through the status SQL with their history.
    func overdueLedSQL(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> SQL {
        try StatusTotals.markChanged(db, planIDs: planIDs, asOf: asOf)
        let changed = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM temp.status_changed)") == true
        // Each row is read where it is found, as the floor query of the benchmark reads it: the
        // task row once, its plan, its parent (for sub-tasks), and the lead's name from the
        // body that led to it when it has no other lead. A task led by two listed bodies of
        // one plan (a name matching both) is written for the first of them only; the
        // condition costs a look-up a row, so it is there only when a plan has two.
        let shared = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM temp.listed_agency la CROSS JOIN agency a ON a.id = la.id GROUP BY a.plan_id HAVING COUNT(*) > 1)
            """) == true
        // (From the listed bodies: SQLite otherwise chose to scan every agency, a tenth of a
        // kind of body's list.)
        func once(_ task: String) -> String {
            shared ? """
                 AND NOT EXISTS (SELECT 1 FROM task_lead o JOIN temp.listed_agency lo ON lo.id = o.agency_id
                    WHERE o.task_id = \(task).id AND o.agency_id < a.id)
                """ : ""
        }
        // The groups changed after `asOf` are not what their rows say (their part is below).
        let unchanged = changed ? " AND t.root_id NOT IN (SELECT id FROM temp.status_changed)" : ""
        // Leaves: each listed body's plan's open leaves past their deadline that it leads,
        // their parent not cancelled.
        let leaves = """
            SELECT \(columns(deadline: "t.deadline", agencyID: "a.id", agencyName: "a.name"))
            FROM temp.listed_agency la CROSS JOIN agency a ON a.id = la.id
                CROSS JOIN task t INDEXED BY task_open_leaf_by_plan CROSS JOIN task_lead l ON l.task_id = t.id AND l.agency_id = a.id
                JOIN plan p ON p.id = t.plan_id LEFT JOIN task parent ON parent.id = t.parent_id
            WHERE t.plan_id = a.plan_id AND \(openLeaf("t")) AND t.deadline < :asOf AND parent.state IS NOT 'cancelled'\(once("t"))\(unchanged)
            """
        // Tops: the top-level tasks with sub-tasks of each listed body's plan that it leads
        // (`task_group_top`), not cancelled, with the earliest open leaf past its deadline
        // under them, its parent not cancelled. (LIMIT -1 keeps SQLite from copying the
        // earliest-deadline subquery into each of the three places `m.deadline` is used.)
        let tops = """
            SELECT \(columns(deadline: "m.deadline", agencyID: "m.agency_id", agencyName: "m.agency_name"))
            FROM (SELECT g.id, a.id AS agency_id, a.name AS agency_name,
                    (SELECT MIN(c.deadline) FROM task c INDEXED BY task_by_root
                        WHERE c.root_id = g.id AND c.parent_id IS NOT NULL AND \(openLeaf("c")) AND c.deadline < :asOf
                          AND (c.parent_id = g.id OR NOT EXISTS (SELECT 1 FROM task up WHERE up.id = c.parent_id AND up.state = 'cancelled'))) AS deadline
                  FROM temp.listed_agency la CROSS JOIN agency a ON a.id = la.id
                    CROSS JOIN task g INDEXED BY task_group_top CROSS JOIN task_lead l ON l.task_id = g.id AND l.agency_id = a.id
                  WHERE g.plan_id = a.plan_id AND g.retired = 0 AND g.has_subtasks = 1 AND g.parent_id IS NULL\(once("g"))
                  LIMIT -1) m
                CROSS JOIN task t ON t.id = m.id JOIN plan p ON p.id = t.plan_id LEFT JOIN task parent ON parent.id = t.parent_id
            WHERE m.deadline IS NOT NULL AND t.state <> 'cancelled'\(unchanged)
            """
        let direct = leaves + "\nUNION ALL\n" + tops + "\nORDER BY sort_province, sort_commune, plan_key, sort_position"
        let arguments: StatementArguments = ["asOf": asOf.iso]
        guard changed else { return SQL(sql: direct, arguments: arguments) }
        // The changed groups that hold a task of a listed body, from the changed groups'
        // tasks (there are few unless `asOf` is long past).
        try db.execute(sql: "DROP TABLE IF EXISTS temp.listed_root")
        try db.execute(sql: """
            CREATE TEMP TABLE listed_root AS SELECT DISTINCT c.root_id AS id FROM temp.status_changed g
                CROSS JOIN task c INDEXED BY task_by_root ON c.root_id = g.id
            WHERE c.retired = 0 AND EXISTS (SELECT 1 FROM task_lead l JOIN temp.listed_agency a ON a.id = l.agency_id WHERE l.task_id = c.id)
            """)
        return StatusSQL.withClauses(scope: "t.root_id IN (SELECT id FROM temp.listed_root)")
            + SQL(sql: """
                SELECT \(TaskRowSQL.columns), \(sortColumns) FROM shown s \(TaskRowSQL.joins)
                WHERE s.category = 'overdue'
                  AND EXISTS (SELECT 1 FROM task_lead l JOIN temp.listed_agency a ON a.id = l.agency_id WHERE l.task_id = s.id)
                UNION ALL
                """, arguments: arguments)
            + SQL(sql: " " + direct)
    }

    /// `TaskRowSQL.columns` and `sortColumns` of an overdue task `t` (its plan `p`, its
    /// parent `parent`) with its overdue `deadline`, found through the listed body
    /// `agencyID` named `agencyName`: that name is its lead's when it has no other (most
    /// tasks), which spares sorting its leads.
    private func columns(deadline: String, agencyID: String, agencyName: String) -> String {
        """
        p.key AS plan_key, t.key AS task_key, parent.key AS parent_key, t.title, t.timeline, \(deadline) AS deadline,
            t.tentative AND t.recorded_deadline IS NULL AS tentative, 'overdue' AS category,
            CAST(julianday(:asOf) - julianday(\(deadline)) AS INTEGER) AS days_overdue, t.percent, t.extended_from, NULL AS completed_on,
            \(TaskRowSQL.deliverable) AS deliverable,
            CASE WHEN NOT EXISTS (SELECT 1 FROM task_lead o WHERE o.task_id = t.id AND o.agency_id <> \(agencyID)) THEN \(agencyName)
                ELSE \(TaskRowSQL.leads) END AS leads,
            \(sortColumns)
        """
    }

    /// An open leaf with a deadline, as `task_open_leaf_by_plan` holds them (SQLite uses a
    /// partial index only for a query that states its condition).
    private func openLeaf(_ task: String) -> String {
        "\(task).retired = 0 AND \(task).has_subtasks = 0 AND \(task).state NOT IN ('done', 'cancelled') AND \(task).deadline IS NOT NULL"
    }

    /// The columns a list in plan order is sorted by, after `TaskRowSQL.columns`.
    private var sortColumns: String {
        "p.province_key AS sort_province, p.commune_key AS sort_commune, t.position AS sort_position"
    }
}
