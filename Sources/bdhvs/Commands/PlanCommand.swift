import ArgumentParser

/// `bdhvs plan …`: check, load, list plans and see where they stand.
struct PlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "plan",
            abstract: Help.text("Kiểm tra, nạp và theo dõi kế hoạch.", "Check, load and follow plans (kế hoạch)."),
            subcommands: [PlanValidate.self, PlanLoad.self, PlanList.self, PlanStatus.self, PlanSchemaCommand.self, PlanImport.self, PlanNew.self])
    }
}
