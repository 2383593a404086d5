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
    case notPositive(what: String, value: String)

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
        case .groupsDoNotAddUp(let participants, let sum):
            return "the target groups add up to \(Numbers.grouped(sum)), not to the \(Numbers.grouped(participants)) participants; give every group so that they add up, or none"
        case .unknownGroup(let group, let suggestion):
            return "unknown target group '\(group)'" + (suggestion.map { "; did you mean '\($0)'?" }
                ?? "; expected nguoi-dan, hoc-sinh-sinh-vien, can-bo-cong-chuc, lao-dong-doanh-nghiep or a group of the plan")
        case .duplicateGroup(let group):
            return "target group '\(group)' is given twice"
        case .unknownIndicator(let indicator, let plan, let suggestion):
            return "no indicator '\(indicator)'" + (plan.map { " in plan '\($0)'" } ?? " in the loaded plans")
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .ambiguousIndicator(let indicator, let plans):
            return "indicator '\(indicator)' is in several plans (\(plans.map { "'\($0)'" }.joined(separator: ", "))); name one with --plan"
        case .unknownSource(let source, let plan, let known):
            return "no funding source '\(source)' in plan '\(plan)'"
                + (known.isEmpty ? "; the plan's budget lists none" : "; expected one of " + known.map { "'\($0)'" }.joined(separator: ", "))
        case .percentOver100(let indicator, let value):
            return "indicator '\(indicator)' is a percentage; \(value) is over 100"
        case .ratioNotForCount(let indicator):
            return "indicator '\(indicator)' is a count; give --value, not a numerator and denominator"
        case .numeratorOverDenominator(let numerator, let denominator):
            return "the numerator \(Numbers.grouped(numerator)) is larger than the denominator \(Numbers.grouped(denominator))"
        case .wholeNumberNeeded(let indicator, let value):
            return "indicator '\(indicator)' is a count; \(value) is not a whole number"
        case .notPositive(let what, let value):
            return "\(what) must be more than 0, found \(value)"
        }
    }
}
