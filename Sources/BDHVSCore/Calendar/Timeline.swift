/// What a task's timeline ("thời gian thực hiện") means for its deadline.
public enum Schedule: Hashable, Sendable {
    /// A dated deadline, inclusive. `start` is set for a range ("Từ tháng 9 đến tháng 11/2025");
    /// `tentative` marks "Dự kiến …".
    case due(CivilDate, start: CivilDate?, tentative: Bool)
    /// "Thường xuyên": an ongoing duty with no deadline, never overdue as a whole.
    case ongoing
    /// "Từ tháng 9/2025", "Từ năm 2026", "2025 và những năm tiếp theo": an ongoing duty from
    /// that day on (the first day of the month or year written), with no deadline: never
    /// overdue, and nothing of it falls due before it starts.
    case ongoingFrom(CivilDate)
    /// "Hằng tháng", "báo cáo định kỳ 6 tháng", "ngày 10/10 hằng năm" and the like: each
    /// period is due at its end (a yearly duty on a given day, on that day). `from` is set
    /// when the phrase writes a start ("Quý I/2026 và các năm tiếp theo", "Hằng quý, bắt
    /// đầu từ Quý III/2025"): periods that end before it, or before the plan's issue, are
    /// none of the duty's.
    case recurring(RecurrencePeriod, from: CivilDate? = nil)
    /// "Theo kế hoạch (mở lớp) của tỉnh", "theo chỉ đạo của cấp trên": set by someone else,
    /// unknown until a date is entered.
    case external
    /// "Thường xuyên và theo kế hoạch của tỉnh": ongoing, plus milestones set by someone else.
    case ongoingAndExternal

    /// True for the ongoing kinds (`ongoing`, `ongoingFrom`, `ongoingAndExternal`): no
    /// deadline of their own, never overdue as a whole.
    public var isOngoing: Bool {
        switch self {
        case .ongoing, .ongoingFrom, .ongoingAndExternal: return true
        case .due, .recurring, .external: return false
        }
    }

    /// The deadline of a `.due` schedule; nil for every other kind.
    public var deadline: CivilDate? {
        if case .due(let date, _, _) = self { return date }
        return nil
    }
}
