import GRDB

extension Migrations {
    /// A package's changes are found by their plan when a newer package of the same commune
    /// replaces them (`PackageMerge`): without this index every import of a known commune
    /// read the whole change log.
    static func addPackageIndexes(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX change_log_by_plan ON change_log(plan_id)")
    }
}
