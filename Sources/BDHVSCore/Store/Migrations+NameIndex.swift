import GRDB

extension Migrations {
    /// One index on the agencies' names instead of two: a folded name has one compact key
    /// (`Folding.compactKey` of it), so a lookup by folded name also gives that compact key and
    /// finds its rows through `agency_name_by_compact` (`TaskStore.agencyIDs`). The index by
    /// folded name was 130,000 entries of 3,321 communes' names kept up to date by every load
    /// for nothing: a tenth of the writing of a national load of 10,000 tasks, and 3 of its
    /// 37 MB.
    static func dropFoldedNameIndex(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX IF EXISTS agency_name_by_folded")
    }
}
