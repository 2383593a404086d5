import GRDB

/// Where the work on a task stands, as `task.state` stores it and the change log records it.
public enum WorkState: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    /// Not started yet (Chưa thực hiện).
    case open
    /// Work has started (Đang thực hiện).
    case started
    /// Done (Hoàn thành); the task has a completion date.
    case done
    /// On hold (Tạm hoãn): still counted by its deadline.
    case paused
    /// Cancelled (Hủy): left out of counts and rates.
    case cancelled
}
