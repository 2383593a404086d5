import ArgumentParser
import BDHVSCore

struct PlanList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the loaded plans."
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let plans = try Failure.guarded { try global.openStore().plans() }
        try emit(plans, format: output.format) { PlanText(language: global.lang).render(plans) }
    }
}
