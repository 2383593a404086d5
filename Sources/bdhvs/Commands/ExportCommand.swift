import ArgumentParser
import BDHVSCore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export a plan's tasks, activities or deadlines for other tools.",
        discussion: """
            csv: tasks with their status (or --activities), UTF-8 with BOM for Excel; use --delimiter ';' \
            when Excel is set to Vietnamese regional format. ics: the deadlines and recurring duties as \
            a calendar (RFC 5545) to subscribe to on a phone, --agency for one lead body's. json: the \
            whole plan with its status.

            Examples:
              bdhvs export dong-tra-bong-2025 --format csv --output nhiem-vu.csv
              bdhvs export nghia-giang-2026 --format ics --agency vhxh --output vhxh.ics
            """)
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, ics, json }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The plan's id.", valueName: "plan")) var plan: String
    @Option(help: "Export format.") var format: Format
    @Option(help: ArgumentHelp("Only tasks this body leads.", valueName: "agency")) var agency: String?
    @Flag(help: "csv: export activities instead of tasks.") var activities = false
    @Option(help: ArgumentHelp("csv: the field separator, ',' or ';'.", valueName: "char")) var delimiter: String = ","
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var output: String?

    func validate() throws {
        if ![",", ";"].contains(delimiter) { throw ValidationError("--delimiter must be ',' or ';', found '\(delimiter)'") }
        if activities && format != .csv { throw ValidationError("--activities goes with --format csv") }
    }

    func run() throws {
        let asOf = try global.asOfDate()
        let store = try global.openStore()
        let text: String = try Failure.guarded {
            switch format {
            case .csv:
                let writer = CSVWriter(delimiter: Character(delimiter))
                if activities {
                    let report = try store.activities(PlanScope(plan: plan), filter: ActivityFilter(agency: agency, to: asOf))
                    return writer.activities(report)
                }
                return writer.tasks(try store.tasks(PlanScope(plan: plan), asOf: asOf, filter: TaskFilter(agency: agency)))
            case .ics:
                let events = try store.calendarEvents(plan: plan, agency: agency, asOf: asOf)
                return ICalendarWriter(name: "bdhvs \(plan)" + (agency.map { " — \($0)" } ?? ""), asOf: asOf).render(events)
            case .json:
                return try JSONOutput.render(try store.planExport(plan: plan, asOf: asOf))
            }
        }
        try writeOutput(Data(text.utf8), to: output)
    }
}
