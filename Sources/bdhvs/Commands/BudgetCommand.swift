import ArgumentParser
import BDHVSCore

/// `bdhvs budget …`: money planned and spent.
struct BudgetCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "budget",
            abstract: Help.text("Ghi khoản chi và xem kinh phí theo nguồn.", "Record spending and see the budget (kinh phí) per funding source."),
            subcommands: [BudgetSpend.self, BudgetShow.self])
    }
}

struct BudgetSpend: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "spend",
            abstract: Help.text("Ghi số tiền giải ngân hoặc quyết toán cho một nhiệm vụ, tính bằng đồng.",
                                "Record money disbursed (giải ngân) or settled (quyết toán) for a task, in đồng."),
            discussion: Help.text("Ví dụ: ", "Example: ") + "bdhvs budget spend nv1 12.500.000 --source nsnn --date 2026-01-20")
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var recorder: RecorderOptions
    @Argument(help: ArgumentHelp(Help.text("Nhiệm vụ.", "The task."), valueName: Help.value("task"))) var task: String
    @Argument(help: ArgumentHelp(Help.text("Số đồng nguyên, ví dụ 12500000 hoặc 12.500.000.", "Whole đồng, e.g. 12500000 or 12.500.000."),
                                 valueName: Help.value("amount"))) var amount: Amount
    @Option(help: ArgumentHelp(Help.text("Nguồn kinh phí (mã hoặc tên trong kế hoạch).", "The funding source (its id or name in the plan)."),
                               valueName: Help.value("source"))) var source: String
    @Option(help: ArgumentHelp(Help.date("Ngày chi", "The day"), valueName: Help.value("date"))) var date: CivilDate
    @Flag(help: ArgumentHelp(Help.text("Quyết toán, không phải giải ngân.", "A settlement (quyết toán) rather than a disbursement.")))
    var settled = false
    @Option(help: ArgumentHelp(Help.text("Ghi chú.", "A note."), valueName: Help.value("text"))) var note: String?

    func run() throws {
        let asOf = try global.asOfDate()
        let input = SpendingInput(plan: recorder.plan, task: task, amount: try amount.dong(), source: source, spentOn: date,
                                  kind: settled ? .settled : .disbursed, note: note)
        let store = try global.openStore(.update)
        let recorded = try store.spend(input, by: global.actor(recorder.by), recordedOn: asOf)
        emit(RecordText(language: global.language).confirmation(recorded))
        if let overrun = try store.budget(PlanScope(plan: recorded.change.plan), asOf: asOf).overrun(source: recorded.input.source) {
            Session.current.console.err("bdhvs: warning: \(overrun.text(global.language))\n")
        }
    }
}

struct BudgetShow: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "show", abstract: Help.text(
            "Dự toán, đã giải ngân, đã quyết toán và còn lại theo nguồn kinh phí.", "Estimate, disbursed, settled and remaining per funding source."))
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: ArgumentHelp(Help.text("Chỉ kế hoạch này.", "Only this plan."), valueName: Help.value("plan"))) var plan: String?

    func run() throws {
        let asOf = try global.asOfDate()
        let store = try global.openStore(.read)
        let report = try store.budget(PlanScope(plan: plan), asOf: asOf)
        try global.warnIfBeforePlans(store, PlanScope(plan: plan), asOf: asOf)
        global.warnOfOverruns(report)
        try emit(report, format: output.format) { RecordText(language: global.language).budget(report).joined(separator: "\n") + "\n" }
    }
}
