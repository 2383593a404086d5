import ArgumentParser
import BDHVSCore

/// `bdhvs results`: the results per national target group of a plan, a commune, a
/// province or the whole country.
struct ResultsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "results",
            abstract: Help.text("Kết quả theo nhóm đối tượng: số dân, số người đạt, tỷ lệ so với chỉ tiêu; hoạt động theo đơn vị tính; Tổ công nghệ số cộng đồng.",
                                "Results per target group: population, persons confirmed, coverage against the target; activities per unit; community digital teams."),
            discussion: Help.text(
                """
                Tỷ lệ của một tỉnh là tổng số người đạt chia tổng số dân của các xã, không phải trung bình \
                các tỷ lệ; xã chưa có số dân không tính vào tỷ lệ. Số liệu lũy kế ("tính đến ngày …"): chỉ số \
                mới nhất đến ngày tính được dùng. Người và lượt không bao giờ cộng lẫn. Không ghi --plan: mỗi \
                xã tính theo kế hoạch của năm tính.
                """,
                """
                A province's coverage is the sum of confirmed persons over the sum of its communes' \
                populations, never an average of rates; a commune without population is left out of the \
                rate. Running totals ("as of …"): the latest figure up to the day counts. People and \
                attendances are never added together. Without --plan each commune counts with its plan of \
                the year.
                """) + "\n\n" + Help.text("Ví dụ: ", "Examples: ") + """

                  bdhvs results --plan nghia-giang-2025
                  bdhvs results --province "Quảng Ngãi" --by commune --format json
                """)
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: ArgumentHelp(Help.text("Chỉ kế hoạch này.", "Only this plan."), valueName: Help.value("plan"))) var plan: String?
    @OptionGroup var place: PlaceOptions
    @Option(help: ArgumentHelp(Help.text("Một dòng cho mỗi thôn, xã hoặc tỉnh: village, commune, province.",
                                         "One row per village, commune or province: village, commune, province."), valueName: Help.value("level")))
    var by: ResultsRow.Level?

    @Option(help: ArgumentHelp(Help.text(
        "Thay cho kết quả: các xã, phường chưa gửi gói dữ liệu hoặc có dữ liệu cũ hơn ngày này (danh sách cần liên hệ).",
        "Instead of the results: the communes with no package or with data older than this day (whom to call)."), valueName: Help.value("date")))
    var since: CivilDate?

    func run() throws {
        if let since {
            // The same list as 'plan status --since' (issue 14): whose numbers are missing.
            let freshness = PackageFreshness(try global.openStore(.read).communeFreshness(province: place.province), since: since)
            return try emit(freshness, format: output.format) { PackageFreshnessText(language: global.language).render(freshness) }
        }
        let query = ResultsQuery(scope: place.scope(plan: plan), by: by, asOf: try global.asOfDate())
        let store = try global.openStore(.read)
        let report = try store.results(query)
        try global.warnIfBeforePlans(store, query.scope, asOf: query.asOf)
        try emit(report, format: output.format) { ResultsText(language: global.language).render(report) }
    }
}

/// `--by village|commune|province`.
extension ResultsRow.Level: ExpressibleByArgument {}
