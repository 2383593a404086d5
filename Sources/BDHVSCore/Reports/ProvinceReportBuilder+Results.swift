/// The province's results per target group as issue 13 counts them: per national group the
/// population, the persons confirmed (running totals, never event totals added up), the
/// coverage against the target; and the communes whose population is missing, left out of
/// the coverage.
extension ProvinceReportBuilder {
    func groupResultSection() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 2, text: l.pick("4. Kết quả theo nhóm đối tượng", "4. Results per target group"))]
        guard let results = data.results else { return [] }
        let words = ResultWords(language: l)
        let records = RecordWords(language: l)
        let shown = results.groups.filter { $0.population != nil || $0.confirmed > 0 }
        guard !shown.isEmpty else {
            return blocks + [.paragraph(l.pick("Các xã, phường chưa báo cáo số người đạt kỹ năng số theo nhóm đối tượng.",
                                               "No commune has reported persons confirmed per target group."))]
        }
        blocks.append(.table(
            headers: [l.pick("Nhóm đối tượng", "Target group"), l.pick("Số dân", "Population"), l.pick("Số người đạt", "Confirmed"),
                      l.pick("Tỷ lệ", "Coverage"), l.pick("Chỉ tiêu", "Target"), l.pick("Đánh giá", "Assessment")],
            rows: shown.map { group in
                [words.groupName(group.group), group.population.map { l.number(Int($0)) } ?? "—", l.number(Int(group.confirmed)),
                 words.coverage(group), group.targetTenths.map { records.value($0, percent: true) } ?? "—",
                 group.met.map { $0 ? l.pick("Đạt", "Met") : l.pick("Chưa đạt", "Not met") } ?? "—"]
            }, numeric: [1, 2, 3, 4]))
        let missing = results.communesWithoutPopulation.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        if !missing.isEmpty {
            blocks.append(.paragraph(l.pick("Chưa có số dân (không tính vào tỷ lệ): ", "Population missing (left out of the coverage): ")
                + missing.map { "\(words.groupName($0.key)) (\(l == .vi ? ReportWords.count($0.value, "xã, phường", l) : ReportWords.english($0.value, "commune")))" }
                    .joined(separator: "; ") + "."))
        }
        return blocks
    }

    /// The coverage of adults (người dân) in a commune, from the results' rows.
    func coverage(plan: String) -> String {
        guard let row = data.results?.rows.first(where: { $0.key == plan }),
              let group = row.groups.first(where: { $0.group == "nguoi-dan" }) else { return "—" }
        return ResultWords(language: l).coverage(group)
    }
}
