import ArgumentParser
import BDHVSCore
import Foundation

/// What every task update takes: the task, its plan when ambiguous, the day it happened,
/// a note, and who records it.
struct UpdateOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The task's id in its plan file, e.g. nv1.", valueName: "task"))
    var task: String

    @Option(help: ArgumentHelp("The plan, when the task id is in several plans.", valueName: "plan"))
    var plan: String?

    @Option(help: ArgumentHelp("The day it happened, YYYY-MM-DD (default: the as-of date).", valueName: "date"))
    var on: String?

    @Option(help: ArgumentHelp("A note kept in the history.", valueName: "text"))
    var note: String?

    @Option(help: ArgumentHelp("Who records it (default: $BDHVS_USER, else the login name).", valueName: "name"))
    var by: String?

    /// Records `action` and prints the confirmation.
    func perform(_ action: TaskAction, global: GlobalOptions, note overriding: String? = nil) throws {
        let asOf = try global.asOfDate()
        let day: CivilDate
        do {
            day = try on.map { try Invocation.parseDate($0, source: "--on") } ?? asOf
        } catch let error as InvocationError {
            throw ValidationError(error.description)
        }
        let request = ChangeRequest(
            plan: plan, task: task, action: action, on: day, recordedOn: asOf,
            by: Invocation.actor(flag: by, environment: ProcessInfo.processInfo.environment), note: overriding ?? note)
        let change = try Failure.guarded { try global.openStore().record(request) }
        emit(ChangeText(language: global.lang).confirmation(change))
    }
}

struct TaskStart: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Mark a task started.",
                                                    discussion: "Example: bdhvs task start nv1 --on 2025-08-01 --by \"Lan (VH-XH)\"")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    func run() throws { try update.perform(.start, global: global) }
}

struct TaskDone: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done", abstract: "Mark a task done on a date (it decides on time or late).",
        discussion: """
            For a recurring duty ("Hằng tháng" …) this marks one period done, the one containing --on, \
            or the one named by --period (e.g. 2026-03, 2026-Q1, 2026-W11); the duty itself goes on.

            Example: bdhvs task done nv1 --on 2025-08-28 --note "Lễ phát động tại hội trường xã"
            """)
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    @Option(help: ArgumentHelp("For a recurring duty: the period done, e.g. 2026-03.", valueName: "period"))
    var period: String?
    func run() throws { try update.perform(.done(period: period), global: global) }
}

struct TaskPause: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pause", abstract: "Put a task on hold (tạm hoãn).")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    func run() throws { try update.perform(.pause, global: global) }
}

struct TaskCancel: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "cancel", abstract: "Cancel a task (hủy): it leaves counts and rates.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    func run() throws { try update.perform(.cancel, global: global) }
}

struct TaskReopen: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Reopen a done, paused or cancelled task.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    func run() throws { try update.perform(.reopen, global: global) }
}

struct TaskProgress: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "progress", abstract: "Record percent progress of a task.",
                                                    discussion: "Example: bdhvs task progress nv3a 40 --note \"2 of 5 classes held\"")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    @Argument(help: ArgumentHelp("Percent complete, 0 to 100.", valueName: "percent"))
    var percent: Int
    func run() throws { try update.perform(.progress(percent), global: global) }
}

struct TaskNote: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note to a task's history.",
                                                    discussion: "Example: bdhvs task note nv2 \"Đã đăng 12 tin bài\"")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    @Argument(help: ArgumentHelp("The note.", valueName: "text"))
    var text: String
    func run() throws { try update.perform(.note, global: global, note: text) }
}

struct TaskDeadline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deadline", abstract: "Set the deadline the province announced, or move a deadline.",
        discussion: """
            The deadline from the plan stays on record; a moved deadline is an extension, and status \
            tells tasks done after their original deadline.

            Example: bdhvs task deadline nv3b 2025-11-30 --reason "Sở KH&CN mở lớp tháng 11"
            """)
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    @Argument(help: ArgumentHelp("The new deadline, YYYY-MM-DD.", valueName: "date"))
    var date: String
    @Option(help: ArgumentHelp("Why it is set or moved.", valueName: "text"))
    var reason: String?
    func run() throws {
        let deadline: CivilDate
        do { deadline = try Invocation.parseDate(date, source: "deadline") } catch let error as InvocationError {
            throw ValidationError(error.description)
        }
        try update.perform(.deadline(deadline), global: global, note: reason)
    }
}

struct TaskShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a task, its bodies, deadline, status and history.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Argument(help: ArgumentHelp("The task's id.", valueName: "task"))
    var task: String
    @Option(help: ArgumentHelp("The plan, when the task id is in several plans.", valueName: "plan"))
    var plan: String?
    func run() throws {
        let asOf = try global.asOfDate()
        let detail = try Failure.guarded { try global.openStore().detail(task: task, plan: plan, asOf: asOf) }
        try emit(detail, format: output.format) { TaskDetailText(language: global.lang).render(detail) }
    }
}

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo", abstract: "Undo the last change you recorded.",
        discussion: "The undo is itself kept in the history. Example: bdhvs undo --by \"Lan (VH-XH)\"")
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Whose last change (default: $BDHVS_USER, else the login name).", valueName: "name"))
    var by: String?
    func run() throws {
        let asOf = try global.asOfDate()
        let actor = Invocation.actor(flag: by, environment: ProcessInfo.processInfo.environment)
        let change = try Failure.guarded { try global.openStore().undo(by: actor, recordedOn: asOf) }
        emit(ChangeText(language: global.lang).confirmation(change))
    }
}
