import ArgumentParser
import BDHVSCore

/// `bdhvs agency …`: the bodies that lead tasks.
struct AgencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agency",
        abstract: "Follow the bodies (cơ quan) that lead tasks.",
        subcommands: [AgencyOverdue.self]
    )
}

struct AgencyOverdue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "Overdue tasks grouped by lead body, most overdue first.",
        discussion: "Example: bdhvs agency overdue --plan dong-tra-bong-2025 --as-of 2025-12-31"
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var place: PlaceOptions

    @Option(help: ArgumentHelp("Only this plan (its id).", valueName: "plan"))
    var plan: String?

    func run() throws {
        let asOf = try global.asOfDate()
        let groups = try Failure.guarded { try global.openStore().overdueByAgency(place.scope(plan: plan), asOf: asOf) }
        try emit(groups, format: output.format) {
            let l = global.lang
            let heading = l.pick("Tính đến ngày \(asOf.vietnamese)", "As of \(asOf.vietnamese)")
            let severalPlans = Set(groups.map(\.plan)).count > 1
            return heading + "\n\n" + OverdueText(language: l).render(groups, heading: true, showPlan: severalPlans)
                .joined(separator: "\n") + "\n"
        }
    }
}
