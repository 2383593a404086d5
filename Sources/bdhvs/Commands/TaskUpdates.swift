import ArgumentParser
import BDHVSCore

/// What every task update takes: the task, its plan when ambiguous, the day it happened,
/// a note, and who records it.
struct UpdateOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(Help.text("Mã nhiệm vụ trong tệp kế hoạch, ví dụ nv1.", "The task's id in its plan file, e.g. nv1."),
                                 valueName: Help.value("task")))
    var task: String

    @Option(help: ArgumentHelp(Help.text("Kế hoạch, khi mã nhiệm vụ có trong nhiều kế hoạch.", "The plan, when the task id is in several plans."),
                               valueName: Help.value("plan")))
    var plan: String?

    @Option(help: ArgumentHelp(Help.date("Ngày việc diễn ra", "The day it happened", then: ("mặc định: ngày tính", "default: the as-of date")),
                               valueName: Help.value("date")))
    var on: CivilDate?

    @Option(help: ArgumentHelp(Help.text("Ghi chú lưu vào lịch sử.", "A note kept in the history."), valueName: Help.value("text")))
    var note: String?

    @Option(help: ArgumentHelp(Help.text("Người ghi (mặc định: $BDHVS_USER, hoặc tên đăng nhập).",
                                         "Who records it (default: $BDHVS_USER, else the login name)."), valueName: Help.value("name")))
    var by: String?

    /// Records `action` and prints the confirmation.
    func perform(_ action: TaskAction, global: GlobalOptions, note overriding: String? = nil) throws {
        let asOf = try global.asOfDate()
        let request = ChangeRequest(plan: plan, task: task, action: action, on: on ?? asOf, recordedOn: asOf,
                                    by: global.actor(by), note: overriding ?? note)
        let change = try global.openStore(.update).record(request)
        emit(ChangeText(language: global.language).confirmation(change))
    }
}

struct TaskStart: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "start", abstract: Help.text("Ghi nhận nhiệm vụ bắt đầu thực hiện.", "Mark a task started."),
                             discussion: Help.text("Ví dụ: ", "Example: ") + "bdhvs task start nv1 --on 2025-08-01 --by \"Lan (VH-XH)\"")
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    func run() throws { try update.perform(.start, global: global) }
}

struct TaskDone: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "done",
            abstract: Help.text("Ghi nhận nhiệm vụ hoàn thành vào một ngày (đúng hạn hay quá hạn do ngày đó quyết định).",
                                "Mark a task done on a date (it decides on time or late)."),
            discussion: Help.text(
                """
                Với nhiệm vụ định kỳ ("Hằng tháng" …) lệnh này ghi hoàn thành một kỳ, kỳ chứa ngày --on, \
                hoặc kỳ ghi bằng --period (ví dụ 2026-03, 2026-Q1, 2026-W11); bản thân nhiệm vụ vẫn tiếp tục.

                Ví dụ: bdhvs task done nv1 --on 2025-08-28 --note "Lễ phát động tại hội trường xã"
                """,
                """
                For a recurring duty ("Hằng tháng" …) this marks one period done, the one containing --on, \
                or the one named by --period (e.g. 2026-03, 2026-Q1, 2026-W11); the duty itself goes on.

                Example: bdhvs task done nv1 --on 2025-08-28 --note "Lễ phát động tại hội trường xã"
                """))
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    @Option(help: ArgumentHelp(Help.text("Với nhiệm vụ định kỳ: kỳ đã hoàn thành, ví dụ 2026-03.", "For a recurring duty: the period done, e.g. 2026-03."),
                               valueName: Help.value("period")))
    var period: String?
    func run() throws { try update.perform(.done(period: period), global: global) }
}

struct TaskPause: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "pause", abstract: Help.text("Tạm hoãn một nhiệm vụ.", "Put a task on hold (tạm hoãn)."))
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    func run() throws { try update.perform(.pause, global: global) }
}

struct TaskCancel: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "cancel", abstract: Help.text(
            "Hủy một nhiệm vụ: nhiệm vụ không còn được tính trong số liệu và tỷ lệ.", "Cancel a task (hủy): it leaves counts and rates."))
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    func run() throws { try update.perform(.cancel, global: global) }
}

struct TaskReopen: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "reopen", abstract: Help.text(
            "Mở lại nhiệm vụ đã hoàn thành, tạm hoãn hoặc đã hủy.", "Reopen a done, paused or cancelled task."))
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    func run() throws { try update.perform(.reopen, global: global) }
}

struct TaskProgress: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "progress", abstract: Help.text("Ghi tiến độ (phần trăm) của nhiệm vụ.", "Record percent progress of a task."),
                             discussion: Help.text("Ví dụ: bdhvs task progress nv3a 40 --note \"Đã mở 2/5 lớp\"",
                                                   "Example: bdhvs task progress nv3a 40 --note \"2 of 5 classes held\""))
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    @Argument(help: ArgumentHelp(Help.text("Phần trăm hoàn thành, từ 0 đến 100.", "Percent complete, 0 to 100."), valueName: Help.value("percent")))
    var percent: Percent
    func run() throws { try update.perform(.progress(percent.value), global: global) }
}

struct TaskNote: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "note", abstract: Help.text("Thêm ghi chú vào lịch sử nhiệm vụ.", "Add a note to a task's history."),
                             discussion: Help.text("Ví dụ: ", "Example: ") + "bdhvs task note nv2 \"Đã đăng 12 tin bài\"")
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    @Argument(help: ArgumentHelp(Help.text("Nội dung ghi chú.", "The note."), valueName: Help.value("text")))
    var text: String
    func run() throws { try update.perform(.note, global: global, note: text) }
}

struct TaskDeadline: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "deadline",
            abstract: Help.text("Đặt thời hạn tỉnh công bố, hoặc lùi thời hạn.", "Set the deadline the province announced, or move a deadline."),
            discussion: Help.text(
                """
                Thời hạn trong kế hoạch vẫn được lưu; thời hạn bị lùi là một lần gia hạn, và phần tình hình \
                thực hiện cho biết nhiệm vụ nào hoàn thành sau thời hạn ban đầu.

                Ví dụ: bdhvs task deadline nv3b 2025-11-30 --reason "Sở KH&CN mở lớp tháng 11"
                """,
                """
                The deadline from the plan stays on record; a moved deadline is an extension, and status \
                tells tasks done after their original deadline.

                Example: bdhvs task deadline nv3b 2025-11-30 --reason "Sở KH&CN mở lớp tháng 11"
                """))
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var update: UpdateOptions
    @Argument(help: ArgumentHelp(Help.date("Thời hạn mới", "The new deadline"), valueName: Help.value("date")))
    var date: CivilDate
    @Option(help: ArgumentHelp(Help.text("Lý do đặt hoặc lùi thời hạn.", "Why it is set or moved."), valueName: Help.value("text")))
    var reason: String?
    func run() throws { try update.perform(.deadline(date), global: global, note: reason) }
}

struct UndoCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "undo", abstract: Help.text("Hoàn tác thay đổi gần nhất bạn đã ghi.", "Undo the last change you recorded."),
            discussion: Help.text("Việc hoàn tác cũng được lưu trong lịch sử. Ví dụ: ", "The undo is itself kept in the history. Example: ")
                + "bdhvs undo --by \"Lan (VH-XH)\"")
    }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Help.text("Thay đổi của ai (mặc định: $BDHVS_USER, hoặc tên đăng nhập).",
                                         "Whose last change (default: $BDHVS_USER, else the login name)."), valueName: Help.value("name")))
    var by: String?
    func run() throws {
        let asOf = try global.asOfDate()
        let change = try global.openStore(.update).undo(by: global.actor(by), recordedOn: asOf)
        emit(ChangeText(language: global.language).confirmation(change))
    }
}
