import GRDB

extension TaskStore {
    /// Puts the agency row ids `agencies` in `temp.listed_agency`.
    func listAgencies(_ db: Database, _ agencies: [Int64]) throws {
        try db.execute(sql: "DROP TABLE IF EXISTS temp.listed_agency")
        try db.execute(sql: "CREATE TEMP TABLE listed_agency (id INTEGER PRIMARY KEY)")
        let insert = try db.makeStatement(sql: "INSERT OR IGNORE INTO temp.listed_agency (id) VALUES (?)")
        for agency in agencies { try insert.execute(arguments: [agency]) }
    }

    /// The task groups that can hold an overdue task led by one of the bodies in
    /// `temp.listed_agency` (`listAgencies`) as of `asOf`, as a scope on `t` (`task list
    /// --overdue --agency`). In a group with no change recorded after `asOf`, such a task is
    /// either a leaf it leads, open, with its deadline before `asOf`, or a top-level task it
    /// leads with such a leaf (led by anyone) under it; a group changed since is taken whole when one of its tasks is theirs, and the
    /// status SQL decides. Most of a kind of body's tasks past their deadline are done:
    /// they are not read.
    func overdueLedCandidates(_ db: Database, asOf: CivilDate) throws -> SQL {
        try db.execute(sql: "DROP TABLE IF EXISTS temp.listed_root")
        try db.execute(literal: """
            CREATE TEMP TABLE listed_root AS
            SELECT c.root_id AS id FROM temp.listed_agency a CROSS JOIN task_lead l ON l.agency_id = a.id JOIN task c ON c.id = l.task_id
            WHERE c.retired = 0 AND (
                (c.has_subtasks = 0 AND c.state NOT IN ('done', 'cancelled') AND c.deadline < \(asOf.iso))
                OR (c.has_subtasks = 1 AND c.parent_id IS NULL AND EXISTS (
                    SELECT 1 FROM task o WHERE o.root_id = c.id AND o.retired = 0 AND o.has_subtasks = 0
                        AND o.state NOT IN ('done', 'cancelled') AND o.deadline < \(asOf.iso)))
                OR c.root_id IN (SELECT root_id FROM task INDEXED BY task_by_last_change WHERE last_change_on > \(asOf.iso)))
            """)
        return "t.root_id IN (SELECT id FROM temp.listed_root)"
    }
}
