import ArgumentParser
import BDHVSCore

/// `bdhvs agency …`: the bodies that lead tasks.
struct AgencyCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "agency", abstract: Help.text("Theo dõi cơ quan chủ trì nhiệm vụ.", "Follow the bodies (cơ quan) that lead tasks."),
                             subcommands: [AgencyOverdue.self])
    }
}

struct AgencyOverdue: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "overdue",
            abstract: Help.text("Nhiệm vụ quá hạn theo cơ quan chủ trì, quá hạn lâu nhất trước.", "Overdue tasks grouped by lead body, most overdue first."),
            discussion: Help.text("Ví dụ: ", "Example: ") + "bdhvs agency overdue --plan dong-tra-bong-2025 --as-of 2025-12-31")
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var place: PlaceOptions

    @Option(help: ArgumentHelp(Help.text("Chỉ kế hoạch này (mã kế hoạch).", "Only this plan (its id)."), valueName: Help.value("plan")))
    var plan: String?

    @Flag(help: ArgumentHelp(Help.text(
        "Liệt kê mọi nhiệm vụ quá hạn; nếu không, bản tổng hợp nhiều kế hoạch chỉ liệt kê 50 nhiệm vụ quá hạn lâu nhất.",
        "List every overdue task; without it, a roll-up of several plans lists the 50 most overdue.")))
    var all = false

    func run() throws {
        let asOf = try global.asOfDate()
        let scope = place.scope(plan: plan)
        let limit = all || plan != nil ? Int.max : TaskStore.rollUpListLimit
        let store = try global.openStore(.read)
        let (groups, total) = try store.overdueByAgency(scope, asOf: asOf, limit: limit)
        try global.warnIfBeforePlans(store, scope, asOf: asOf)
        try emit(groups, format: output.format) {
            let l = global.language
            let heading = l.pick("Tính đến ngày \(asOf.vietnamese)", "As of \(asOf.vietnamese)")
            let severalPlans = Set(groups.map(\.plan)).count > 1
            return heading + "\n\n" + OverdueText(language: l).render(groups, heading: true, showPlan: severalPlans, total: total)
                .joined(separator: "\n") + "\n"
        }
    }
}
