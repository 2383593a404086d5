import GRDB

extension TaskStore {
    /// Puts the agency row ids `agencies` in `temp.listed_agency`.
    func listAgencies(_ db: Database, _ agencies: [Int64]) throws {
        try db.execute(sql: "DROP TABLE IF EXISTS temp.listed_agency")
        try db.execute(sql: "CREATE TEMP TABLE listed_agency (id INTEGER PRIMARY KEY)")
        let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO temp.listed_agency (id) VALUES (?)")
        for agency in agencies { try insert.execute(arguments: [agency]) }
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
        // Leaves: each listed body's plan's open leaves past their deadline that it leads.
        let leaves: SQL = """
            SELECT DISTINCT t.id, t.deadline FROM temp.listed_agency la CROSS JOIN agency a ON a.id = la.id
                CROSS JOIN task t INDEXED BY task_open_leaf_by_plan CROSS JOIN task_lead l ON l.task_id = t.id AND l.agency_id = a.id
            WHERE t.plan_id = a.plan_id AND \(sql: openLeaf("t")) AND t.deadline < :asOf
            """
        // Tops: the top-level tasks with sub-tasks of each listed body's plan that it leads
        // (`task_group_top`), with the earliest open leaf past its deadline under them, its
        // parent not cancelled.
        let tops: SQL = """
            SELECT r.id, (SELECT MIN(c.deadline) FROM task c INDEXED BY task_by_root
                    WHERE c.root_id = r.id AND c.parent_id IS NOT NULL AND \(sql: openLeaf("c"))
                      AND c.deadline < :asOf
                      AND (c.parent_id = r.id OR NOT EXISTS (SELECT 1 FROM task up WHERE up.id = c.parent_id AND up.state = 'cancelled'))) AS deadline
            FROM task r
            WHERE r.id IN (SELECT g.id FROM temp.listed_agency la CROSS JOIN agency a ON a.id = la.id
                    CROSS JOIN task g INDEXED BY task_group_top CROSS JOIN task_lead l ON l.task_id = g.id AND l.agency_id = a.id
                    WHERE g.plan_id = a.plan_id AND g.retired = 0 AND g.has_subtasks = 1 AND g.parent_id IS NULL)
              AND r.state <> 'cancelled'
            """
        let direct: SQL = """
            SELECT \(sql: TaskRowSQL.columns), \(sql: sortColumns)
            FROM (SELECT d.id, d.deadline, CAST(julianday(:asOf) - julianday(d.deadline) AS INTEGER) AS days_overdue,
                    'overdue' AS category, u.percent, u.extended_from, NULL AS completed_on
                  FROM (\(leaves) UNION ALL SELECT id, deadline FROM (\(tops)) WHERE deadline IS NOT NULL) d
                  JOIN task u ON u.id = d.id
                  WHERE u.root_id NOT IN (SELECT id FROM temp.status_changed)
                    AND (u.parent_id IS NULL OR NOT EXISTS (SELECT 1 FROM task up WHERE up.id = u.parent_id AND up.state = 'cancelled'))) s
            \(sql: TaskRowSQL.joins)
            """
        let order: SQL = " ORDER BY sort_province, sort_commune, plan_key, sort_position"
        let arguments: StatementArguments = ["asOf": asOf.iso]
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM temp.status_changed)") == true else {
            return SQL(sql: "") + direct + order + SQL(sql: "", arguments: arguments)
        }
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
            + " " + direct + order
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
