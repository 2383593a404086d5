import ArgumentParser
import BDHVSCore

/// `bdhvs task …`: the tasks of the loaded plans.
struct TaskCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "task",
            abstract: Help.text("Liệt kê và theo dõi nhiệm vụ.", "List and follow tasks (nhiệm vụ)."),
            subcommands: [TaskList.self, TaskShow.self, TaskStart.self, TaskDone.self, TaskPause.self, TaskCancel.self,
                          TaskReopen.self, TaskProgress.self, TaskNote.self, TaskDeadline.self])
    }
}

struct TaskList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            abstract: Help.text("Liệt kê nhiệm vụ và nhiệm vụ con cùng tình trạng.", "List tasks and sub-tasks with their status."),
            discussion: Help.text(
                """
                --agency nhận cơ quan chủ trì theo mã, tên đầy đủ hoặc tên gọi khác, có hoặc không dấu \
                ("Phòng VH-XH", "phong van hoa xa hoi", "vhxh").

                Ví dụ:
                  bdhvs task list --plan dong-tra-bong-2025
                  bdhvs task list --agency "Phong Van hoa - Xa hoi" --overdue --as-of 2025-12-31
                  bdhvs task list --due-within 30
                """,
                """
                --agency matches a lead body by its id, full name or any alias, with or without diacritics \
                ("Phòng VH-XH", "phong van hoa xa hoi", "vhxh").

                Examples:
                  bdhvs task list --plan dong-tra-bong-2025
                  bdhvs task list --agency "Phong Van hoa - Xa hoi" --overdue --as-of 2025-12-31
                  bdhvs task list --due-within 30
                """))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var place: PlaceOptions

    @Option(help: ArgumentHelp(Help.text("Chỉ kế hoạch này (mã kế hoạch).", "Only this plan (its id)."), valueName: Help.value("plan")))
    var plan: String?

    @Option(help: ArgumentHelp(Help.text("Chỉ các nhiệm vụ cơ quan này chủ trì.", "Only tasks this body leads."), valueName: Help.value("agency")))
    var agency: String?

    @Flag(help: ArgumentHelp(Help.text("Chỉ các nhiệm vụ quá hạn.", "Only overdue tasks.")))
    var overdue = false

    @Option(name: .customLong("due-within"), help: ArgumentHelp(Help.text(
        "Chỉ các nhiệm vụ chưa hoàn thành đến hạn trong số ngày này.", "Only tasks not done that fall due within this many days."),
        valueName: Help.value("days")))
    var dueWithin: Days?

    func run() throws {
        let asOf = try global.asOfDate()
        let filter = TaskFilter(agency: agency, overdueOnly: overdue, dueWithin: dueWithin?.value)
        let store = try global.openStore(.read)
        try global.warnIfBeforePlans(store, place.scope(plan: plan), asOf: asOf)
        guard output.format == .text else {
            let tasks = try store.tasks(place.scope(plan: plan), asOf: asOf, filter: filter)
            return try emit(tasks, format: output.format) { TaskListText(language: global.language).render(tasks) }
        }
        // Text is written as the tasks are read, a few hundred kilobytes at a time, on a
        // thread of its own (`TaskListPipe`); the overdue list of a kind of body is read in
        // two halves at once, the second written on the thread that reads it and printed
        // after the first.
        let pipe = TaskListPipe(language: global.language, console: Session.current.console)
        let later = TaskListHalf(language: global.language)
        var batch: [TaskRow] = []
        do {
            try store.eachTaskInHalves(place.scope(plan: plan), asOf: asOf, filter: filter, first: { task in
                batch.append(task)
                if batch.count == TaskListPipe.batchSize {
                    pipe.put(batch)
                    batch = []
                }
            }, second: { task in later.add(task) })
        } catch {
            pipe.finish(complete: false)
            throw error
        }
        pipe.put(batch)
        pipe.finish(complete: true, later: later)
    }
}

struct TaskShow: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: Help.text(
            "Xem một nhiệm vụ: cơ quan, thời hạn, tình trạng và lịch sử.", "Show a task, its bodies, deadline, status and history."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Argument(help: ArgumentHelp(Help.text("Mã nhiệm vụ.", "The task's id."), valueName: Help.value("task")))
    var task: String
    @Option(help: ArgumentHelp(Help.text("Kế hoạch, khi mã nhiệm vụ có trong nhiều kế hoạch.", "The plan, when the task id is in several plans."),
                               valueName: Help.value("plan")))
    var plan: String?

    func run() throws {
        let asOf = try global.asOfDate()
        let store = try global.openStore(.read)
        let detail = try store.detail(task: task, plan: plan, asOf: asOf)
        try global.warnIfBeforePlans(store, PlanScope(plan: detail.task.plan), asOf: asOf)
        try emit(detail, format: output.format) { TaskDetailText(language: global.language).render(detail) }
    }
}
