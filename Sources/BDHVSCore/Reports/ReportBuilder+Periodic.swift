/// A periodic report (monthly, quarterly, half-yearly, yearly): what was done in the period,
/// the activities and the numbers of the period, what is overdue at its end and what falls due
/// in the next period. The data is read as of the period's end (or the as-of date, if earlier).
extension ReportBuilder {
    /// The report of `period`.
    public func build(period: ReportPeriod) -> ReportDocument {
        let name = period.name(l)
        let subject = l.pick("kết quả thực hiện Phong trào “Bình dân học vụ số” \(name)",
                             "on the results of the movement \"Bình dân học vụ số\" in \(name)")
        var sections: [ReportBlock] = [.heading(level: 1, text: l.pick("I. KẾT QUẢ THỰC HIỆN TRONG KỲ", "I. RESULTS IN THE PERIOD"))]
        sections += doneInPeriod(period)
        sections += activitiesInPeriod(period)
        sections += figuresInPeriod(period)
        sections += overdueAtEnd()
        sections += dueInNext(period.next)
        sections += proposalsSection()
        return frame(title: ReportWords.capitalizedFirst(l.pick("kết quả thực hiện Phong trào “Bình dân học vụ số” \(name)",
                                                                "results of the movement \"Bình dân học vụ số\" in \(name)")),
                     subject: subject, sections: sections)
    }

    private func doneInPeriod(_ period: ReportPeriod) -> [ReportBlock] {
        let done = data.tasks.filter { task in !isParentOnly(task) && task.completedOn.map(period.contains) == true }
        var blocks: [ReportBlock] = [.heading(level: 2, text: l.pick("1. Nhiệm vụ hoàn thành trong kỳ", "1. Tasks done in the period"))]
        guard !done.isEmpty else {
            return blocks + [.paragraph(l.pick("Trong kỳ không có nhiệm vụ nào được xác nhận hoàn thành.", "No task was marked done in the period."))]
        }
        blocks.append(.paragraph(l.pick("Trong kỳ đã hoàn thành \(ReportWords.count(done.count, "nhiệm vụ", l)):",
                                        "\(ReportWords.english(done.count, "task")) done in the period:")))
        blocks.append(.bullets(done.map { task in
            taskNumbers.referenced(task.id, task.title) + " (" + leadsClause(task)
                + l.pick("hoàn thành ngày \(l.date(task.completedOn))", "done on \(l.date(task.completedOn))")
                + (task.status == .doneLate ? l.pick(", chậm so với thời hạn \(l.date(task.deadline))", ", after the deadline \(l.date(task.deadline))") : "")
                + ")"
        }))
        return blocks
    }

    /// The activities held in the period, one sentence each. Their participants are not
    /// added up: the same people come to several events.
    private func activitiesInPeriod(_ period: ReportPeriod) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 2, text: l.pick("2. Hoạt động trong kỳ", "2. Activities in the period"))]
        let held = data.tasks.flatMap { task in (data.activities[task.id] ?? []).filter { period.contains($0.date) }.map { (task, $0) } }
        guard !held.isEmpty else {
            return blocks + [.paragraph(l.pick("Trong kỳ chưa ghi nhận hoạt động nào.", "No activity was recorded in the period."))]
        }
        blocks.append(.paragraph(l.pick("Trong kỳ có \(ReportWords.count(held.count, "hoạt động", l)) được ghi nhận:",
                                        "\(ReportWords.english(held.count, "activity", plural: "activities")) recorded in the period:")))
        blocks.append(.bullets(held.sorted { ($0.1.date, $0.1.id) < ($1.1.date, $1.1.id) }.map { task, activity in
            activitySentence(activity).dropLast() + l.pick(" (nhiệm vụ \(taskNumbers.number(task.id) ?? "")).", " (task \(taskNumbers.number(task.id) ?? "")).")
        }))
        return blocks
    }

    private func overdueAtEnd() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 1, text: l.pick("II. NHIỆM VỤ QUÁ HẠN", "II. OVERDUE TASKS"))]
        blocks += shortcomingsFromData().filter { block in
            // The periodic report lists the overdue and the unconfirmed; the done late are in section I.
            if case .paragraph(let text) = block { return !text.hasPrefix(l.pick("Hoàn thành nhưng chậm", "Done after the deadline")) }
            return true
        }
        return blocks
    }

    private func dueInNext(_ next: ReportPeriod) -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 1, text: l.pick("III. NHIỆM VỤ KỲ TỚI (\(next.name(l).uppercased()))",
                                                                    "III. TASKS DUE NEXT (\(next.name(l).uppercased()))"))]
        let due = data.tasks.filter { task in
            !isParentOnly(task) && !task.status.isDone && task.deadline.map(next.contains) == true
        }
        let ongoing = data.tasks.filter { !isParentOnly($0) && $0.status == .ongoing }
        if due.isEmpty {
            blocks.append(.paragraph(l.pick("Không có nhiệm vụ đến hạn trong \(next.name(l)).", "No task falls due in \(next.name(l)).")))
        } else {
            blocks.append(.paragraph(l.pick("Các nhiệm vụ đến hạn trong \(next.name(l)):", "Tasks due in \(next.name(l)):")))
            blocks.append(.bullets(due.map { task in
                taskNumbers.referenced(task.id, task.title) + " (" + leadsClause(task) + l.pick("thời hạn \(l.date(task.deadline)))", "due \(l.date(task.deadline)))")
            }))
        }
        if !ongoing.isEmpty {
            blocks.append(.paragraph(l.pick("Tiếp tục thực hiện các nhiệm vụ thường xuyên:", "Keep up the ongoing duties:")))
            blocks.append(.bullets(ongoing.map { taskNumbers.referenced($0.id, $0.title) + ($0.lead.isEmpty ? "" : " (\($0.lead.joined(separator: ", ")))") }))
        }
        return blocks
    }
}
