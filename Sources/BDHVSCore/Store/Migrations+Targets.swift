import GRDB

extension Migrations {
    /// Targets as plans state them: a direction ('at_least', 'above', 'at_most', 'below'),
    /// the high end of a range, the agency that monitors it, and the targets of later years
    /// (JSON of `PlanIndicator.Horizon`); and a third kind, 'index' ("HDI > 0,7", a rank).
    /// SQLite cannot change a CHECK, so the indicator table is rebuilt as the recurrence
    /// migration rebuilds the task table: its own definition with the kind widened, every
    /// column and row copied (the migrator defers foreign keys, so measurements keep theirs).
    static func addIndicatorTargets(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE indicator ADD COLUMN direction TEXT NOT NULL DEFAULT 'at_least'
                CHECK (direction IN ('at_least', 'above', 'at_most', 'below'));
            ALTER TABLE indicator ADD COLUMN target_high_tenths INTEGER;
            ALTER TABLE indicator ADD COLUMN monitor TEXT;
            ALTER TABLE indicator ADD COLUMN horizons_json TEXT;
            """)
        let narrow = "CHECK (kind IN ('percent', 'count'))"
        let wide = "CHECK (kind IN ('percent', 'count', 'index'))"
        guard let create = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'indicator'"),
              create.contains(narrow), create.hasPrefix("CREATE TABLE indicator (") else {
            throw DatabaseError(message: "the indicator table is not as migration v3 made it; cannot widen its kinds")
        }
        let rebuilt = "CREATE TABLE indicator_rebuilt (" + create.dropFirst("CREATE TABLE indicator (".count)
        let indexes = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'indicator' AND sql IS NOT NULL ORDER BY name")
        let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(indicator)").map { "\"\($0["name"] as String)\"" }.joined(separator: ", ")
        try db.execute(sql: rebuilt.replacingOccurrences(of: narrow, with: wide))
        try db.execute(sql: "INSERT INTO indicator_rebuilt (\(columns)) SELECT \(columns) FROM indicator")
        try db.execute(sql: "DROP TABLE indicator")
        try db.execute(sql: "ALTER TABLE indicator_rebuilt RENAME TO indicator")
        for index in indexes { try db.execute(sql: index) }
    }
}
