import GRDB

extension Migrations {
    /// The status tallies (`StatusTally`) and the indexes of the national answers (issue
    /// 12): changes recorded after a date (`task_by_last_change`), the open leaves by
    /// deadline (the most overdue, the soonest due, the most overdue of each plan), the
    /// estimates (a budget of every plan reads only the tasks that have one). The tallies of a database loaded before
    /// are computed from its tasks here, once.
    static func addStatusTallies(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE status_final (
                plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
                measure TEXT NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (plan_id, measure)
            ) WITHOUT ROWID;
            CREATE TABLE status_delta (
                day TEXT NOT NULL,
                plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
                measure TEXT NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (day, plan_id, measure)
            ) WITHOUT ROWID;
            CREATE TABLE lead_final (
                agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
                measure TEXT NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (agency_id, measure)
            ) WITHOUT ROWID;
            CREATE TABLE lead_delta (
                day TEXT NOT NULL,
                agency_key TEXT NOT NULL,
                measure TEXT NOT NULL,
                n INTEGER NOT NULL,
                PRIMARY KEY (day, agency_key, measure)
            ) WITHOUT ROWID;
            CREATE INDEX task_by_last_change ON task(last_change_on) WHERE last_change_on IS NOT NULL;
            CREATE INDEX task_open_leaf_by_deadline ON task(deadline, id)
                WHERE retired = 0 AND has_subtasks = 0 AND state NOT IN ('done', 'cancelled') AND deadline IS NOT NULL;
            CREATE INDEX task_estimate ON task(plan_id, funding_source, estimate) WHERE retired = 0 AND estimate IS NOT NULL;
            CREATE INDEX task_open_leaf_by_plan ON task(plan_id, deadline)
                WHERE retired = 0 AND has_subtasks = 0 AND state NOT IN ('done', 'cancelled') AND deadline IS NOT NULL;
            """)
        try StatusTally.rebuild(db)
    }

    /// The live recurring duties, narrow (`TaskStore.occurrenceCounts`): a national status
    /// counts their occurrences without reading every task row.
    static func addRecurringIndex(_ db: Database) throws {
        try db.execute(sql: """
            CREATE INDEX task_recurring ON task(id, recurrence, plan_id)
                WHERE retired = 0 AND recurrence IS NOT NULL AND state <> 'cancelled'
            """)
    }
}
