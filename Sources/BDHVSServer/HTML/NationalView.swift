import BDHVSCore

/// The national page as HTML.
enum NationalView {
    static func render(_ page: NationalPage, freshness: [CommuneFreshness]?, filter: String?, context: PageContext, extra: [String] = []) -> String {
        let w = context.words
        let title = w.pick("Toàn quốc", "Nationwide")
        let provinces = Table(
            caption: w.pick("Các tỉnh, thành phố (quá hạn nhiều nhất trước)", "Provinces (most overdue first)"),
            columns: [(w.pick("Tỉnh, thành phố", "Province"), false), (w.pick("Số kế hoạch", "Plans"), true),
                      (w.pick("Số nhiệm vụ", "Tasks"), true), (w.pick("Hoàn thành", "Done"), true),
                      (w.pick("Quá hạn", "Overdue"), true), (w.pick("Xã có quá hạn", "Communes with overdue"), true),
                      (w.pick("Quá hạn lâu nhất (ngày)", "Longest overdue (days)"), true)],
            rows: page.provinces.map { row in
                [Cell(text: row.name, href: context.href("/tinh/\(row.slug)")), .number(row.communes, w), .number(row.total, w),
                 .number(row.done, w), .number(row.overdue, w, key: "province-overdue"), .number(row.communesWithOverdue, w),
                 .number(row.worstDaysOverdue, w)]
            },
            csv: context.href("/csv/provinces"), empty: w.pick("Chưa có kế hoạch nào.", "No plans loaded."))
        var sections = [CategoryChart.render(page.summary, w), provinces.render(w),
                        SharedTables.byLead(page.byLead, context: context, csv: context.href("/csv/by-lead"),
                                            caption: w.pick("Theo loại cơ quan chủ trì (cùng loại ở mọi xã gộp lại)",
                                                            "By kind of lead body (the same kind in every commune together)")).render(w)]
        sections += extra
        if let freshness { sections.append(SharedTables.freshness(freshness, context: context, csv: context.href("/csv/freshness")).render(w)) }
        let layout = Layout(context: context, title: title, crumbs: [(title, nil)], path: "/", filters: [("q", filter ?? "")],
                            filterFields: Layout.textField("q", label: w.pick("Tỉnh", "Province"), value: filter))
        return layout.render(sections)
    }
}
