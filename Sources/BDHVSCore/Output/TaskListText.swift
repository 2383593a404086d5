/// `bdhvs task list` as text: one line per task, its lead bodies on the next line.
public struct TaskListText {
    public var language: Language

    public init(language: Language) { self.language = language }

    public func render(_ tasks: [TaskRow]) -> String {
        var writer = Writer(language: language)
        for task in tasks { writer.add(task) }
        return writer.finish()
    }

    /// The same text written a task at a time, so that a national list (75,000 tasks at a
    /// million) is printed as it is read: `add` each task, `take` what is written so far
    /// whenever it suits, and `finish` with the count line.
    public struct Writer {
        private let l: Language
        /// The text written and not yet taken.
        public private(set) var text = ""
        private var currentPlan: String?
        private var top = 0
        private var sub = 0
        // Timelines, labels and day counts repeat across a national list: each is folded or
        // written once.
        private var folded: [String: String] = [:]
        private var statuses: [TaskCategory: (label: String, key: String)] = [:]
        private var overdueDays: [Int: String] = [:]
        private var dueTexts: [CivilDate: String] = [:]

        public init(language: Language) { l = language }

        /// Writes one task (and the plan's heading before the first task of each plan).
        public mutating func add(_ task: TaskRow) {
            if task.plan != currentPlan {
                if currentPlan != nil { text += "\n" }
                line(l.pick("Kế hoạch \(task.plan):", "Plan \(task.plan):"))
                currentPlan = task.plan
            }
            if task.parent == nil { top += 1 } else { sub += 1 }
            let label = statusLabel(task.status)
            var status = label.label
            if task.status == .overdue { status += days(task.daysOverdue) }
            if task.percent > 0 && !task.status.isDone { status += l.pick(" · tiến độ \(task.percent)%", " · \(task.percent)% done") }
            let indent = task.parent == nil ? "  " : "    "
            line("\(indent)\(task.id)  \(task.title)")
            var detail = "\(indent)    \(status)"
            if let deadline = task.deadline {
                detail += due(deadline) + (task.tentative ? l.pick(" (dự kiến)", " (tentative)") : "")
                if let from = task.extendedFrom { detail += l.pick(" (gia hạn từ \(from.vietnamese))", " (extended from \(from.vietnamese))") }
            }
            if let timeline = task.timeline, key(timeline) != label.key {
                detail += " · “\(timeline)”"
            }
            line(detail)
            if !task.lead.isEmpty {
                line("\(indent)    " + l.pick("Chủ trì: ", "Lead: ") + task.lead.joined(separator: "; "))
            }
        }

        /// The text written since the last `take`.
        public mutating func take() -> String {
            defer { text = "" }
            return text
        }

        /// The rest of the text: the count of tasks and sub-tasks (or that none matched).
        public mutating func finish() -> String {
            if currentPlan == nil { return l.pick("Không có nhiệm vụ nào phù hợp.\n", "No matching tasks.\n") }
            text += "\n"
            line(sub == 0 ? l.pick("\(l.number(top)) nhiệm vụ.", "\(l.number(top)) tasks.")
                : l.pick("\(l.number(top)) nhiệm vụ, \(l.number(sub)) nhiệm vụ con.", "\(l.number(top)) tasks, \(l.number(sub)) sub-tasks."))
            return take()
        }

        private mutating func line(_ line: String) {
            text += TerminalText.line(line)
            text += "\n"
        }

        private mutating func statusLabel(_ status: TaskCategory) -> (label: String, key: String) {
            if let known = statuses[status] { return known }
            let label = l.label(status)
            statuses[status] = (label, Folding.key(label))
            return (label, Folding.key(label))
        }

        /// " (N ngày)" after an overdue status.
        private mutating func days(_ count: Int) -> String {
            if let known = overdueDays[count] { return known }
            let text = " (\(l.days(count)))"
            overdueDays[count] = text
            return text
        }

        /// " · hạn dd/mm/yyyy": a national list has a few hundred deadlines.
        private mutating func due(_ deadline: CivilDate) -> String {
            if let known = dueTexts[deadline] { return known }
            let text = " · " + l.pick("hạn ", "due ") + deadline.vietnamese
            dueTexts[deadline] = text
            return text
        }

        private mutating func key(_ text: String) -> String {
            if let known = folded[text] { return known }
            let key = Folding.key(text)
            folded[text] = key
            return key
        }
    }
}
