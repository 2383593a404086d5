import ArgumentParser
import BDHVSCore

/// `bdhvs indicator …`: the plan's indicators (chỉ tiêu) and their measurements.
struct IndicatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicator", abstract: "Record and list indicators (chỉ tiêu) against their targets.",
        subcommands: [IndicatorRecord.self, IndicatorList.self])
}

struct IndicatorRecord: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record", abstract: "Record a measurement of an indicator.",
        discussion: """
            A percentage is best recorded as --numerator and --denominator (kept exactly); --value \
            takes a percentage such as 85,3 or a count.

            Examples:
              bdhvs indicator record cbccvc-ky-nang-so --date 2025-12-06 --numerator 631 --denominator 640
              bdhvs indicator record to-cns --date 2025-12-31 --value 62
            """)
    @OptionGroup var global: GlobalOptions
    @OptionGroup var recorder: RecorderOptions
    @Argument(help: ArgumentHelp("The indicator's id.", valueName: "indicator")) var indicator: String
    @Option(help: ArgumentHelp("The day it was measured, YYYY-MM-DD.", valueName: "date")) var date: String
    @Option(help: ArgumentHelp("The value: a percentage (85,3) or a count.", valueName: "value")) var value: String?
    @Option(help: ArgumentHelp("People who meet it.", valueName: "count")) var numerator: Int?
    @Option(help: ArgumentHelp("People it is counted over.", valueName: "count")) var denominator: Int?
    @Option(help: ArgumentHelp("Where the number comes from.", valueName: "text")) var source: String?

    func validate() throws {
        if (value == nil) == (numerator == nil && denominator == nil) {
            throw ValidationError("give either --value, or --numerator and --denominator")
        }
        if value == nil && (numerator == nil || denominator == nil) {
            throw ValidationError("--numerator and --denominator go together")
        }
    }

    func run() throws {
        let asOf = try global.asOfDate()
        let measured: MeasurementInput.Value
        if let value {
            guard let tenths = parseTenths(value) else { throw ValidationError("--value '\(value)' is not a number with at most one decimal") }
            measured = .tenths(tenths)
        } else {
            measured = .ratio(numerator: numerator!, denominator: denominator!)
        }
        let input = MeasurementInput(plan: recorder.plan, indicator: indicator, measuredOn: try dateOption(date, "--date"),
                                     value: measured, source: source)
        let store = try global.openStore()
        let change = try Failure.guarded { try store.recordMeasurement(input, by: recorder.actor, recordedOn: asOf) }
        let row = try? store.indicators(PlanScope(plan: change.plan), asOf: asOf).first { $0.id == indicator }
        emit(RecordText(language: global.lang).confirmation(input, change, indicator: row))
    }
}

struct IndicatorList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Indicators with their latest value against the target.")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: ArgumentHelp("Only this plan.", valueName: "plan")) var plan: String?

    func run() throws {
        let asOf = try global.asOfDate()
        let rows = try Failure.guarded { try global.openStore().indicators(PlanScope(plan: plan), asOf: asOf) }
        try emit(rows, format: output.format) {
            RecordText(language: global.lang).indicators(rows, asOf: asOf).joined(separator: "\n") + "\n"
        }
    }
}
