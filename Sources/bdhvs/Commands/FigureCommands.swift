import ArgumentParser
import BDHVSCore

/// `bdhvs population …`: the population of a target group, the denominator of coverage.
struct PopulationCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "population", abstract: Help.text("Ghi số dân của nhóm đối tượng.", "Record the population of a target group."),
                             subcommands: [PopulationSet.self])
    }
}

struct PopulationSet: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "set",
            abstract: Help.text("Ghi số dân của một nhóm đối tượng của xã hoặc một thôn, tính đến một ngày.",
                                "Record a target group's population in the commune or a village, as of a date."),
            discussion: Help.text("Số mới nhất đến ngày tính được dùng. Ví dụ: ", "The latest figure up to the day counts. Example: ")
                + "bdhvs population set nguoi-dan 30.000 --date 2025-10-01 --source \"Công an xã\"")
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var figure: FigureOptions

    func run() throws { try figure.record(.population, global: global) }
}

/// `bdhvs coverage …`: persons confirmed as having reached the basic level.
struct CoverageCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "coverage", abstract: Help.text(
            "Ghi số người được xác nhận đạt kỹ năng số cơ bản.", "Record persons confirmed as having basic digital skills."),
                             subcommands: [CoverageRecord.self])
    }
}

struct CoverageRecord: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "record",
            abstract: Help.text("Ghi số người của một nhóm đối tượng được xác nhận đạt kỹ năng số cơ bản (lũy kế), tính đến một ngày.",
                                "Record the persons of a target group confirmed as having basic digital skills (a running total), as of a date."),
            discussion: Help.text(
                "Đây là số lũy kế: số mới nhất đến ngày tính được dùng, các số không cộng dồn. Ví dụ: ",
                "This is a running total: the latest figure up to the day counts; figures are not added up. Example: ")
                + "bdhvs coverage record cbccvc 631 --date 2025-12-06 --source \"Cổng BDHVS tỉnh\"")
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var figure: FigureOptions

    func run() throws { try figure.record(.confirmed, global: global) }
}

/// What `population set` and `coverage record` take.
struct FigureOptions: ParsableArguments {
    @OptionGroup var recorder: RecorderOptions
    @Argument(help: ArgumentHelp(Help.text("Nhóm đối tượng: nguoi-dan, hoc-sinh-sinh-vien, cbccvc, lao-dong-doanh-nghiep hoặc nhóm của kế hoạch.",
                                           "Target group: nguoi-dan, hoc-sinh-sinh-vien, cbccvc, lao-dong-doanh-nghiep or one of the plan."),
                                 valueName: Help.value("group")))
    var group: String
    @Argument(help: ArgumentHelp(Help.text("Số người, ví dụ 39371 hoặc 39.371.", "Number of persons, e.g. 39371 or 39.371."), valueName: Help.value("count")))
    var count: Count
    @Option(help: ArgumentHelp(Help.text("Thôn, tổ dân phố (mã hoặc tên); không ghi: cả xã.", "Village (id or name); none: the whole commune."),
                               valueName: Help.value("village")))
    var village: String?
    @Option(help: ArgumentHelp(Help.date("Tính đến ngày", "As of this day"), valueName: Help.value("date")))
    var date: CivilDate
    @Option(help: ArgumentHelp(Help.text("Nguồn số liệu.", "Where the number comes from."), valueName: Help.value("text")))
    var source: String?

    func record(_ kind: GroupFigureKind, global: GlobalOptions) throws {
        let asOf = try global.asOfDate()
        let input = GroupFigureInput(kind: kind, plan: recorder.plan, group: group, count: Int64(count.value), village: village,
                                     countedOn: date, source: source)
        let recorded = try global.openStore(.update).recordFigure(input, by: global.actor(recorder.by), recordedOn: asOf)
        emit(ResultsText(language: global.language).confirmation(recorded))
    }
}
