import GRDB

/// Dates are stored as ISO text (YYYY-MM-DD), which SQLite compares as dates. The calendar
/// stays free of GRDB; the store adds the mapping.
extension CivilDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { iso.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CivilDate? {
        String.fromDatabaseValue(dbValue).flatMap(CivilDate.init(iso:))
    }
}
