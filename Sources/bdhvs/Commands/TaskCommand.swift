import ArgumentParser
import BDHVSCore

/// `bdhvs task …`: the tasks of the loaded plans.
struct TaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task",
        abstract: "List and follow tasks (nhiệm vụ).",
        subcommands: [TaskList.self, TaskShow.self, TaskStart.self, TaskDone.self, TaskPause.self, TaskCancel.self,
                      TaskReopen.self, TaskProgress.self, TaskNote.self, TaskDeadline.self]
    )
}

struct TaskList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List tasks and sub-tasks with their status.",
        discussion: """
            --agency matches a lead body by its id, full name or any alias, with or without diacritics \
            ("Phòng VH-XH", "phong van hoa xa hoi", "vhxh").

            Examples:
              bdhvs task list --plan dong-tra-bong-2025
              bdhvs task list --agency "Phong Van hoa - Xa hoi" --overdue --as-of 2025-12-31
              bdhvs task list --due-within 30
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var place: PlaceOptions

    @Option(help: ArgumentHelp("Only this plan (its id).", valueName: "plan"))
    var plan: String?

    @Option(help: ArgumentHelp("Only tasks this body leads.", valueName: "agency"))
    var agency: String?

    @Flag(help: "Only overdue tasks.")
    var overdue = false

    @Option(name: .customLong("due-within"), help: ArgumentHelp("Only tasks not done that fall due within this many days.", valueName: "days"))
    var dueWithin: Int?

    func validate() throws {
        if let dueWithin, dueWithin < 0 { throw ValidationError("--due-within must be 0 or more days, found \(dueWithin)") }
    }

    func run() throws {
        let asOf = try global.asOfDate()
        let filter = TaskFilter(agency: agency, overdueOnly: overdue, dueWithin: dueWithin)
        let tasks = try Failure.guarded { try global.openStore().tasks(place.scope(plan: plan), asOf: asOf, filter: filter) }
        try emit(tasks, format: output.format) { TaskListText(language: global.lang).render(tasks) }
    }
}
