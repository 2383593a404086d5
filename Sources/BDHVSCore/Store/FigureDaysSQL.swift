import GRDB

extension TaskStore {
    /// The day of the latest live figure (population or persons confirmed) up to `asOf` of
    /// each plan and national group: the day a coverage made of those figures is as of.
    func latestFigureDays(_ db: Database, planIDs ids: [Int64]?, asOf: CivilDate) throws -> [Int64: [String: CivilDate]] {
        let scope: SQL = ids.map { "AND plan_id IN \($0)" } ?? ""
        var days: [Int64: [String: CivilDate]] = [:]
        for row in try Row.fetchAll(db, SQLRequest(literal: """
            SELECT plan_id, national_group, MAX(counted_on) AS day FROM group_figure
            WHERE live = 1 AND counted_on <= \(asOf) \(scope) GROUP BY plan_id, national_group
            """)) {
            guard let day = CivilDate(iso: row["day"]) else { continue }
            days[row["plan_id"], default: [:]][row["national_group"]] = day
        }
        return days
    }
}
