import ArgumentParser
import BDHVSCore

struct PlanStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show where a plan stands, or a roll-up of every loaded plan.",
        discussion: """
            Counts tasks as officials do: done on time, done late, in progress within deadline, \
            overdue, ongoing, deadline unknown; the completion rate over all tasks and over tasks that \
            have come due; tasks per lead body; overdue tasks by lead body with days overdue; and what \
            falls due in the next 30 days. A task with sub-tasks counts once, rolled up from them.

            Example: bdhvs plan status dong-tra-bong-2025 --as-of 2025-12-31
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var place: PlaceOptions

    @Argument(help: ArgumentHelp("Plan id (default: every loaded plan).", valueName: "plan"))
    var plan: String?

    func run() throws {
        let asOf = try global.asOfDate()
        let report = try Failure.guarded { try global.openStore().status(place.scope(plan: plan), asOf: asOf) }
        try emit(report, format: output.format) { StatusText(language: global.lang).render(report) }
    }
}
