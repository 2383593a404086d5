extension Migrations {
    /// Recurring duties every half year ('half_yearly': "báo cáo định kỳ 6 tháng") and on a
    /// given day each year ('yearly:MM-DD': "ngày 10/10 hằng năm"). SQLite cannot change a
    /// column's CHECK, so the task table is rebuilt (SQLite's documented twelve steps; the
    /// migrator defers foreign keys), every row and column kept as they were.
    static let recurrencePeriods = """
        CREATE TABLE task_rebuilt (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            parent_id INTEGER REFERENCES task(id),
            root_id INTEGER NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            timeline TEXT,
            schedule_kind TEXT NOT NULL
                CHECK (schedule_kind IN ('due', 'ongoing', 'recurring', 'external', 'ongoing_external', 'parent')),
            recurrence TEXT CHECK (recurrence IN ('daily', 'weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly')
                OR recurrence GLOB 'yearly:[01][0-9]-[0-3][0-9]'),
            start_date TEXT,
            timeline_deadline TEXT,
            explicit_deadline TEXT,
            deadline TEXT,
            tentative INTEGER NOT NULL DEFAULT 0 CHECK (tentative IN (0, 1)),
            has_subtasks INTEGER NOT NULL DEFAULT 0 CHECK (has_subtasks IN (0, 1)),
            estimate INTEGER CHECK (estimate >= 0),
            funding_source TEXT,
            definition TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'started', 'done', 'paused', 'cancelled')),
            completed_on TEXT,
            retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
            percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
            state_since TEXT,
            plan_deadline TEXT,
            recorded_deadline TEXT,
            deadline_since TEXT,
            extended_from TEXT,
            last_change_on TEXT,
            UNIQUE (plan_id, key),
            CHECK (state <> 'done' OR completed_on IS NOT NULL)
        );
        INSERT INTO task_rebuilt (id, plan_id, key, parent_id, root_id, position, title, timeline, schedule_kind, recurrence,
            start_date, timeline_deadline, explicit_deadline, deadline, tentative, has_subtasks, estimate, funding_source,
            definition, state, completed_on, retired, percent, state_since, plan_deadline, recorded_deadline, deadline_since,
            extended_from, last_change_on)
        SELECT id, plan_id, key, parent_id, root_id, position, title, timeline, schedule_kind, recurrence,
            start_date, timeline_deadline, explicit_deadline, deadline, tentative, has_subtasks, estimate, funding_source,
            definition, state, completed_on, retired, percent, state_since, plan_deadline, recorded_deadline, deadline_since,
            extended_from, last_change_on
        FROM task;
        DROP TABLE task;
        ALTER TABLE task_rebuilt RENAME TO task;
        CREATE INDEX task_by_plan ON task(plan_id, retired, deadline);
        CREATE INDEX task_by_root ON task(root_id);
        CREATE INDEX task_by_deadline ON task(deadline) WHERE retired = 0;
        """
}
