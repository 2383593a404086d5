import GRDB

extension Migrations {
    /// The level of a plan's issuer (`PlanLevel`: 'xa' for the plans written before) and
    /// the last year of a multi-year plan (NULL for a plan of one year), so that listings
    /// name every plan as written and show the years it spans.
    static func addPlanLevelAndYears(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE plan ADD COLUMN level TEXT NOT NULL DEFAULT 'xa';
            ALTER TABLE plan ADD COLUMN last_year INTEGER;
            """)
    }
}
