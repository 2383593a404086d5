/// The numbers of a periodic report's period: the persons reached per target group (the
/// running total at the period's end minus the one before its start, when both are known;
/// otherwise what is known, said as such) and the indicator values recorded in the period.
extension ReportBuilder {
    func figuresInPeriod(_ period: ReportPeriod) -> [ReportBlock] {
        [.heading(level: 2, text: l.pick("3. Số liệu trong kỳ", "3. Figures of the period"))]
            + groupFigures(period) + indicatorFigures(period)
    }

    private func groupFigures(_ period: ReportPeriod) -> [ReportBlock] {
        let start = data.baseline?.asOf ?? period.start.adding(days: -1)
        let groups = (data.results?.groups ?? []).filter { $0.population != nil || $0.confirmed > 0 }
        guard !groups.isEmpty else {
            return [.paragraph(l.pick("Chưa có số liệu người đạt kỹ năng số cơ bản theo nhóm đối tượng đến ngày \(l.date(data.asOf)).",
                                      "No persons confirmed per target group up to \(l.date(data.asOf))."))]
        }
        let before = Dictionary((data.baseline?.results?.groups ?? []).map { ($0.group, $0.confirmed) }, uniquingKeysWith: { a, _ in a })
        let words = ResultWords(language: l)
        var unknown: [String] = []
        let rows = groups.map { group -> [String] in
            // No figure before the period: the total at its end may hold persons reached before it.
            guard let earlier = before[group.group], earlier > 0 else {
                unknown.append(words.groupName(group.group))
                return [words.groupName(group.group), "—", l.number(Int(group.confirmed)), "—", words.coverage(group)]
            }
            let (reached, overflow) = group.confirmed.subtractingReportingOverflow(earlier)
            return [words.groupName(group.group), l.number(Int(earlier)), l.number(Int(group.confirmed)),
                    overflow ? "—" : Self.signed(reached, l), words.coverage(group)]
        }
        var blocks: [ReportBlock] = [
            .paragraph(l.pick("Số người đạt kỹ năng số cơ bản theo nhóm đối tượng (số lũy kế đầu kỳ và cuối kỳ; đạt trong kỳ là hiệu của hai số):",
                              "Persons with basic digital skills per target group (running totals at the start and the end; reached in the period is their difference):")),
            .table(headers: [l.pick("Nhóm đối tượng", "Target group"), l.pick("Đến \(l.date(start))", "By \(l.date(start))"),
                             l.pick("Đến \(l.date(data.asOf))", "By \(l.date(data.asOf))"), l.pick("Đạt trong kỳ", "Reached in the period"),
                             l.pick("Tỷ lệ cuối kỳ", "Coverage at the end")],
                   rows: rows, numeric: [1, 2, 3, 4]),
        ]
        if !unknown.isEmpty {
            blocks.append(.paragraph(l.pick(
                "Chưa có số liệu đến \(l.date(start)) của \(unknown.joined(separator: "; ")): số người đạt trong kỳ chưa tính được; số nêu trên là lũy kế đến cuối kỳ.",
                "No figure by \(l.date(start)) for \(unknown.joined(separator: "; ")): the persons reached in the period cannot be counted; the figure above is the running total at the end.")))
        }
        return blocks
    }

    private func indicatorFigures(_ period: ReportPeriod) -> [ReportBlock] {
        let indicators = data.status.indicators
        guard !indicators.isEmpty else { return [] }
        let before = Dictionary((data.baseline?.indicators ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let records = RecordWords(language: l)
        let measuredInPeriod = indicators.filter { $0.latest.map { period.contains($0.date) } == true }
        let notMeasured = indicators.filter { row in !measuredInPeriod.contains { $0.id == row.id } }
        var blocks: [ReportBlock] = []
        if measuredInPeriod.isEmpty {
            blocks.append(.paragraph(l.pick("Trong kỳ chưa ghi nhận số liệu chỉ tiêu nào.", "No indicator was measured in the period.")))
        } else {
            let rows = measuredInPeriod.map { row -> [String] in
                let percent = row.kind == "percent"
                let start = before[row.id]?.latest.map { measured($0, percent: percent, target: row.target) } ?? "—"
                let end = row.latest.map { measured($0, percent: percent, target: row.target) + l.pick(" (ngày \(l.date($0.date)))", " (\(l.date($0.date)))") } ?? "—"
                let verdict = row.met.map { $0 ? l.pick("Đạt", "Met") : l.pick("Chưa đạt", "Not met") } ?? "—"
                return [row.name, row.target.text { records.value($0, percent: percent) }, start, end, verdict]
            }
            blocks += [.paragraph(l.pick("Chỉ tiêu có số liệu ghi nhận trong kỳ:", "Indicators measured in the period:")),
                       .table(headers: [l.pick("Chỉ tiêu", "Indicator"), l.pick("Kế hoạch", "Target"), l.pick("Trước kỳ", "Before the period"),
                                        l.pick("Trong kỳ (mới nhất)", "In the period (latest)"), l.pick("Đánh giá", "Assessment")],
                              rows: rows, numeric: [1, 2, 3])]
        }
        if !notMeasured.isEmpty && !measuredInPeriod.isEmpty {
            blocks.append(.paragraph(l.pick("Chưa có số liệu trong kỳ: ", "Not measured in the period: ")
                + notMeasured.map(\.name).joined(separator: "; ") + "."))
        }
        return blocks
    }

    /// "12", or "giảm 3" when a corrected running total went down.
    static func signed(_ value: Int64, _ l: Language) -> String {
        value >= 0 ? l.number(Int(value)) : l.pick("giảm ", "down ") + l.number(Int(value.magnitude))
    }
}
