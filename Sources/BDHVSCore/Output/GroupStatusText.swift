/// `bdhvs plan status --by group` as text: one line per numbered task group, with its
/// tasks counted as the status counts them.
public struct GroupStatusText {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func render(_ rows: [GroupStatusRow], asOf: CivilDate) -> String {
        let l = language
        guard !rows.isEmpty else {
            return l.pick("Không có nhiệm vụ nào trong phạm vi này.\n", "No task in this scope.\n")
        }
        let several = Set(rows.map(\.plan)).count > 1
        var table = TextTable(rightAligned: several ? [3, 4, 5, 6, 7, 8] : [2, 3, 4, 5, 6, 7])
        var header = [l.pick("Nhóm", "Group"), l.pick("Tên nhóm", "Title"), l.pick("Nhiệm vụ", "Tasks"),
                      l.pick("Hoàn thành", "Done"), l.pick("Trong hạn", "In progress"), l.pick("Quá hạn", "Overdue"),
                      l.pick("Thường xuyên", "Ongoing"), l.pick("Chưa rõ hạn", "No deadline")]
        if several { header.insert(l.pick("Kế hoạch", "Plan"), at: 0) }
        table.add(header)
        for row in rows {
            var cells = [row.number ?? row.group ?? "—",
                         row.group == nil ? l.pick("(ngoài các nhóm)", "(outside every group)") : Self.short(row.title ?? ""),
                         l.number(row.total), l.number(row.done), l.number(row.counts[.inProgress, default: 0]),
                         l.number(row.overdue), l.number(row.counts[.ongoing, default: 0]),
                         l.number(row.counts[.deadlineUnknown, default: 0])]
            if several { cells.insert(row.plan, at: 0) }
            table.add(cells)
        }
        let total = rows.reduce(0) { $0 + $1.total }
        let heading = l.pick("Tình hình thực hiện theo nhóm nhiệm vụ (\(l.number(total)) nhiệm vụ) · Tính đến ngày \(asOf.vietnamese)",
                             "Status by task group (\(l.number(total)) tasks) · As of \(asOf.vietnamese)")
        return TerminalText.lines([heading, ""] + table.render(indent: ""))
    }

    /// A group title cut to a line's share: real titles run to a paragraph.
    static func short(_ title: String, limit: Int = 60) -> String {
        title.count <= limit ? title : String(title.prefix(limit - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }
}
