import GRDB

extension Migrations {
    /// The day a load retired a task (took it out of its plan file): the as-of date of that
    /// load, as a change keeps the day it was recorded. A table of its own, not a column of
    /// `task`: packages carry `task` exactly as its definition stands, so a new column would
    /// have made every package of an earlier release unreadable here, and ours there. Tasks
    /// retired before this migration have no row: they are shown retired, with no date.
    /// A row counts only while its task is retired; the load that brings the task back
    /// removes it.
    static func addRetiredOn(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE task_retirement (
                task_id INTEGER PRIMARY KEY REFERENCES task(id) ON DELETE CASCADE,
                retired_on TEXT NOT NULL
            )
            """)
    }
}
