/// Why a change cannot be recorded. Each says what is wrong and what to do instead.
public enum ChangeError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownTask(String, plan: String?, suggestion: String?)
    case ambiguousTask(String, plans: [String])
    case retired(task: String)
    case rollsUp(task: String, subtasks: [String])
    case notApplicable(task: String, state: String, action: String, hint: String)
    case dateAfterToday(on: CivilDate, today: CivilDate)
    case dateBeforeLastChange(on: CivilDate, last: CivilDate, task: String)
    case percentOutOfRange(Int)
    case sameDeadline(task: String, deadline: CivilDate)
    case notRecurring(task: String)
    case unknownPeriod(task: String, period: String, example: String)
    case periodAlreadyDone(task: String, period: String, on: CivilDate)
    case periodNotStarted(task: String, period: String, start: CivilDate)
    case nothingToUndo(by: String)
    case changedSince(task: String, field: String)

    public var description: String {
        switch self {
        case .unknownTask(let task, let plan, let suggestion):
            return "no task '\(task)'" + (plan.map { " in plan '\($0)'" } ?? " in the loaded plans")
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .ambiguousTask(let task, let plans):
            return "task '\(task)' is in several plans (\(plans.map { "'\($0)'" }.joined(separator: ", "))); name one with --plan"
        case .retired(let task):
            return "task '\(task)' is no longer in its plan file (retired); it cannot be updated"
        case .rollsUp(let task, let subtasks):
            return "task '\(task)' rolls up from its sub-tasks (\(subtasks.joined(separator: ", "))); update those instead"
        case .notApplicable(let task, let state, let action, let hint):
            return "cannot \(action) task '\(task)': it is \(state)" + (hint.isEmpty ? "" : "; \(hint)")
        case .dateAfterToday(let on, let today):
            return "--on \(on.vietnamese) is after today (\(today.vietnamese)); record what has happened"
        case .dateBeforeLastChange(let on, let last, let task):
            return "--on \(on.vietnamese) is before the last change of task '\(task)' (\(last.vietnamese)); changes are recorded in the order they happened"
        case .percentOutOfRange(let value):
            return "percent must be between 0 and 100, found \(value)"
        case .sameDeadline(let task, let deadline):
            return "task '\(task)' is already due \(deadline.vietnamese)"
        case .notRecurring(let task):
            return "task '\(task)' is not a recurring duty; --period applies to recurring duties only"
        case .unknownPeriod(let task, let period, let example):
            return "task '\(task)' has no period '\(period)' in its plan's year; periods look like '\(example)'"
        case .periodAlreadyDone(let task, let period, let on):
            return "period \(period) of task '\(task)' is already done (on \(on.vietnamese))"
        case .periodNotStarted(let task, let period, let start):
            return "period \(period) of task '\(task)' starts on \(start.vietnamese); it cannot be done before it starts"
        case .nothingToUndo(let by):
            return "'\(by)' has no change left to undo"
        case .changedSince(let task, let field):
            return "cannot undo: the \(field) of task '\(task)' was changed again since; undo that change first"
        }
    }
}
