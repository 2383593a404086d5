import GRDB

/// The database schema, versioned. Migrations are named, never edited once shipped, and
/// use plain SQL with no application types, so an old database always upgrades the same way.
enum Migrations {
    /// The first migration: a database that has it (and only bdhvs's) is a bdhvs database,
    /// even without bdhvs's mark.
    static let first = "v1-plans-and-tasks"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(first) { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2-progress-history") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3-indicators-activities-budget") { db in
            try db.execute(sql: v3)
        }
        // bdhvs's mark in the header, so that a database is known as ours without guessing
        // from its tables (0x42444856 is "BDHV"; `DatabaseIdentity.applicationID`).
        migrator.registerMigration("v4-application-id") { db in
            try db.execute(sql: "PRAGMA application_id = 1111771222")
        }
        migrator.registerMigration("v5-recurrence-half-year-and-day") { db in
            try allowEveryRecurrence(db)
        }
        migrator.registerMigration("v6-plan-level-and-years", migrate: addPlanLevelAndYears)
        migrator.registerMigration("v7-packages", migrate: addPackageTables)
        migrator.registerMigration("v8-indicator-targets", migrate: addIndicatorTargets)
        migrator.registerMigration("v9-status-tallies", migrate: addStatusTallies)
        migrator.registerMigration("v10-results-per-target-group") { try addResults($0) }
        migrator.registerMigration("v11-recurring-index", migrate: addRecurringIndex)
        migrator.registerMigration("v12-package-indexes", migrate: addPackageIndexes)
        migrator.registerMigration("v13-group-top-index", migrate: addGroupTopIndex)
        migrator.registerMigration("v14-one-agency-name-index", migrate: dropFoldedNameIndex)
        migrator.registerMigration("v15-agency-name-sets", migrate: addNameSets)
        migrator.registerMigration("v16-unknown-recorder-empty", migrate: storeUnknownRecorderAsEmpty)
        migrator.registerMigration("v17-task-retired-on", migrate: addRetiredOn)
        migrator.registerMigration("v18-ongoing-from-start", migrate: countOngoingDutiesFromTheirStart)
        return migrator
    }

    /// Plans, their agencies with every name folded for matching, tasks with their
    /// deadline and state, and who leads, advises and coordinates each task.
    private static let v1 = """
        CREATE TABLE plan (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            commune TEXT NOT NULL,
            commune_kind TEXT NOT NULL,
            commune_key TEXT NOT NULL,
            province TEXT NOT NULL,
            province_key TEXT NOT NULL,
            year INTEGER NOT NULL,
            source_path TEXT NOT NULL,
            document_json TEXT NOT NULL
        );
        CREATE INDEX plan_by_place ON plan(province_key, commune_key);

        CREATE TABLE agency (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            mass_organisation INTEGER NOT NULL DEFAULT 0 CHECK (mass_organisation IN (0, 1)),
            retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
            UNIQUE (plan_id, key)
        );
        CREATE INDEX agency_by_key ON agency(key);

        CREATE TABLE agency_name (
            agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
            folded TEXT NOT NULL,
            compact TEXT NOT NULL,
            PRIMARY KEY (agency_id, folded)
        ) WITHOUT ROWID;
        CREATE INDEX agency_name_by_folded ON agency_name(folded);
        CREATE INDEX agency_name_by_compact ON agency_name(compact);

        CREATE TABLE task (
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
            recurrence TEXT CHECK (recurrence IN ('daily', 'weekly', 'monthly', 'quarterly', 'yearly')),
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
            UNIQUE (plan_id, key),
            CHECK (state <> 'done' OR completed_on IS NOT NULL)
        );
        CREATE INDEX task_by_plan ON task(plan_id, retired, deadline);
        CREATE INDEX task_by_root ON task(root_id);
        CREATE INDEX task_by_deadline ON task(deadline) WHERE retired = 0;

        CREATE TABLE task_lead (
            task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
            agency_id INTEGER NOT NULL REFERENCES agency(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (task_id, agency_id)
        ) WITHOUT ROWID;
        CREATE INDEX task_lead_by_agency ON task_lead(agency_id, task_id);

        CREATE TABLE task_party (
            task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('advisory', 'coordinating')),
            position INTEGER NOT NULL,
            agency_id INTEGER REFERENCES agency(id),
            text TEXT,
            CHECK ((agency_id IS NULL) <> (text IS NULL)),
            PRIMARY KEY (task_id, role, position)
        ) WITHOUT ROWID;
        """

    /// Progress with history: every change is a row of `change_log` with the old and new
    /// value of each field it touched (`change_field`), so nothing is updated without a
    /// trace, any past date can be replayed, and a change can be undone. A change belongs
    /// to a plan, and to a task when it is about one.
    /// Deadlines: `plan_deadline` comes from the file, `recorded_deadline` from a user,
    /// `deadline` is the one that counts; `extended_from` is the deadline before the first
    /// move. Occurrences of recurring duties marked done are in `occurrence_done`.
    private static let v2 = """
        ALTER TABLE task ADD COLUMN percent INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100);
        ALTER TABLE task ADD COLUMN state_since TEXT;
        ALTER TABLE task ADD COLUMN plan_deadline TEXT;
        ALTER TABLE task ADD COLUMN recorded_deadline TEXT;
        ALTER TABLE task ADD COLUMN deadline_since TEXT;
        ALTER TABLE task ADD COLUMN extended_from TEXT;
        ALTER TABLE task ADD COLUMN last_change_on TEXT;
        UPDATE task SET plan_deadline = deadline;
        ALTER TABLE plan ADD COLUMN issued_on TEXT;

        CREATE TABLE change_log (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            task_id INTEGER REFERENCES task(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            actor TEXT NOT NULL,
            effective_on TEXT NOT NULL,
            recorded_on TEXT NOT NULL,
            note TEXT,
            undoes INTEGER REFERENCES change_log(id),
            undone_by INTEGER REFERENCES change_log(id)
        );
        CREATE INDEX change_log_by_task ON change_log(task_id, effective_on);
        CREATE INDEX change_log_by_actor ON change_log(actor, id);

        CREATE TABLE change_field (
            change_id INTEGER NOT NULL REFERENCES change_log(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            PRIMARY KEY (change_id, field)
        ) WITHOUT ROWID;

        CREATE TABLE occurrence_done (
            task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            done_on TEXT NOT NULL,
            PRIMARY KEY (task_id, period)
        ) WITHOUT ROWID;
        """

    /// The numbers a result report needs. Indicators with their year's target (tenths of a
    /// percentage point or of a unit, so one decimal is exact); measurements of them;
    /// activities (classes, events) held for a task with participants in total and per
    /// target group; money disbursed or settled against a task and funding source, in whole
    /// đồng. A recorded row counts while `live`; undoing it clears `live`, keeping the trace.
    private static let v3 = """
        CREATE TABLE funding_source (
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (plan_id, key)
        ) WITHOUT ROWID;

        CREATE TABLE indicator (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('percent', 'count')),
            of_what TEXT,
            unit TEXT,
            target_tenths INTEGER NOT NULL CHECK (target_tenths >= 0),
            target_group TEXT,
            task_key TEXT,
            retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
            UNIQUE (plan_id, key),
            CHECK (kind <> 'percent' OR target_tenths <= 1000)
        );

        CREATE TABLE measurement (
            id INTEGER PRIMARY KEY,
            indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
            measured_on TEXT NOT NULL,
            numerator INTEGER,
            denominator INTEGER,
            value_tenths INTEGER NOT NULL CHECK (value_tenths >= 0),
            source TEXT,
            live INTEGER NOT NULL DEFAULT 1 CHECK (live IN (0, 1)),
            CHECK ((numerator IS NULL) = (denominator IS NULL)),
            CHECK (denominator IS NULL OR (denominator > 0 AND numerator BETWEEN 0 AND denominator))
        );
        CREATE INDEX measurement_by_indicator ON measurement(indicator_id, measured_on);

        CREATE TABLE activity (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
            held_on TEXT NOT NULL,
            title TEXT,
            place TEXT,
            participants INTEGER NOT NULL CHECK (participants >= 0),
            unit TEXT NOT NULL CHECK (unit IN ('người', 'lượt')),
            note TEXT,
            live INTEGER NOT NULL DEFAULT 1 CHECK (live IN (0, 1))
        );
        CREATE INDEX activity_by_task ON activity(task_id, held_on);
        CREATE INDEX activity_by_date ON activity(held_on);

        CREATE TABLE activity_group (
            activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
            target_group TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count >= 0),
            PRIMARY KEY (activity_id, target_group)
        ) WITHOUT ROWID;

        CREATE TABLE spending (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
            spent_on TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            source TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('disbursed', 'settled')),
            note TEXT,
            live INTEGER NOT NULL DEFAULT 1 CHECK (live IN (0, 1))
        );
        CREATE INDEX spending_by_task ON spending(task_id);
        """
}
