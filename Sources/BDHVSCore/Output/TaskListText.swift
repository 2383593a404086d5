/// `bdhvs task list` as text: one line per task, its lead bodies on the next line.
public struct TaskListText {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func render(_ tasks: [TaskRow]) -> String {
        let l = language
        guard !tasks.isEmpty else { return l.pick("Không có nhiệm vụ nào phù hợp.\n", "No matching tasks.\n") }
        var lines: [String] = []
        var currentPlan: String?
        // Timelines and labels repeat across a national list: each is folded once.
        var folded: [String: String] = [:]
        func key(_ text: String) -> String {
            if let known = folded[text] { return known }
            let key = Folding.key(text)
            folded[text] = key
            return key
        }
        for task in tasks {
            if task.plan != currentPlan {
                if currentPlan != nil { lines.append("") }
                lines.append(l.pick("Kế hoạch \(task.plan):", "Plan \(task.plan):"))
                currentPlan = task.plan
            }
            var status = l.label(task.status)
            if task.status == .overdue { status += " (\(l.days(task.daysOverdue)))" }
            if task.percent > 0 && !task.status.isDone { status += l.pick(" · tiến độ \(task.percent)%", " · \(task.percent)% done") }
            let indent = task.parent == nil ? "  " : "    "
            lines.append("\(indent)\(task.id)  \(task.title)")
            var detail = "\(indent)    \(status)"
            if let deadline = task.deadline {
                detail += " · " + l.pick("hạn ", "due ") + deadline.vietnamese + (task.tentative ? l.pick(" (dự kiến)", " (tentative)") : "")
                if let from = task.extendedFrom { detail += l.pick(" (gia hạn từ \(from.vietnamese))", " (extended from \(from.vietnamese))") }
            }
            if let timeline = task.timeline, key(timeline) != key(l.label(task.status)) {
                detail += " · “\(timeline)”"
            }
            lines.append(detail)
            if !task.lead.isEmpty {
                lines.append("\(indent)    " + l.pick("Chủ trì: ", "Lead: ") + task.lead.joined(separator: "; "))
            }
        }
        lines.append("")
        let top = tasks.filter { $0.parent == nil }.count
        let sub = tasks.count - top
        lines.append(sub == 0 ? l.pick("\(l.number(top)) nhiệm vụ.", "\(l.number(top)) tasks.")
            : l.pick("\(l.number(top)) nhiệm vụ, \(l.number(sub)) nhiệm vụ con.", "\(l.number(top)) tasks, \(l.number(sub)) sub-tasks."))
        return TerminalText.lines(lines)
    }
}
