/// How often a recurring duty ("Hằng tháng", "hằng quý", …) falls due.
public enum RecurrencePeriod: String, Sendable, Codable, CaseIterable {
    /// "Hằng ngày": every day.
    case daily
    /// "Hằng tuần": every week.
    case weekly
    /// "Hằng tháng": every month, due on its last day.
    case monthly
    /// "Hằng quý": every quarter, due on its last day.
    case quarterly
    /// "Hằng năm": every year, due on 31 December.
    case yearly
}

/// What a task's timeline ("thời gian thực hiện") means for its deadline.
public enum Schedule: Hashable, Sendable {
    /// A dated deadline, inclusive. `start` is set for a range ("Từ tháng 9 đến tháng 11/2025");
    /// `tentative` marks "Dự kiến …".
    case due(CivilDate, start: CivilDate?, tentative: Bool)
    /// "Thường xuyên": an ongoing duty with no deadline, never overdue as a whole.
    case ongoing
    /// "Hằng tháng" and the like: each period is due at its end.
    case recurring(RecurrencePeriod)
    /// "Theo kế hoạch (mở lớp) của tỉnh", "theo chỉ đạo của cấp trên": set by someone else,
    /// unknown until a date is entered.
    case external
    /// "Thường xuyên và theo kế hoạch của tỉnh": ongoing, plus milestones set by someone else.
    case ongoingAndExternal

    /// The deadline of a `.due` schedule; nil for every other kind.
    public var deadline: CivilDate? {
        if case .due(let date, _, _) = self { return date }
        return nil
    }
}

/// Why a timeline phrase or a date could not be turned into a schedule.
public struct TimelineProblem: Error, Hashable, Sendable {
    /// The kind of problem.
    public enum Kind: Hashable, Sendable {
        /// The text is not a timeline (or date) form that bdhvs knows.
        case notUnderstood
        /// The text names a day, month or quarter that does not exist, such as 31/02/2025.
        case impossibleDate
        /// A range ends before it starts.
        case rangeReversed
    }

    /// The kind of problem.
    public let kind: Kind
    /// English, lowercase, no final period; names the offending text in single quotes and
    /// says what was expected.
    public let message: String
    /// The `Character` offset inside the phrase where the problem starts, or nil when the
    /// whole phrase is the problem.
    public let offset: Int?

    /// Creates a problem.
    public init(kind: Kind, message: String, offset: Int?) {
        self.kind = kind
        self.message = message
        self.offset = offset
    }
}

extension TimelineProblem {
    static let expectedForms = "a month ('Tháng 8/2025'), a quarter ('Quý III/2025'), a date "
        + "('ngày 10/10/2025'), 'Thường xuyên', 'Hằng tháng' or 'Theo kế hoạch của tỉnh'"

    static let expectedDate = "a date such as '24/7/2025', '20.7.2025', '2025-07-24' "
        + "or 'ngày 29 tháng 4 năm 2025'"

    static func timelineNotUnderstood(_ phrase: String) -> TimelineProblem {
        TimelineProblem(kind: .notUnderstood,
                        message: "timeline '\(phrase)' not understood; expected \(expectedForms)",
                        offset: nil)
    }

    static func dateNotUnderstood(_ text: String) -> TimelineProblem {
        TimelineProblem(kind: .notUnderstood,
                        message: "date '\(text)' not understood; expected \(expectedDate)",
                        offset: nil)
    }

    static func unexpectedTail(_ tail: String, after head: String, in phrase: String, offset: Int) -> TimelineProblem {
        TimelineProblem(kind: .notUnderstood,
                        message: "unexpected '\(tail)' in '\(phrase)'; expected the text to end after '\(head)'",
                        offset: offset)
    }

    static func rangeReversed(_ text: String, start: CivilDate, end: CivilDate, offset: Int) -> TimelineProblem {
        TimelineProblem(kind: .rangeReversed,
                        message: "range '\(text)' ends before it starts: \(end.vietnamese) is before "
                            + "\(start.vietnamese); expected the later date last",
                        offset: offset)
    }

    static func impossible(_ text: String, _ reason: String, offset: Int) -> TimelineProblem {
        TimelineProblem(kind: .impossibleDate, message: "impossible date '\(text)': \(reason)", offset: offset)
    }
}
