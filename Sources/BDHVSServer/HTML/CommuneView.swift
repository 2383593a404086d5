import BDHVSCore

/// A commune's page as HTML: its plan's status, tasks most overdue first, filters.
enum CommuneView {
    struct Filters: Sendable {
        var category: TaskCategory?
        var agency: String?
        var text: String?

        var parameters: [(String, String)] {
            [("status", category?.rawValue ?? ""), ("agency", agency ?? ""), ("q", text ?? "")]
        }
    }

    static func render(_ page: CommunePage, filters: Filters, context: PageContext, extra: [String] = []) -> String {
        let w = context.words
        let path = "/xa/\(PageContext.encode(page.plan))"
        let tasks = Table(
            caption: w.pick("Nhiệm vụ (quá hạn lâu nhất trước): \(w.number(page.tasks.count))/\(w.number(page.tasksInAll))",
                            "Tasks (longest overdue first): \(w.number(page.tasks.count))/\(w.number(page.tasksInAll))"),
            columns: [(w.pick("Mã", "Id"), false), (w.pick("Nhiệm vụ", "Task"), false), (w.pick("Chủ trì", "Lead"), false),
                      (w.pick("Hạn", "Deadline"), false), (w.pick("Tình trạng", "Status"), false), (w.pick("Quá hạn (ngày)", "Days overdue"), true)],
            rows: page.tasks.map { task in
                let deadline = task.deadline.map { w.date($0) + task.tentativeMark(w.language) } ?? (task.timeline ?? "—")
                return [Cell(text: task.parent.map { "\($0) › \(task.id)" } ?? task.id, href: context.href("\(path)/\(PageContext.encode(task.id))")),
                        Cell(text: task.title), Cell(text: task.lead.joined(separator: "; ")), Cell(text: deadline),
                        Cell(text: w.language.label(task.status), key: task.status.rawValue), .number(task.daysOverdue, w)]
            },
            csv: context.href("/csv/tasks", [("plan", page.plan)] + filters.parameters),
            empty: w.pick("Không có nhiệm vụ nào khớp bộ lọc.", "No task matches the filters."))
        let sections = [
            "<p>\(HTML.e(page.title))</p>",
            CategoryChart.render(page.summary, w), tasks.render(w),
            SharedTables.byLead(page.byLead, context: context, csv: context.href("/csv/by-lead", [("plan", page.plan)]),
                                caption: w.pick("Theo cơ quan chủ trì", "By lead body")).render(w),
        ] + extra
        var statusField = " <label>\(HTML.e(w.pick("Tình trạng", "Status"))) <select name=\"status\"><option value=\"\">\(HTML.e(w.pick("Tất cả", "All")))</option>"
        for category in TaskCategory.allCases {
            statusField += "<option value=\"\(category.rawValue)\"\(filters.category == category ? " selected" : "")>\(HTML.e(w.language.label(category)))</option>"
        }
        statusField += "</select></label>"
        let national = w.pick("Toàn quốc", "Nationwide")
        let layout = Layout(
            context: context, title: page.commune,
            crumbs: [(national, context.href("/")), (page.province, context.href("/tinh/\(Slug.of(page.province))")), (page.commune, nil)],
            path: path, filters: filters.parameters,
            filterFields: statusField + Layout.textField("agency", label: w.pick("Cơ quan chủ trì", "Lead body"), value: filters.agency)
                + Layout.textField("q", label: w.pick("Nội dung", "Text"), value: filters.text))
        return layout.render(sections)
    }
}
