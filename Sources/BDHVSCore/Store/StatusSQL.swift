import GRDB

/// The status rules as SQL, so that counting and grouping happen in the database over
/// indexed columns, whatever the number of plans. Deadlines and dates are ISO text, which
/// compares as dates; `:asOf` is the as-of date.
enum StatusSQL {
    /// Common table expressions:
    /// - `base`: every live task in scope with its state, completion date, deadline,
    ///   percent and extension as they were on the as-of date;
    /// - `item`: every live task in scope, not cancelled (cancelled tasks, and the sub-tasks
    ///   of a cancelled task, stay out of counts and rates; `includeCancelled` keeps them, for
    ///   showing one task), with its own category and days overdue; a paused task still
    ///   counts by its deadline (a task with sub-tasks gets its category from `rolled` instead);
    ///   an ongoing duty that starts after the as-of date ("Từ tháng 9/2025" in August) is not
    ///   yet ongoing: it counts as a dated task that has not begun does, in progress within
    ///   its time and not come due;
    /// - `rolled`: the category of each task with sub-tasks, rolled up from them: done
    ///   when all are done (late if any was late), else overdue, in progress, deadline
    ///   unknown, ongoing, in that order of precedence; its deadline is the earliest
    ///   overdue sub-task's when overdue, else the last sub-task's when all have one;
    /// - `top`: the top-level tasks with their category, which is what plans count.
    /// `scope` is a condition on `t` with its own arguments (see `scope(planIDs:)`).
    /// `includeRetired` keeps the tasks no longer in their plan file too, for showing one of
    /// them (`task show`): only with a scope of that task's own family.
    static func withClauses(scope: SQL, includeCancelled: Bool = false, includeRetired: Bool = false) -> SQL {
        SQL(sql: includeRetired ? head.replacingOccurrences(of: "WHERE t.retired = 0 AND", with: "WHERE") : head) + " " + scope
            + SQL(sql: "\n" + tail(includeCancelled: includeCancelled))
    }

    /// `base` up to its scope condition.
    private static let head = """
        WITH base AS (
            SELECT t.id, t.plan_id, t.root_id, t.parent_id, t.has_subtasks, t.schedule_kind, t.start_date, t.last_change_on,
                CASE WHEN \(current()) THEN t.state ELSE COALESCE(\(valueThen("state")), 'open') END AS state,
                CASE WHEN \(current()) THEN t.completed_on ELSE \(valueThen("completed_on")) END AS completed_on,
                CASE WHEN \(current()) THEN t.deadline
                    ELSE COALESCE(\(valueThen("recorded_deadline")), t.plan_deadline) END AS deadline,
                CASE WHEN \(current()) THEN t.percent ELSE COALESCE(CAST(\(valueThen("percent")) AS INTEGER), 0) END AS percent,
                CASE WHEN \(current()) THEN t.extended_from ELSE \(valueThen("extended_from")) END AS extended_from,
                CASE WHEN up.id IS NULL THEN NULL WHEN \(current("up")) THEN up.state
                    ELSE COALESCE(\(valueThen("state", of: "up")), 'open') END AS parent_state
            FROM task t LEFT JOIN task up ON up.id = t.parent_id
            WHERE t.retired = 0 AND
        """

    /// The rest of `base`, then `item`, `rolled`, `shown` and `top`.
    private static func tail(includeCancelled: Bool) -> String {
        """
        ),
        item AS (
            SELECT b.id, b.plan_id, b.root_id, b.parent_id, b.has_subtasks, b.deadline, b.completed_on, b.percent, b.extended_from,
                CASE
                    WHEN b.state = 'done' AND b.completed_on <= :asOf THEN
                        CASE WHEN b.deadline IS NOT NULL AND b.completed_on > b.deadline
                            THEN 'done_late' ELSE 'done_on_time' END
                    WHEN b.deadline IS NOT NULL THEN
                        CASE WHEN :asOf > b.deadline THEN 'overdue' ELSE 'in_progress' END
                    WHEN b.schedule_kind IN ('ongoing', 'recurring', 'ongoing_external') THEN
                        CASE WHEN b.start_date > :asOf THEN 'in_progress' ELSE 'ongoing' END
                    ELSE 'deadline_unknown'
                END AS category,
                CASE WHEN NOT (b.state = 'done' AND b.completed_on <= :asOf) AND :asOf > b.deadline
                    THEN CAST(julianday(:asOf) - julianday(b.deadline) AS INTEGER) ELSE 0 END AS days_overdue
            FROM base b
            WHERE \(includeCancelled ? "1 = 1" : "b.state <> 'cancelled' AND b.parent_state IS NOT 'cancelled'")
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
                CASE WHEN SUM(category = 'overdue') > 0 THEN MIN(CASE WHEN category = 'overdue' THEN deadline END)
                    WHEN COUNT(deadline) = COUNT(*) THEN MAX(deadline) END AS deadline,
                MAX(days_overdue) AS days_overdue,
                CASE WHEN SUM(category IN ('done_on_time', 'done_late')) = COUNT(*) THEN MAX(completed_on) END AS completed_on
            FROM item WHERE parent_id IS NOT NULL AND has_subtasks = 0
            GROUP BY root_id
        ),
        shown AS (
            SELECT i.id, i.plan_id, i.parent_id, i.root_id, i.has_subtasks, i.percent, i.extended_from,
                COALESCE(r.category, i.category) AS category,
                CASE WHEN i.has_subtasks = 1 THEN r.deadline ELSE i.deadline END AS deadline,
                COALESCE(r.days_overdue, i.days_overdue) AS days_overdue,
                CASE WHEN i.has_subtasks = 1 THEN r.completed_on
                    WHEN i.category IN ('done_on_time', 'done_late') THEN i.completed_on END AS completed_on
            FROM item i LEFT JOIN rolled r ON r.id = i.id AND i.has_subtasks = 1
            WHERE i.has_subtasks = 0 OR r.id IS NOT NULL
        ),
        top AS (
            SELECT * FROM shown WHERE parent_id IS NULL
        )
        """
    }

    /// True when the task row holds its values as of `:asOf` (nothing changed after it).
    static func current(_ task: String = "t") -> String {
        "(\(task).last_change_on IS NULL OR \(task).last_change_on <= :asOf)"
    }

    /// The value a task's recorded `field` had as of `:asOf`, replayed from its history
    /// (changes undone, and undos, do not count). Only evaluated for an as-of date before
    /// the task's last change, so present-day queries read the task row alone.
    static func valueThen(_ field: String, of task: String = "t") -> String {
        """
        (SELECT f.new_value FROM change_log c JOIN change_field f ON f.change_id = c.id
            WHERE c.task_id = \(task).id AND f.field = '\(field)' AND c.undoes IS NULL AND c.undone_by IS NULL
                AND c.effective_on <= :asOf
            ORDER BY c.effective_on DESC, c.id DESC LIMIT 1)
        """
    }

    /// Common table expressions over a snapshot already computed into `temp.status_now`
    /// (see `StatusQuery`): `shown` and `top` as above, without computing them again.
    static let fromSnapshot = """
        WITH shown AS (SELECT * FROM temp.status_now), top AS (SELECT * FROM shown WHERE parent_id IS NULL)
        """

    /// The scope condition on `t` (the task table) for a set of plan row ids (nil: every
    /// plan), with the ids as arguments; no id matches nothing.
    static func scope(planIDs: [Int64]?) -> SQL {
        guard let planIDs else { return "1 = 1" }
        return "t.plan_id IN \(planIDs)"
    }
}
