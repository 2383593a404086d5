import ArgumentParser
import BDHVSCore

/// `bdhvs budget …`: money planned and spent.
struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget", abstract: "Record spending and see the budget (kinh phí) per funding source.",
        subcommands: [BudgetSpend.self, BudgetShow.self])
}

struct BudgetSpend: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spend", abstract: "Record money disbursed (giải ngân) or settled (quyết toán) for a task, in đồng.",
        discussion: "Example: bdhvs budget spend nv1 12.500.000 --source nsnn --date 2026-01-20")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var recorder: RecorderOptions
    @Argument(help: ArgumentHelp("The task.", valueName: "task")) var task: String
    @Argument(help: ArgumentHelp("Whole đồng, e.g. 12500000 or 12.500.000.", valueName: "amount")) var amount: String
    @Option(help: ArgumentHelp("The funding source (its id or name in the plan).", valueName: "source")) var source: String
    @Option(help: ArgumentHelp("The day, YYYY-MM-DD.", valueName: "date")) var date: String
    @Flag(help: "A settlement (quyết toán) rather than a disbursement.") var settled = false
    @Option(help: ArgumentHelp("A note.", valueName: "text")) var note: String?

    func run() throws {
        let asOf = try global.asOfDate()
        guard let value = parseWholeNumber(amount) else { throw ValidationError("amount '\(amount)' is not a whole number of đồng") }
        let input = SpendingInput(plan: recorder.plan, task: task, amount: Int64(value), source: source,
                                  spentOn: try dateOption(date, "--date"), kind: settled ? .settled : .disbursed, note: note)
        let change = try Failure.guarded { try global.openStore().spend(input, by: recorder.actor, recordedOn: asOf) }
        emit(RecordText(language: global.lang).confirmation(input, change))
    }
}

struct BudgetShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Estimate, disbursed, settled and remaining per funding source.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: ArgumentHelp("Only this plan.", valueName: "plan")) var plan: String?

    func run() throws {
        let asOf = try global.asOfDate()
        let report = try Failure.guarded { try global.openStore().budget(PlanScope(plan: plan), asOf: asOf) }
        try emit(report, format: output.format) { RecordText(language: global.lang).budget(report).joined(separator: "\n") + "\n" }
    }
}
