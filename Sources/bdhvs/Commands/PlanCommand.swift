import ArgumentParser

/// `bdhvs plan …`: check, load, list plans and see where they stand.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Check, load and follow plans (kế hoạch).",
        subcommands: [PlanValidate.self, PlanLoad.self, PlanList.self, PlanStatus.self, PlanSchemaCommand.self]
    )
}
