import GRDB

extension Migrations {
    /// Recurring duties every half year ('half_yearly': "báo cáo định kỳ 6 tháng") and on a
    /// given day each year ('yearly:MM-DD': "ngày 10/10 hằng năm"). SQLite cannot change a
    /// column's CHECK, so the task table is rebuilt by SQLite's documented steps (the
    /// migrator defers foreign keys): its own definition with the one CHECK widened, every
    /// column and row copied, its indexes made again. Working from the stored definition
    /// keeps any column an earlier migration added.
    static func allowEveryRecurrence(_ db: Database) throws {
        let narrow = "CHECK (recurrence IN ('daily', 'weekly', 'monthly', 'quarterly', 'yearly'))"
        let wide = "CHECK (recurrence IN ('daily', 'weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly')\n"
            + "                OR recurrence GLOB 'yearly:[01][0-9]-[0-3][0-9]')"
        guard let create = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'task'"),
              create.contains(narrow), create.hasPrefix("CREATE TABLE task (") else {
            throw DatabaseError(message: "the task table is not as migration v1 made it; cannot widen its recurrence")
        }
        let rebuilt = "CREATE TABLE task_rebuilt (" + create.dropFirst("CREATE TABLE task (".count)
        let indexes = try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'task' AND sql IS NOT NULL ORDER BY name")
        let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(task)").map { "\"\($0["name"] as String)\"" }.joined(separator: ", ")
        try db.execute(sql: rebuilt.replacingOccurrences(of: narrow, with: wide))
        try db.execute(sql: "INSERT INTO task_rebuilt (\(columns)) SELECT \(columns) FROM task")
        try db.execute(sql: "DROP TABLE task")
        try db.execute(sql: "ALTER TABLE task_rebuilt RENAME TO task")
        for index in indexes { try db.execute(sql: index) }
    }
}
