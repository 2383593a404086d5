extension ReportBuilder {
    /// The results per target group as officials count them (issue 13): population, persons
    /// confirmed, coverage against the target; participants of activities per group as
    /// attendances (one person may attend several events, so they are never added into a
    /// number of people); the totals per unit, each on its own; the community digital teams.
    func groupResultBlocks() -> [ReportBlock] {
        var blocks: [ReportBlock] = []
        let records = RecordWords(language: l)
        if let results = data.results {
            let shown = results.groups.filter { $0.population != nil || $0.confirmed > 0 }
            if !shown.isEmpty {
                let rows = shown.map { group -> [String] in
                    [groupName(group.group), group.population.map { l.number(Int($0)) } ?? "—", l.number(Int(group.confirmed)),
                     ResultWords(language: l).coverage(group), group.targetTenths.map { records.value($0, percent: true) } ?? "—",
                     group.met.map { $0 ? l.pick("Đạt", "Met") : l.pick("Chưa đạt", "Not met") } ?? "—"]
                }
                blocks += [.paragraph(l.pick("Kết quả phổ cập kỹ năng số theo nhóm đối tượng (số người đạt, lũy kế):",
                                             "Basic digital skills per target group (persons confirmed, running totals):")),
                           .table(headers: [l.pick("Nhóm đối tượng", "Target group"), l.pick("Số dân", "Population"),
                                            l.pick("Số người đạt", "Confirmed"), l.pick("Tỷ lệ", "Coverage"), l.pick("Chỉ tiêu", "Target"),
                                            l.pick("Đánh giá", "Assessment")], rows: rows, numeric: [1, 2, 3, 4])]
            }
        }
        let totals = data.activityTotals
        var rows: [[String]] = []
        for (group, count) in totals.byGroup.sorted(by: { $0.key < $1.key }) {
            rows.append([records.groupName(group, data.targetGroups), l.number(count) + l.pick(" lượt người", " attendances")])
        }
        for (group, count) in totals.byGroupEnrolments.sorted(by: { $0.key < $1.key }) {
            rows.append([records.groupName(group, data.targetGroups), records.participants(count, unit: ParticipantUnit.enrolments.rawValue)])
        }
        if !rows.isEmpty {
            blocks += [.paragraph(l.pick("Người tham gia các hoạt động theo nhóm đối tượng (cộng theo hoạt động; một người có thể tham gia nhiều hoạt động):",
                                         "Participants of activities per target group (added over activities; one person may attend several):")),
                       .table(headers: [l.pick("Nhóm đối tượng", "Target group"), l.pick("Số lượng", "Count")], rows: rows, numeric: [1])]
        }
        if let units = data.results?.units, !units.isEmpty {
            let parts = ResultWords.unitOrder(units.keys).map { unit -> String in
                let count = Int(units[unit] ?? 0)
                return unit == ParticipantUnit.people.rawValue
                    ? l.number(count) + l.pick(" lượt người tham gia", " attendances of people")
                    : records.participants(count, unit: unit)
            }
            blocks.append(.paragraph(l.pick("Các hoạt động theo đơn vị tính (mỗi đơn vị cộng riêng): ", "Activities per unit (each added up on its own): ")
                + parts.joined(separator: "; ") + "."))
        }
        if let teams = data.results?.teams, teams.count > 0 || teams.villages > 0 {
            blocks.append(.paragraph(ResultWords(language: l).teams(teams) + "."))
        }
        return blocks
    }

    private func groupName(_ key: String) -> String { ResultWords(language: l).groupName(key) }
}
