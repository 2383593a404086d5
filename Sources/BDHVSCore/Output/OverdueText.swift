/// Overdue tasks grouped by lead body, as text (`bdhvs agency overdue` and in status).
public struct OverdueText {
    public var language: Language

    public init(language: Language) { self.language = language }

    /// The groups, one heading line per agency and one line per task, most overdue first.
    public func render(_ groups: [OverdueGroup], heading: Bool, showPlan: Bool, total: Int? = nil) -> [String] {
        let l = language
        var lines: [String] = []
        let taskCount = Set(groups.flatMap { $0.tasks.map { "\($0.plan)/\($0.id)" } }).count
        if heading {
            if let total, total > taskCount {
                lines.append(l.pick("Nhiệm vụ quá hạn theo cơ quan chủ trì (\(l.number(taskCount)) nhiệm vụ quá hạn lâu nhất; tổng số \(l.number(total))):",
                                    "Overdue tasks by lead body (the \(l.number(taskCount)) most overdue; \(l.number(total)) in all):"))
            } else {
                lines.append(l.pick("Nhiệm vụ quá hạn theo cơ quan chủ trì (\(l.number(taskCount))):",
                                    "Overdue tasks by lead body (\(l.number(taskCount))):"))
            }
        }
        guard !groups.isEmpty else {
            lines.append(l.pick("  Không có nhiệm vụ quá hạn.", "  No overdue tasks."))
            return lines
        }
        for group in groups {
            let place = showPlan ? " — \(group.plan)" : ""
            lines.append("  \(group.agency)\(place) (\(l.number(group.tasks.count))):")
            var table = TextTable()
            for task in group.tasks {
                let deadline = l.pick("hạn ", "due ") + l.date(task.deadline) + task.tentativeMark(l)
                table.add(task.id, l.pick("quá hạn ", "overdue ") + l.days(task.daysOverdue),
                          deadline, task.title)
            }
            lines += table.render(indent: "    ")
        }
        return lines.map(TerminalText.line)
    }
}
