import BDHVSCore

/// A task's page as HTML: what `bdhvs task show` says.
enum TaskView {
    static func render(_ detail: TaskDetail, commune: String, province: String, context: PageContext) -> String {
        let w = context.words
        let task = detail.task
        let planPath = "/xa/\(PageContext.encode(task.plan))"
        var facts: [(String, String)] = []
        // A task a later load retired is still shown by its address: said first, as `task show` does.
        if detail.retired { facts.append(TaskDetailText.retired(w.language, on: detail.retiredOn)) }
        facts += [
            (w.pick("Tình trạng", "Status"), w.language.label(task.status)),
            (w.pick("Chủ trì", "Lead"), task.lead.joined(separator: "; ")),
            (w.pick("Thời hạn", "Timeline"), task.timeline ?? "—"),
            (w.pick("Hạn", "Deadline"), w.date(task.deadline) + task.tentativeMark(w.language)),
        ]
        if task.daysOverdue > 0 { facts.append((w.pick("Quá hạn", "Overdue"), w.pick("\(w.number(task.daysOverdue)) ngày", "\(w.number(task.daysOverdue)) days"))) }
        if let from = task.extendedFrom { facts.append((w.pick("Hạn ban đầu", "Original deadline"), w.date(from))) }
        if let done = task.completedOn { facts.append((w.pick("Hoàn thành ngày", "Done on"), w.date(done))) }
        facts.append((w.pick("Tiến độ", "Progress"), "\(task.percent)%"))
        if !detail.coordinating.isEmpty { facts.append((w.pick("Phối hợp", "Coordinating"), detail.coordinating.joined(separator: "; "))) }
        if let parent = task.parent { facts.append((w.pick("Thuộc nhiệm vụ", "Part of"), parent)) }
        if let deliverable = task.deliverable { facts.append((w.pick("Sản phẩm", "Deliverable"), deliverable)) }
        if let description = detail.description { facts.append((w.pick("Nội dung", "Description"), description)) }
        if let note = detail.note { facts.append((w.pick("Ghi chú", "Note"), note)) }
        var sections = ["<dl class=\"facts\">" + facts.map { "<dt>\(HTML.e($0.0))</dt><dd>\(HTML.e($0.1))</dd>" }.joined() + "</dl>"]
        // Each change as `task show` prints it (what, the fields, who, when), the CLI's own wording.
        let history = Table(
            caption: w.pick("Lịch sử", "History"),
            columns: [(w.pick("Thay đổi", "Change"), false)],
            rows: detail.history.map { [Cell(text: ChangeText(language: w.language).historyLine($0))] },
            empty: w.pick("Chưa ghi nhận thay đổi nào.", "No change recorded."))
        sections.append(history.render(w))
        let national = w.pick("Toàn quốc", "Nationwide")
        let layout = Layout(
            context: context, title: "\(task.id). \(task.title)",
            crumbs: [(national, context.href("/")), (province, context.href("/tinh/\(Slug.of(province))")),
                     (commune, context.href(planPath)), (task.id, nil)],
            path: "\(planPath)/\(PageContext.encode(task.id))")
        return layout.render(sections)
    }
}
