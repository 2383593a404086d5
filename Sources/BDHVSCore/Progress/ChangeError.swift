/// Why a change cannot be recorded. Each says what is wrong and what to do instead, in
/// Vietnamese and English, from typed arguments; no case names a command-line option (the
/// command line may add its own).
public enum ChangeError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownTask(String, plan: String?, suggestion: String?)
    case ambiguousTask(String, plans: [String])
    case retired(task: String)
    case rollsUp(task: String, subtasks: [String])
    /// `attempt` does not apply to a task in `state` (done ones carry their date).
    case notApplicable(task: String, attempt: Attempt, state: WorkState, completedOn: CivilDate?)
    case dateAfterToday(on: CivilDate, today: CivilDate)
    case dateBeforeLastChange(on: CivilDate, last: CivilDate, task: String)
    /// A date (of a change, an activity, a spending, a deadline) before the first year of the
    /// task's plan: what is done for a plan happens within it, and a year typed wrong
    /// ("2024" for "2025") would otherwise be kept without a word.
    case dateBeforePlan(on: CivilDate, plan: String, years: ClosedRange<Int>)
    case percentOutOfRange(Int)
    case sameDeadline(task: String, deadline: CivilDate)
    case notRecurring(task: String)
    case unknownPeriod(task: String, period: String, example: String)
    case periodAlreadyDone(task: String, period: String, on: CivilDate)
    case periodNotStarted(task: String, period: String, start: CivilDate)
    /// The period ended before the task's own timeline starts (`start`, "Từ tháng 9/2025"):
    /// its first period is `first`.
    case periodBeforeTaskStart(task: String, period: String, start: CivilDate, first: String)
    case nothingToUndo(by: String)
    /// The change to undo (`change`, its id) is of a task a later load took out of its plan
    /// file: a retired task is kept as it was, and no longer changes, undo included.
    case undoRetired(plan: String, task: String, change: Int64)
    /// The change to undo records a measurement of an indicator a later load took out of its
    /// plan file: kept as it was, as a retired task's changes are.
    case undoRetiredIndicator(plan: String, indicator: String, change: Int64)
    case changedSince(task: String, field: ChangeField)
    case groupsDoNotAddUp(participants: Int, sum: Int)
    case unknownGroup(String, suggestion: String?)
    case duplicateGroup(String)
    case unknownIndicator(String, plan: String?, suggestion: String?)
    case ambiguousIndicator(String, plans: [String])
    case unknownSource(String, plan: String, known: [String])
    case percentOver100(indicator: String, value: String)
    case ratioNotForCount(indicator: String)
    case numeratorOverDenominator(numerator: Int, denominator: Int)
    case wholeNumberNeeded(indicator: String, value: String)
    /// A percentage ("85%") given for an indicator that counts things.
    case percentForCount(indicator: String, value: String)
    case notPositive(Quantity, value: String)
    /// A typed text (a note, a title, a name) holding a control character (`code`).
    case controlCharacter(text: String, code: UInt32)
    /// A text that is one line (a title, a name, who recorded it) holding a line break.
    case lineBreak(text: String)
    /// A note with nothing in it.
    case emptyNote(task: String)
    /// A typed text longer than `TextLimits` allows (`length` characters, at most `limit`).
    case textTooLong(text: String, length: Int, limit: Int)

    /// What a user tried to do to a task.
    public enum Attempt: String, Sendable, Equatable {
        case start, markDone, pause, cancel, reopen, recordProgress
    }

    /// A number that must be more than 0.
    public enum Quantity: String, Sendable, Equatable {
        case amount, denominator
    }

    /// The English rendering.
    public var description: String { text(.en) }
}

extension ChangeError {
    /// Refuses `date` when it falls before the first year of `task`'s plan (`dateBeforePlan`).
    /// Only the start is bounded: a task of 2025 may be done late, in 2026.
    static func checkNotBeforePlan(_ date: CivilDate, of task: TaskState) throws {
        if date.year < task.years.lowerBound { throw ChangeError.dateBeforePlan(on: date, plan: task.plan, years: task.years) }
    }
}
