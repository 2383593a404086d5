/// The results of an area as text: the national groups with population, persons
/// confirmed, coverage and target; activity totals per unit, never added together; the
/// community digital teams; and the rows of a breakdown.
public struct ResultsText {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func render(_ report: ResultsReport) -> String {
        let l = language
        var lines = [l.pick("Kết quả theo nhóm đối tượng đến ngày ", "Results per target group as of ") + report.asOf.vietnamese
            + " (" + communes(report.communes) + ")"]
        var table = TextTable(rightAligned: [1, 2, 3, 4])
        table.add(l.pick("Nhóm đối tượng", "Target group"), l.pick("Số dân", "Population"), l.pick("Đã đạt", "Confirmed"),
                  l.pick("Tỷ lệ", "Coverage"), l.pick("Chỉ tiêu", "Target"), "")
        for group in report.groups {
            table.add(groupName(group.group), group.population.map(number) ?? "—", number(group.confirmed), rate(group),
                      group.targetTenths.map { l.decimal(Numbers.tenths($0)) + "%" } ?? "—", verdict(group.met))
        }
        lines += table.render()
        if report.communes > 1 {
            for group in report.groups where group.population != nil || group.confirmed > 0 {
                guard let missing = report.communesWithoutPopulation[group.group], missing > 0 else { continue }
                lines.append("  " + l.pick("\(missing)/\(report.communes) xã, phường chưa có số dân nhóm '\(groupName(group.group))', không tính vào tỷ lệ",
                                           "\(missing) of \(report.communes) communes have no population of '\(groupName(group.group))' and are left out of the coverage"))
            }
        }
        lines.append(l.pick("Hoạt động theo đơn vị tính (mỗi đơn vị cộng riêng):", "Activities per unit (each unit added up on its own):"))
        if report.units.isEmpty {
            lines.append("  " + l.pick("chưa có hoạt động nào", "no activities yet"))
        } else {
            var units = TextTable(rightAligned: [1])
            for unit in ResultsText.unitOrder(report.units.keys) { units.add(RecordWords(language: l).summedUnit(unit), number(report.units[unit] ?? 0)) }
            lines += units.render()
        }
        lines.append(teams(report.teams))
        if !report.rows.isEmpty { lines += rows(report) }
        return TerminalText.lines(lines)
    }

    /// "Tổ công nghệ số cộng đồng: 62 tổ; 62/62 thôn, tổ dân phố có tổ; 310 thành viên".
    func teams(_ teams: TeamResult) -> String { words.teams(teams) }

    private var words: ResultWords { ResultWords(language: language) }

    private func rows(_ report: ResultsReport) -> [String] {
        let l = language
        let shown = report.groups.filter { $0.population != nil || $0.confirmed > 0 }.map(\.group)
        var table = TextTable()
        table.add([l.pick("Tên", "Name"), l.pick("Thuộc", "Within")] + shown.map(shortName)
                  + [l.pick("Hoạt động", "Activities"), l.pick("Tổ CNS", "Teams")])
        for row in report.rows {
            let cells = shown.map { key -> String in
                guard let group = row.groups.first(where: { $0.group == key }) else { return "—" }
                return number(group.confirmed) + "/" + (group.population.map(number) ?? "—") + " " + rate(group)
            }
            let units = ResultsText.unitOrder(row.units.keys).map { "\(number(row.units[$0] ?? 0)) \($0)" }.joined(separator: "; ")
            table.add([row.name, row.within ?? ""] + cells + [units.isEmpty ? "—" : units, number(row.teams.count)])
        }
        let title: String
        switch report.rows.first?.level {
        case .village?: title = l.pick("Theo thôn, tổ dân phố (đã đạt/số dân tỷ lệ):", "By village (confirmed/population coverage):")
        case .province?: title = l.pick("Theo tỉnh, thành phố (đã đạt/số dân tỷ lệ):", "By province (confirmed/population coverage):")
        default: title = l.pick("Theo xã, phường (đã đạt/số dân tỷ lệ):", "By commune (confirmed/population coverage):")
        }
        return [title] + table.render()
    }

    /// Persons and attendances first, then the other units by name.
    static func unitOrder<S: Sequence>(_ units: S) -> [String] where S.Element == String { ResultWords.unitOrder(units) }

    private func rate(_ group: GroupResult) -> String { words.coverage(group) }

    private func verdict(_ met: Bool?) -> String {
        met.map { $0 ? language.pick("đạt", "met") : language.pick("chưa đạt", "not met") } ?? ""
    }

    private func communes(_ count: Int) -> String {
        language.pick("\(number(Int64(count))) xã, phường", count == 1 ? "1 commune" : "\(number(Int64(count))) communes")
    }

    private func number(_ value: Int64) -> String { language.decimal(Numbers.grouped(value)) }

    /// The group's name in the language of the output.
    func groupName(_ key: String) -> String { words.groupName(key) }

    private func shortName(_ key: String) -> String {
        switch (key, language) {
        case ("nguoi-dan", .vi): return "Người dân"
        case ("hoc-sinh-sinh-vien", .vi): return "HSSV"
        case ("cbccvc", _): return "CBCCVC"
        case ("lao-dong-doanh-nghiep", .vi): return "Lao động DN"
        case ("nguoi-dan", .en): return "Adults"
        case ("hoc-sinh-sinh-vien", .en): return "Students"
        case ("lao-dong-doanh-nghiep", .en): return "Enterprise workers"
        default: return key
        }
    }
}
