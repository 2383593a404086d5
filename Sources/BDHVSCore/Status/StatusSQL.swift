/// The status rules as SQL, so that counting and grouping happen in the database over
/// indexed columns, whatever the number of plans. Deadlines and dates are ISO text, which
/// compares as dates; `:asOf` is the as-of date.
enum StatusSQL {
    /// Common table expressions:
    /// - `item`: every live task in scope with its own category and days overdue
    ///   (a task with sub-tasks gets its category from `rolled` instead);
    /// - `rolled`: the category of each task with sub-tasks, rolled up from them: done
    ///   when all are done (late if any was late), else overdue, in progress, deadline
    ///   unknown, ongoing, in that order of precedence;
    /// - `top`: the top-level tasks with their category, which is what plans count.
    static func withClauses(scope: String) -> String {
        """
        WITH item AS (
            SELECT t.id, t.plan_id, t.root_id, t.parent_id, t.has_subtasks, t.deadline, t.completed_on,
                CASE
                    WHEN t.state = 'done' AND t.completed_on <= :asOf THEN
                        CASE WHEN t.deadline IS NOT NULL AND t.completed_on > t.deadline
                            THEN 'done_late' ELSE 'done_on_time' END
                    WHEN t.deadline IS NOT NULL THEN
                        CASE WHEN :asOf > t.deadline THEN 'overdue' ELSE 'in_progress' END
                    WHEN t.schedule_kind IN ('ongoing', 'recurring', 'ongoing_external') THEN 'ongoing'
                    ELSE 'deadline_unknown'
                END AS category,
                CASE WHEN NOT (t.state = 'done' AND t.completed_on <= :asOf) AND :asOf > t.deadline
                    THEN CAST(julianday(:asOf) - julianday(t.deadline) AS INTEGER) ELSE 0 END AS days_overdue
            FROM task t
            WHERE t.retired = 0 AND t.state <> 'cancelled' AND \(scope)
        ),
        rolled AS (
            SELECT root_id AS id,
                CASE
                    WHEN SUM(category IN ('done_on_time', 'done_late')) = COUNT(*) THEN
                        CASE WHEN SUM(category = 'done_late') > 0 THEN 'done_late' ELSE 'done_on_time' END
                    WHEN SUM(category = 'overdue') > 0 THEN 'overdue'
                    WHEN SUM(category = 'in_progress') > 0 THEN 'in_progress'
                    WHEN SUM(category = 'deadline_unknown') > 0 THEN 'deadline_unknown'
                    ELSE 'ongoing'
                END AS category,
                CASE WHEN COUNT(deadline) = COUNT(*) THEN MAX(deadline) END AS deadline,
                MAX(days_overdue) AS days_overdue
            FROM item WHERE parent_id IS NOT NULL AND has_subtasks = 0
            GROUP BY root_id
        ),
        shown AS (
            SELECT i.id, i.plan_id, i.parent_id, i.has_subtasks,
                COALESCE(r.category, i.category) AS category,
                CASE WHEN i.has_subtasks = 1 THEN r.deadline ELSE i.deadline END AS deadline,
                COALESCE(r.days_overdue, i.days_overdue) AS days_overdue
            FROM item i LEFT JOIN rolled r ON r.id = i.id AND i.has_subtasks = 1
        ),
        top AS (
            SELECT * FROM shown WHERE parent_id IS NULL
        )
        """
    }

    /// The scope condition on `t` (the task table) for a set of plan row ids.
    static func scope(planIDs: [Int64]?) -> String {
        guard let planIDs else { return "1 = 1" }
        if planIDs.isEmpty { return "0 = 1" }
        return "t.plan_id IN (" + planIDs.map(String.init).joined(separator: ", ") + ")"
    }
}
