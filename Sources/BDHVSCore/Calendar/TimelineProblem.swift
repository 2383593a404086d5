/// Why a timeline phrase or a date could not be turned into a schedule: a typed message
/// (`TimelineMessage`) and the place inside the phrase where the problem starts.
///
/// The validation of a plan turns the offset into a column, so the error points at the
/// offending part of the phrase rather than at the start of the line.
public struct TimelineProblem: Error, Hashable, Sendable, LocalizedMessage {
    /// The kind of problem.
    public enum Kind: Hashable, Sendable {
        /// The text is not a timeline (or date) form that bdhvs knows.
        case notUnderstood
        /// The text names a day, month or quarter that does not exist, such as 31/02/2025.
        case impossibleDate
        /// A range ends before it starts.
        case rangeReversed
    }

    /// What is wrong, in both languages.
    public let reason: TimelineMessage
    /// The `Character` offset inside the phrase where the problem starts, or nil when the
    /// whole phrase is the problem.
    public let offset: Int?

    /// Creates a problem.
    public init(_ reason: TimelineMessage, offset: Int?) {
        self.reason = reason
        self.offset = offset
    }

    /// The kind of problem, from its message.
    public var kind: Kind { reason.kind }
    /// The stable id of the message, such as `timeline.not-understood`.
    public var id: String { reason.id }
    /// The message in `language`.
    public func text(_ language: Language) -> String { reason.text(language) }
    /// The English text, for logs and for callers that still build English sentences.
    public var message: String { reason.text(.en) }

    /// The same problem with its offset moved by `shift` characters (a phrase read inside
    /// a larger one, such as the date in "Dịp … (10/10)").
    func shifted(by shift: Int) -> TimelineProblem {
        TimelineProblem(reason, offset: shift + (offset ?? 0))
    }
}
