import ArgumentParser
import BDHVSCore

struct PlanStatus: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "status",
            abstract: Help.text("Xem tình hình thực hiện một kế hoạch, hoặc tổng hợp mọi kế hoạch đã nạp.",
                                "Show where a plan stands, or a roll-up of every loaded plan."),
            discussion: Help.text(
                """
                Đếm nhiệm vụ như cán bộ vẫn đếm: hoàn thành đúng hạn, hoàn thành quá hạn, đang thực hiện \
                trong hạn, quá hạn, thường xuyên, chưa xác định thời hạn; tỷ lệ hoàn thành trên mọi nhiệm vụ \
                và trên các nhiệm vụ đã đến hạn; nhiệm vụ theo cơ quan chủ trì; nhiệm vụ quá hạn theo cơ quan \
                chủ trì với số ngày quá hạn; và các nhiệm vụ đến hạn trong 30 ngày tới. Nhiệm vụ có nhiệm vụ \
                con được tính một lần, tổng hợp từ các nhiệm vụ con. Với --by group: đếm theo từng nhóm \
                nhiệm vụ (I, II, …) của kế hoạch; nhóm không phải là nhiệm vụ.

                Ví dụ: bdhvs plan status dong-tra-bong-2025 --as-of 2025-12-31
                """,
                """
                Counts tasks as officials do: done on time, done late, in progress within deadline, \
                overdue, ongoing, deadline unknown; the completion rate over all tasks and over tasks that \
                have come due; tasks per lead body; overdue tasks by lead body with days overdue; and what \
                falls due in the next 30 days. A task with sub-tasks counts once, rolled up from them. \
                With --by group: the counts per numbered task group (I, II, …) of the plan; a group is not a task.

                Example: bdhvs plan status dong-tra-bong-2025 --as-of 2025-12-31
                """))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @OptionGroup var place: PlaceOptions

    @Argument(help: ArgumentHelp(Help.text("Mã kế hoạch (mặc định: mọi kế hoạch đã nạp).", "Plan id (default: every loaded plan)."),
                                 valueName: Help.value("plan")))
    var plan: String?

    /// What the counts are broken down by.
    enum Breakdown: String, ExpressibleByArgument, CaseIterable { case group }

    @Option(help: ArgumentHelp(Help.text("Đếm theo: group (nhóm nhiệm vụ).", "Count by: group (task group)."), valueName: Help.value("by")))
    var by: Breakdown?

    @Option(help: ArgumentHelp(Help.text(
        "Thay cho tình hình: các xã, phường chưa gửi gói dữ liệu hoặc có dữ liệu cũ hơn ngày này (danh sách cần liên hệ).",
        "Instead of the status: the communes with no package or with data older than this day (whom to call)."), valueName: Help.value("date")))
    var since: CivilDate?

    func run() throws {
        let asOf = try global.asOfDate()
        if let since {
            let freshness = PackageFreshness(try global.openStore(.read).communeFreshness(province: place.province), since: since)
            return try emit(freshness, format: output.format) { PackageFreshnessText(language: global.language).render(freshness) }
        }
        let store = try global.openStore(.read)
        if by == .group {
            let rows = try store.statusByGroup(place.scope(plan: plan), asOf: asOf)
            try global.warnIfBeforePlans(store, place.scope(plan: plan), asOf: asOf)
            return try emit(rows, format: output.format) { GroupStatusText(language: global.language).render(rows, asOf: asOf) }
        }
        let report = try store.status(place.scope(plan: plan), asOf: asOf)
        try global.warnIfBeforePlans(store, place.scope(plan: plan), asOf: asOf)
        global.warnOfOverruns(report.budget)
        // A province's roll-up says how recent each commune's data is (issue 14).
        var freshness: PackageFreshness?
        if plan == nil, output.format == .text, try store.receivesPackages() {
            freshness = PackageFreshness(try store.communeFreshness(province: place.province), since: nil)
        }
        try emit(report, format: output.format) {
            StatusText(language: global.language).render(report) + (freshness.map { "\n" + PackageFreshnessText(language: global.language).render($0) } ?? "")
        }
    }
}
