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
    /// whenever it suits, and `finish` with the count line. The text is kept as UTF-8 bytes,
    /// each line written into them piece by piece and checked for terminal controls once
    /// (`TerminalText.line`, only for a line that is not plain): building each line as a
    /// string first and appending it was most of the writing.
    public struct Writer {
        private let l: Language
        /// The text written and not yet taken.
        private var bytes: [UInt8] = []
        private var currentPlan: String?
        private var top = 0
        private var sub = 0
        // Timelines, labels and day counts repeat across a national list: each is folded or
        // written once.
        private var folded: [ByteKey: String] = [:]
        private var statuses: [TaskCategory: (label: String, key: String)] = [:]
        private var overdueDays: [Int: String] = [:]
        private var dueTexts: [CivilDate: String] = [:]

        public init(language: Language) { l = language }

        /// How many bytes are written and not yet taken.
        public var pendingBytes: Int { bytes.count }

        /// Writes one task (and the plan's heading before the first task of each plan).
        public mutating func add(_ task: TaskRow) {
            if task.plan != currentPlan {
                if currentPlan != nil { bytes.append(0x0A) }
                line(l.pick("Kế hoạch \(task.plan):", "Plan \(task.plan):"))
                currentPlan = task.plan
            }
            if task.parent == nil { top += 1 } else { sub += 1 }
            let indent = task.parent == nil ? "  " : "    "
            var start = bytes.count
            append(indent)
            append(task.id)
            append("  ")
            append(task.title)
            endLine(from: start)

            start = bytes.count
            let label = statusLabel(task.status)
            append(indent)
            append("    ")
            append(label.label)
            if task.status == .overdue { append(days(task.daysOverdue)) }
            if task.percent > 0 && !task.status.isDone { append(l.pick(" · tiến độ \(task.percent)%", " · \(task.percent)% done")) }
            if let deadline = task.deadline {
                append(due(deadline))
                append(task.tentativeMark(l))
                if task.extendedFrom != nil { append(task.movedDeadline(l)) }
            }
            if let timeline = task.timeline, key(timeline) != label.key {
                append(" · “")
                append(timeline)
                append("”")
            }
            endLine(from: start)

            if !task.lead.isEmpty {
                start = bytes.count
                append(indent)
                append("    ")
                append(l.pick("Chủ trì: ", "Lead: "))
                for (index, name) in task.lead.enumerated() {
                    if index > 0 { append("; ") }
                    append(name)
                }
                endLine(from: start)
            }
        }

        /// Counts the tasks of `later`, a writer given the tasks that come after this one's,
        /// in plans of their own, as this one's, and returns what goes between the text of
        /// this one and that of `later` (a blank line when both wrote a plan); the caller
        /// writes the text taken from this one, that, and all of `later`'s text, then `finish`.
        public mutating func join(_ later: Writer) -> String {
            guard later.currentPlan != nil else { return "" }
            defer {
                top += later.top
                sub += later.sub
                currentPlan = later.currentPlan
            }
            return currentPlan != nil ? "\n" : ""
        }

        /// The text written since the last `take`.
        public mutating func take() -> String {
            defer { bytes.removeAll(keepingCapacity: true) }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// The UTF-8 bytes written since the last `take`.
        public mutating func takeBytes() -> [UInt8] {
            defer { bytes = [] }
            return bytes
        }

        /// The rest of the text: the count of tasks and sub-tasks (or that none matched).
        public mutating func finish() -> String {
            if currentPlan == nil { return l.pick("Không có nhiệm vụ nào phù hợp.\n", "No matching tasks.\n") }
            bytes.append(0x0A)
            line(sub == 0 ? l.pick("\(l.number(top)) nhiệm vụ.", "\(l.number(top)) tasks.")
                : l.pick("\(l.number(top)) nhiệm vụ, \(l.number(sub)) nhiệm vụ con.", "\(l.number(top)) tasks, \(l.number(sub)) sub-tasks."))
            return take()
        }

        private mutating func line(_ line: String) {
            let start = bytes.count
            append(line)
            endLine(from: start)
        }

        private mutating func append(_ text: String) {
            bytes.append(contentsOf: text.utf8)
        }

        /// Ends the line written from `start`: made safe for a terminal when it is not plain
        /// (the line as a whole, as `TerminalText.line` takes it), then a newline.
        private mutating func endLine(from start: Int) {
            let plain = bytes.withUnsafeBufferPointer { TerminalText.isPlain(bytes: UnsafeBufferPointer(rebasing: $0[start...])) }
            if !plain {
                let safe = TerminalText.line(String(decoding: bytes[start...], as: UTF8.self))
                bytes.removeSubrange(start...)
                append(safe)
            }
            bytes.append(0x0A)
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
            if let known = folded[ByteKey(text)] { return known }
            let key = Folding.key(text)
            folded[ByteKey(text)] = key
            return key
        }
    }
}

/// A text as a dictionary key by its UTF-8 bytes: hashing a Swift string that is not ASCII
/// normalises it first, which cost more than folding a timeline once. Two spellings of one
/// text are two keys with the same folded value.
private struct ByteKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: ByteKey, b: ByteKey) -> Bool {
        var a = a.text, b = b.text
        return a.withUTF8 { a in b.withUTF8 { b in a.count == b.count && a.elementsEqual(b) } }
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
