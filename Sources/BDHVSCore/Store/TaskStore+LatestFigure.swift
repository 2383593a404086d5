import GRDB

extension TaskStore {
    /// The latest live figure of `kind` for a plan's target group, of `village` (nil: the
    /// commune as a whole), counted on or before `day`: its count and day, or nil.
    func latestFigure(_ db: Database, planRowID: Int64, kind: GroupFigureKind, group: String, village: String?,
                      onOrBefore day: CivilDate) throws -> (count: Int64, on: CivilDate)? {
        let row = try Row.fetchOne(db, sql: """
            SELECT count, counted_on FROM group_figure
            WHERE plan_id = ? AND kind = ? AND target_group = ? AND village IS ? AND counted_on <= ? AND live = 1
            ORDER BY counted_on DESC, id DESC LIMIT 1
            """, arguments: [planRowID, kind, group, village, day.iso])
        guard let row, let on = CivilDate(iso: row["counted_on"]) else { return nil }
        return (row["count"], on)
    }
}
