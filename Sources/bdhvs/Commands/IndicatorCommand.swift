import ArgumentParser
import BDHVSCore

/// `bdhvs indicator …`: the plan's indicators (chỉ tiêu) and their measurements.
struct IndicatorCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "indicator",
            abstract: Help.text("Ghi và liệt kê chỉ tiêu so với mục tiêu.", "Record and list indicators (chỉ tiêu) against their targets."),
            subcommands: [IndicatorRecord.self, IndicatorList.self])
    }
}

struct IndicatorRecord: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "record", abstract: Help.text("Ghi một số liệu đo của chỉ tiêu.", "Record a measurement of an indicator."),
            discussion: Help.text(
                """
                Tỷ lệ phần trăm nên ghi bằng --numerator và --denominator (giữ chính xác); --value nhận \
                tỷ lệ phần trăm như 85,3 hoặc một số lượng.

                Ví dụ:
                """,
                """
                A percentage is best recorded as --numerator and --denominator (kept exactly); --value \
                takes a percentage such as 85,3 or a count.

                Examples:
                """) + """

                  bdhvs indicator record cbccvc-ky-nang-so --date 2025-12-06 --numerator 631 --denominator 640
                  bdhvs indicator record to-cns --date 2025-12-31 --value 62
                """)
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var recorder: RecorderOptions
    @Argument(help: ArgumentHelp(Help.text("Mã chỉ tiêu.", "The indicator's id."), valueName: Help.value("indicator"))) var indicator: String
    @Option(help: ArgumentHelp(Help.date("Ngày đo", "The day it was measured"), valueName: Help.value("date")))
    var date: CivilDate
    @Option(help: ArgumentHelp(Help.text("Giá trị: tỷ lệ phần trăm (85,3) hoặc số lượng.", "The value: a percentage (85,3) or a count."),
                               valueName: Help.value("value"))) var value: Tenths?
    @Option(help: ArgumentHelp(Help.text("Số người đạt.", "People who meet it."), valueName: Help.value("count"))) var numerator: Count?
    @Option(help: ArgumentHelp(Help.text("Tổng số người được tính.", "People it is counted over."), valueName: Help.value("count"))) var denominator: Count?
    @Option(help: ArgumentHelp(Help.text("Nguồn số liệu.", "Where the number comes from."), valueName: Help.value("text"))) var source: String?

    func validate() throws {
        if (value == nil) == (numerator == nil && denominator == nil) { throw ValidationError(.valueOrRatio) }
        if value == nil && (numerator == nil || denominator == nil) { throw ValidationError(.ratioTogether) }
    }

    func run() throws {
        let asOf = try global.asOfDate()
        let measured: MeasurementInput.Value
        if let value {
            measured = .tenths(value.value)
        } else if let numerator, let denominator {
            measured = .ratio(numerator: numerator.value, denominator: denominator.value)
        } else {
            throw ValidationError(.ratioTogether)
        }
        let input = MeasurementInput(plan: recorder.plan, indicator: indicator, measuredOn: date, value: measured, source: source,
                                     typedAsPercent: value?.typedAsPercent ?? false)
        let store = try global.openStore(.update)
        let change = try store.recordMeasurement(input, by: global.actor(recorder.by), recordedOn: asOf)
        let row = try? store.indicators(PlanScope(plan: change.plan), asOf: asOf).first { $0.id == indicator }
        emit(RecordText(language: global.language).confirmation(input, change, indicator: row))
    }
}

struct IndicatorList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "list", abstract: Help.text(
            "Các chỉ tiêu với số liệu mới nhất so với mục tiêu.", "Indicators with their latest value against the target."))
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: ArgumentHelp(Help.text("Chỉ kế hoạch này.", "Only this plan."), valueName: Help.value("plan"))) var plan: String?
    @OptionGroup var place: PlaceOptions

    func run() throws {
        let asOf = try global.asOfDate()
        let store = try global.openStore(.read)
        let rows = try store.indicators(place.scope(plan: plan), asOf: asOf)
        try global.warnIfBeforePlans(store, place.scope(plan: plan), asOf: asOf)
        try emit(rows, format: output.format) {
            RecordText(language: global.language).indicators(rows, asOf: asOf).joined(separator: "\n") + "\n"
        }
    }
}
