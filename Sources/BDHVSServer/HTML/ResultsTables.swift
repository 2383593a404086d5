import BDHVSCore

/// Results per target group (issue 13) as a level shows them: per national group the
/// population, the persons confirmed, the coverage as a bar, the target and whether it is
/// met; the activities' totals per unit (never added together); the community digital
/// teams; and one row per province, commune or village below the level.
enum ResultsTables {
    static func render(_ report: ResultsReport, context: PageContext, scope: [(String, String)], by: ResultsRow.Level?) -> String {
        let w = context.words
        var out = groups(report.groups, context: context, csv: context.href("/csv/results", scope)).render(w)
        let missing = report.communesWithoutPopulation.values.max() ?? 0
        if missing > 0 {
            out += "<p class=\"empty\">\(HTML.e(w.pick("\(w.number(missing)) xã, phường chưa có số dân: không tính vào tỷ lệ.", "\(w.number(missing)) communes without a population figure: left out of the rate.")))</p>"
        }
        let units = Table(
            caption: w.pick("Hoạt động theo đơn vị tính (không cộng lẫn)", "Activities by unit (never added together)"),
            columns: [(w.pick("Đơn vị", "Unit"), false), (w.pick("Tổng", "Total"), true)],
            rows: report.units.sorted { $0.key < $1.key }.map { [Cell(text: $0.key), Cell(text: w.number(Int(clamping: $0.value)), numeric: true, key: "unit")] },
            empty: w.pick("Chưa ghi hoạt động nào.", "No activity recorded."))
        out += units.render(w)
        let t = report.teams
        out += "<p data-key=\"teams\">\(HTML.e(w.pick("Tổ công nghệ số cộng đồng", "Community digital teams"))): \(w.number(Int(clamping: t.count))) · "
            + HTML.e(w.pick("thôn, tổ dân phố có tổ", "villages with a team")) + " \(w.number(Int(clamping: t.villagesWithTeam)))/\(w.number(Int(clamping: t.villages))) · "
            + HTML.e(w.pick("thành viên", "members")) + " \(w.number(Int(clamping: t.members)))</p>"
        if let by, !report.rows.isEmpty { out += rows(report.rows, level: by, context: context).render(w) }
        return "<section class=\"results\"><h2>\(HTML.e(w.pick("Kết quả theo nhóm đối tượng", "Results per target group")))</h2>" + out + "</section>"
    }

    /// The national groups with their coverage bars.
    static func groups(_ groups: [GroupResult], context: PageContext, csv: String) -> Table {
        let w = context.words
        return Table(
            caption: w.pick("Tỷ lệ có kỹ năng số cơ bản", "Coverage of basic digital skills"),
            columns: [(w.pick("Nhóm đối tượng", "Target group"), false), (w.pick("Số người", "Population"), true),
                      (w.pick("Đã đạt", "Confirmed"), true), (w.pick("Tỷ lệ", "Coverage"), true), (w.pick("Chỉ tiêu", "Target"), true),
                      (w.pick("Đánh giá", "Met"), false)],
            rows: groups.map { group in
                [Cell(text: ResultWords(language: context.language).groupName(group.group)), Cell(text: group.population.map { w.number(Int(clamping: $0)) } ?? "—", numeric: true),
                 Cell(text: w.number(Int(clamping: group.confirmed)), numeric: true, key: "confirmed"),
                 Cell(text: ResultWords(language: context.language).coverage(group), numeric: true, key: "coverage", bar: group.coverage),
                 Cell(text: group.targetTenths.map { tenths($0, w) } ?? "—", numeric: true),
                 Cell(text: group.met.map { $0 ? w.pick("đạt", "met") : w.pick("chưa đạt", "not met") } ?? "—")]
            },
            csv: csv, empty: w.pick("Chưa có số liệu.", "No figures yet."))
    }

    /// One row per province, commune or village: the people's group's coverage and the teams.
    static func rows(_ rows: [ResultsRow], level: ResultsRow.Level, context: PageContext) -> Table {
        let w = context.words
        let title: String
        switch level {
        case .province: title = w.pick("Tỉnh, thành phố", "Province")
        case .commune: title = w.pick("Xã, phường", "Commune")
        case .village: title = w.pick("Thôn, tổ dân phố", "Village")
        }
        return Table(
            caption: w.pick("Người dân trưởng thành có kỹ năng số cơ bản, theo \(title.lowercased())", "Adults with basic digital skills, by \(title.lowercased())"),
            columns: [(title, false), (w.pick("Số người", "Population"), true), (w.pick("Đã đạt", "Confirmed"), true),
                      (w.pick("Tỷ lệ", "Coverage"), true), (w.pick("Tổ CNS cộng đồng", "Digital teams"), true)],
            rows: rows.map { row in
                let people = row.groups.first { $0.group == "nguoi-dan" }
                let href: String? = level == .commune ? context.href("/xa/\(PageContext.encode(row.key))")
                    : level == .province ? context.href("/tinh/\(Slug.of(row.name))") : nil
                return [Cell(text: row.name, href: href), Cell(text: people?.population.map { w.number(Int(clamping: $0)) } ?? "—", numeric: true),
                        Cell(text: w.number(Int(clamping: people?.confirmed ?? 0)), numeric: true),
                        Cell(text: people.map { ResultWords(language: context.language).coverage($0) } ?? "—", numeric: true, bar: people?.coverage),
                        Cell(text: w.number(Int(clamping: row.teams.count)), numeric: true)]
            },
            empty: "")
    }

    static func tenths(_ value: Int, _ w: Words) -> String {
        (value % 10 == 0 ? "\(value / 10)" : "\(value / 10)\(w.language == .vi ? "," : ".")\(value % 10)") + "%"
    }
}
