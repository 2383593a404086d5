import ArgumentParser
import BDHVSCore

struct PlanList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: Help.text("Liệt kê các kế hoạch đã nạp.", "List the loaded plans."))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let plans = try global.openStore(.read).plans()
        try emit(plans, format: output.format) { PlanText(language: global.language).render(plans) }
    }
}
