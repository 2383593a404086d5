import BDHVSCore

/// A province's page as HTML.
enum ProvinceView {
    static func render(_ page: ProvincePage, freshness: [CommuneFreshness]?, filter: String?, overdueOnly: Bool, context: PageContext,
                       extra: [String] = []) -> String {
        let w = context.words
        let scope = [("province", page.province)]
        // Communes counted once each; the plans, one row each, said when there are more of them.
        let plans = page.plansInAll == page.communesInAll ? ""
            : w.pick(" (\(w.number(page.plansInAll)) kế hoạch)", " (\(w.number(page.plansInAll)) plans)")
        let communes = Table(
            caption: w.pick("Các xã, phường (quá hạn nhiều nhất trước): \(w.number(page.communesShown))/\(w.number(page.communesInAll))" + plans,
                            "Communes (most overdue first): \(w.number(page.communesShown))/\(w.number(page.communesInAll))" + plans),
            columns: [(w.pick("Xã, phường", "Commune"), false), (w.pick("Kế hoạch", "Plan"), false), (w.pick("Số nhiệm vụ", "Tasks"), true),
                      (w.pick("Hoàn thành", "Done"), true), (w.pick("Quá hạn", "Overdue"), true),
                      (w.pick("Quá hạn lâu nhất (ngày)", "Longest overdue (days)"), true)],
            rows: page.communes.map { row in
                let done = row.counts[.doneOnTime, default: 0] + row.counts[.doneLate, default: 0]
                let name = row.communeKind.isEmpty ? row.commune : "\(row.communeKind) \(row.commune)"
                return [Cell(text: name, href: context.href("/xa/\(PageContext.encode(row.plan))")), Cell(text: row.plan),
                        .number(row.total, w), .number(done, w), .number(row.overdue, w, key: "commune-overdue"), .number(row.worstDaysOverdue, w)]
            },
            csv: context.href("/csv/communes", scope), empty: w.pick("Không có xã, phường nào khớp bộ lọc.", "No commune matches the filters."))
        var sections = [CategoryChart.render(page.summary, w), communes.render(w),
                        SharedTables.byLead(page.byLead, context: context, csv: context.href("/csv/by-lead", scope),
                                            caption: w.pick("Theo loại cơ quan chủ trì (cùng loại ở các xã gộp lại)",
                                                            "By kind of lead body (the same kind across communes)")).render(w)]
        sections += extra
        if let freshness { sections.append(SharedTables.freshness(freshness, context: context, csv: context.href("/csv/freshness", scope)).render(w)) }
        let national = w.pick("Toàn quốc", "Nationwide")
        let layout = Layout(
            context: context, title: page.province, crumbs: [(national, context.href("/")), (page.province, nil)], path: "/tinh/\(page.slug)",
            filters: [("q", filter ?? ""), ("overdue", overdueOnly ? "1" : "")],
            filterFields: Layout.textField("q", label: w.pick("Xã, phường", "Commune"), value: filter)
                + Layout.checkbox("overdue", label: w.pick("Chỉ xã có nhiệm vụ quá hạn", "Only communes with overdue tasks"), checked: overdueOnly))
        return layout.render(sections)
    }
}
