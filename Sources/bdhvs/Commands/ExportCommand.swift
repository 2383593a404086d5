import ArgumentParser
import BDHVSCore
import Foundation

struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: Help.text("Xuất nhiệm vụ, hoạt động hoặc thời hạn của kế hoạch cho công cụ khác.",
                                "Export a plan's tasks, activities or deadlines for other tools."),
            discussion: Help.text(
                """
                csv: nhiệm vụ cùng tình trạng (hoặc --activities), UTF-8 có BOM cho Excel; dùng --delimiter ';' \
                khi Excel đặt định dạng vùng Việt Nam. ics: thời hạn và nhiệm vụ định kỳ dạng lịch (RFC 5545) \
                để theo dõi trên điện thoại, --agency cho riêng một cơ quan chủ trì. json: toàn bộ kế hoạch \
                cùng tình trạng.

                Ví dụ:
                """,
                """
                csv: tasks with their status (or --activities), UTF-8 with BOM for Excel; use --delimiter ';' \
                when Excel is set to Vietnamese regional format. ics: the deadlines and recurring duties as \
                a calendar (RFC 5545) to subscribe to on a phone, --agency for one lead body's. json: the \
                whole plan with its status.

                Examples:
                """) + """

                  bdhvs export dong-tra-bong-2025 --format csv --output nhiem-vu.csv
                  bdhvs export nghia-giang-2026 --format ics --agency vhxh --output vhxh.ics
                """)
    }
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, ics, json }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Help.text("Mã kế hoạch.", "The plan's id."), valueName: Help.value("plan"))) var plan: String
    @Option(help: ArgumentHelp(Help.text("Định dạng xuất.", "Export format."), valueName: Help.value("format"))) var format: Format
    @Option(help: ArgumentHelp(Help.text("Chỉ các nhiệm vụ cơ quan này chủ trì.", "Only tasks this body leads."), valueName: Help.value("agency")))
    var agency: String?
    @Flag(help: ArgumentHelp(Help.text("csv: xuất hoạt động thay vì nhiệm vụ.", "csv: export activities instead of tasks.")))
    var activities = false
    @Option(help: ArgumentHelp(Help.text("csv: dấu phân cách trường, ',' hoặc ';'.", "csv: the field separator, ',' or ';'."), valueName: Help.value("char")))
    var delimiter: Delimiter = .comma
    @Option(help: ArgumentHelp(Help.text("Ghi ra tệp này thay vì ra màn hình.", "Write to this file instead of standard output."),
                               valueName: Help.value("file")))
    var output: String?

    func validate() throws {
        if activities && format != .csv { throw ValidationError(.activitiesNeedCSV) }
    }

    func run() throws {
        let asOf = try global.asOfDate()
        let store = try global.openStore(.read)
        let text: String
        switch format {
        case .csv:
            let writer = CSVWriter(delimiter: delimiter.character)
            if activities {
                text = writer.activities(try store.activities(PlanScope(plan: plan), filter: ActivityFilter(agency: agency, to: asOf)))
            } else {
                text = writer.tasks(try store.tasks(PlanScope(plan: plan), asOf: asOf, filter: TaskFilter(agency: agency)))
            }
        case .ics:
            let events = try store.calendarEvents(plan: plan, agency: agency, asOf: asOf)
            text = ICalendarWriter(name: "bdhvs \(plan)" + (agency.map { " — \($0)" } ?? ""), asOf: asOf).render(events)
        case .json:
            text = try JSONOutput.render(try store.planExport(plan: plan, asOf: asOf))
        }
        try global.warnIfBeforePlans(store, PlanScope(plan: plan), asOf: asOf)
        try writeOutput(Data(text.utf8), to: output)
    }
}
