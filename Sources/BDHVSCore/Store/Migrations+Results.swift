import GRDB

extension Migrations {
    /// Results per target group (issue 13). Every row is keyed by its plan (`plan_id`) and
    /// names villages by their stable text id, so a package can copy a plan's rows as they
    /// are; figures and teams, which have no natural key, have `uid` as packages need
    /// (`PackageTables`), given when they first leave in a package.
    ///
    /// - `village`, `plan_group`: the plan's villages and its own target groups with the
    ///   national group each belongs to, replaced on every load.
    /// - `group_figure`: the population of a target group and the persons confirmed as
    ///   having reached the basic level, each a figure as of a date, for the commune
    ///   (`village` NULL) or a village. The latest figure as of a date counts; figures are
    ///   never added over dates.
    /// - `team`, `team_member`: community digital teams (Tổ công nghệ số cộng đồng), one per
    ///   village, with their members and the decision that set them up.
    /// - `activity` counts in any unit (lớp, khóa, tin/bài …), not only người and lượt, and
    ///   may name its village, and may be a running total ("tính đến ngày …": only the
    ///   latest of a series counts); the key `can-bo-cong-chuc` becomes `cbccvc`.
    static func addResults(_ db: Database) throws {
        try db.execute(sql: resultsTables)
        try widenActivityUnit(db)
        try db.execute(sql: "ALTER TABLE activity ADD COLUMN village TEXT")
        try db.execute(sql: "ALTER TABLE activity ADD COLUMN running_total INTEGER NOT NULL DEFAULT 0 CHECK (running_total IN (0, 1))")
        try db.execute(sql: "UPDATE activity_group SET target_group = 'cbccvc' WHERE target_group = 'can-bo-cong-chuc'")
        try db.execute(sql: "UPDATE indicator SET target_group = 'cbccvc' WHERE target_group = 'can-bo-cong-chuc'")
    }

    private static let resultsTables = """
        CREATE TABLE village (
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (plan_id, key)
        ) WITHOUT ROWID;

        CREATE TABLE plan_group (
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            national_group TEXT,
            PRIMARY KEY (plan_id, key)
        ) WITHOUT ROWID;

        CREATE TABLE group_figure (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('population', 'confirmed')),
            target_group TEXT NOT NULL,
            national_group TEXT NOT NULL
                CHECK (national_group IN ('nguoi-dan', 'hoc-sinh-sinh-vien', 'cbccvc', 'lao-dong-doanh-nghiep')),
            village TEXT,
            counted_on TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count BETWEEN 0 AND 1000000000),
            source TEXT,
            live INTEGER NOT NULL DEFAULT 1 CHECK (live IN (0, 1)),
            uid TEXT
        );
        CREATE UNIQUE INDEX group_figure_by_uid ON group_figure(uid);
        CREATE INDEX group_figure_latest ON group_figure(plan_id, kind, target_group, village, counted_on);

        CREATE TABLE team (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
            village TEXT NOT NULL,
            members INTEGER NOT NULL CHECK (members BETWEEN 0 AND 1000000000),
            decision TEXT,
            founded_on TEXT NOT NULL,
            live INTEGER NOT NULL DEFAULT 1 CHECK (live IN (0, 1)),
            uid TEXT
        );
        CREATE UNIQUE INDEX team_by_uid ON team(uid);
        CREATE INDEX team_by_plan ON team(plan_id, village);

        CREATE TABLE team_member (
            team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT,
            PRIMARY KEY (team_id, position)
        ) WITHOUT ROWID;
        """

    /// SQLite cannot change a column's CHECK: the activity table is rebuilt as the task
    /// table was for recurrences (`allowEveryRecurrence`), from its stored definition with
    /// the unit's CHECK widened to any short text.
    private static func widenActivityUnit(_ db: Database) throws {
        let narrow = "CHECK (unit IN ('người', 'lượt'))"
        let wide = "CHECK (length(unit) BETWEEN 1 AND 40)"
        guard let create = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'activity'"),
              create.contains(narrow), create.hasPrefix("CREATE TABLE activity (") else {
            throw DatabaseError(message: "the activity table is not as migration v3 made it; cannot widen its unit")
        }
        let rebuilt = "CREATE TABLE activity_rebuilt (" + create.dropFirst("CREATE TABLE activity (".count)
        let indexes = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity' AND sql IS NOT NULL ORDER BY name")
        let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(activity)").map { "\"\($0["name"] as String)\"" }.joined(separator: ", ")
        try db.execute(sql: rebuilt.replacingOccurrences(of: narrow, with: wide))
        try db.execute(sql: "INSERT INTO activity_rebuilt (\(columns)) SELECT \(columns) FROM activity")
        try db.execute(sql: "DROP TABLE activity")
        try db.execute(sql: "ALTER TABLE activity_rebuilt RENAME TO activity")
        for index in indexes { try db.execute(sql: index) }
    }
}
