/// Task by task, in sentences as the communes' reports write them: what was held, when,
/// where and with how many people ("… vào ngày 09/10/2025 tại Hội trường xã có 145 người
/// tham gia"), then who led it and where it stands.
extension ReportBuilder {
    var taskNumbers: ReportTaskNumbers { ReportTaskNumbers(document.tasks, groups: document.groups ?? []) }

    func taskBlocks(_ task: TaskRow) -> [ReportBlock] {
        let numbers = taskNumbers
        var heading: [ReportBlock] = numbers.groupHeading(before: task.id).map { [.heading(level: 3, text: $0)] } ?? []
        heading.append(.paragraph(numbers.numbered(task.id, task.title)))
        // A task with sub-tasks is told through them.
        if isParentOnly(task) { return heading }
        var lines = (data.activities[task.id] ?? []).map(activitySentence) + [statusSentence(task)]
        if let deliverable = task.deliverable { lines.append(l.pick("Sản phẩm: ", "Deliverable: ") + deliverable + ".") }
        return heading + [.bullets(lines)]
    }

    /// "Lễ phát động vào ngày 09/10/2025 tại Hội trường xã có 145 người tham gia, trong đó …"
    func activitySentence(_ activity: ActivityRow) -> String {
        let records = RecordWords(language: l)
        var line = activity.title ?? l.pick("Tổ chức hoạt động", "An activity was held")
        line += l.pick(" vào ngày ", " on ") + activity.date.vietnamese
        if let place = activity.place { line += l.pick(" tại ", " at ") + place }
        // People and enrolments take part ("có 145 người tham gia"); sessions, articles or
        // courses do not: "gồm 3 buổi", "gồm 12 tin/bài".
        let count = records.participants(activity.participants, unit: activity.unit)
        if activity.participants > 0, Self.takesPart(activity.unit) {
            line += l.pick(" có \(count) tham gia", " with \(count)")
        } else if activity.participants > 0 {
            line += l.pick(" gồm \(count)", ", \(count)")
        }
        let groups = activity.groups.sorted { $0.key < $1.key }.map { group, count in
            "\(Self.lowercasedFirst(records.groupName(group, data.targetGroups))) \(records.participants(count, unit: activity.unit))"
        }
        if !groups.isEmpty { line += l.pick(", trong đó ", ", of whom ") + groups.joined(separator: "; ") }
        return line + "."
    }

    /// Whether an activity's count in `unit` is of people who took part (người, lượt), not
    /// of things held or published.
    static func takesPart(_ unit: String) -> Bool {
        unit == ParticipantUnit.people.rawValue || unit == ParticipantUnit.enrolments.rawValue
    }

    /// Who led the task and where it stands, in one sentence.
    func statusSentence(_ task: TaskRow) -> String {
        let lead = task.lead.isEmpty ? "" : task.lead.joined(separator: ", ") + l.pick(" chủ trì; ", " leads; ")
        let due = task.deadline.map { l.pick("thời hạn \($0.vietnamese)", "due \($0.vietnamese)") }
        let unconfirmed = unconfirmedActivity(task)
        var state: String
        switch task.status {
        case .doneOnTime:
            state = l.pick("đã hoàn thành", "done") + (task.completedOn.map { l.pick(" ngày \($0.vietnamese)", " on \($0.vietnamese)") } ?? "")
            if let due { state += l.pick(", đúng ", ", within the ") + due }
        case .doneLate:
            state = l.pick("đã hoàn thành", "done") + (task.completedOn.map { l.pick(" ngày \($0.vietnamese)", " on \($0.vietnamese)") } ?? "")
            if let deadline = task.deadline, let done = task.completedOn {
                state += l.pick(", chậm \(ReportWords.count(deadline.days(until: done), "ngày", l)) so với thời hạn \(deadline.vietnamese)",
                                ", \(deadline.days(until: done)) days after the deadline \(deadline.vietnamese)")
            }
        case .overdue where unconfirmed:
            state = l.pick("đã có hoạt động nhưng chưa được xác nhận hoàn thành", "activities were held but the task is not marked done")
            if let due { state += " (\(due))" }
        case .overdue:
            state = l.pick("chưa hoàn thành, quá hạn \(l.days(task.daysOverdue))", "not done, \(l.days(task.daysOverdue)) overdue")
            if let due { state += " (\(due))" }
        case .inProgress:
            state = l.pick("đang thực hiện", "in progress") + (due.map { ", " + $0 } ?? "")
        case .ongoing:
            state = l.pick("thực hiện thường xuyên", "carried out continuously")
        case .deadlineUnknown:
            state = l.pick("đang thực hiện, chưa xác định thời hạn", "in progress, deadline not known")
        }
        if task.percent > 0 && !task.status.isDone { state += l.pick(", đạt \(task.percent)%", ", \(task.percent)% done") }
        if let from = task.extendedFrom {
            state += task.deadlineBroughtForward
                ? l.pick(" (đã rút ngắn từ \(from.vietnamese))", " (brought forward from \(from.vietnamese))")
                : l.pick(" (đã gia hạn từ \(from.vietnamese))", " (extended from \(from.vietnamese))")
        }
        return ReportWords.capitalizedFirst(lead + state) + "."
    }

    /// A task with activities recorded up to the as-of date that nobody marked done, though
    /// its deadline has passed: the work was probably done and the report says so.
    func unconfirmedActivity(_ task: TaskRow) -> Bool {
        task.status == .overdue && !(data.activities[task.id] ?? []).isEmpty
    }

    /// A task with sub-tasks is carried out, counted and carried over through them.
    func isParentOnly(_ task: TaskRow) -> Bool {
        data.tasks.contains { $0.parent == task.id }
    }

    /// "Cán bộ, công chức …" inside a sentence: "cán bộ, công chức …"; an acronym ("CBCCVC")
    /// stays as written.
    static func lowercasedFirst(_ text: String) -> String {
        guard let first = text.first, let second = text.dropFirst().first, second.isLowercase else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
