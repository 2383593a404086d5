/// The category of a task as of a date, as officials count it (DOMAIN.md §3). Every task
/// falls in exactly one; the order is the order reports list them in.
public enum TaskCategory: String, CaseIterable, Codable, Sendable, Comparable {
    /// Hoàn thành đúng hạn: done, on or before the deadline.
    case doneOnTime = "done_on_time"
    /// Hoàn thành quá hạn: done after the deadline.
    case doneLate = "done_late"
    /// Đang thực hiện trong hạn: not done, the as-of date is on or before the deadline.
    case inProgress = "in_progress"
    /// Đang thực hiện quá hạn: not done, the as-of date is after the deadline.
    case overdue
    /// Thường xuyên: an ongoing or recurring duty with no single deadline.
    case ongoing
    /// Chưa xác định thời hạn: the deadline is set by someone else and not yet known.
    case deadlineUnknown = "deadline_unknown"

    /// True for the two done categories.
    public var isDone: Bool { self == .doneOnTime || self == .doneLate }

    public static func < (lhs: TaskCategory, rhs: TaskCategory) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Lets `[TaskCategory: Int]` encode as a JSON object keyed by the category names.
extension TaskCategory: CodingKeyRepresentable {}
