import GRDB

/// Which recorded activities count in a total: the one definition that `results` (its
/// totals per unit), `activity list` (its totals, per group too) and the report (its
/// participants per target group) share, so that they cannot disagree.
///
/// An event's figure counts. A running total ("tính đến ngày …" on a platform: the same
/// task, unit, village and title) is a figure that replaces the one before it: only its
/// latest figure up to the day asked counts, successive figures are never added (DOMAIN §9).
enum CountedActivities {
    /// The live activities held up to `upTo` (nil: any day) of the tasks of the plans of
    /// `planIDs` (nil: every plan) that count, as rows (id, plan_id, village, unit,
    /// participants).
    static func rows(planIDs ids: [Int64]?, upTo: CivilDate?) -> SQL {
        var scope: SQL = ids.map { "AND t.plan_id IN \($0)" } ?? ""
        if let upTo { scope += " AND a.held_on <= \(upTo)" }
        return """
            SELECT a.id, t.plan_id, a.village, a.unit, a.participants
            FROM activity a JOIN task t ON t.id = a.task_id
            WHERE a.live = 1 AND a.running_total = 0 \(scope)
            UNION ALL
            SELECT id, plan_id, village, unit, participants FROM (
                SELECT a.id, t.plan_id, a.village, a.unit, a.participants,
                    ROW_NUMBER() OVER (PARTITION BY a.task_id, a.unit, a.village, a.title ORDER BY a.held_on DESC, a.id DESC) AS rank
                FROM activity a JOIN task t ON t.id = a.task_id
                WHERE a.live = 1 AND a.running_total = 1 \(scope)
            ) WHERE rank = 1
            """
    }
}
