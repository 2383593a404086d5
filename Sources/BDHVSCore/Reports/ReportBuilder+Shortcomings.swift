/// What the data says went wrong: tasks overdue (each once, with all its leads, every one
/// that section II counts), tasks done late, and which of the overdue have activities that
/// show the work was done though nobody marked it done.
extension ReportBuilder {
    func shortcomingsFromData() -> [ReportBlock] {
        var blocks: [ReportBlock] = []
        let leaves = data.tasks.filter { !isParentOnly($0) }
        // Every overdue task, as section II counts them: one with an activity awaiting
        // confirmation is still overdue until its lead marks it done (said right after).
        let overdue = leaves.filter { $0.status == .overdue }
        if overdue.isEmpty {
            blocks.append(.paragraph(l.pick("Không có nhiệm vụ quá hạn tính đến \(data.asOf.vietnamese).", "No task is overdue as of \(data.asOf.vietnamese).")))
        } else {
            blocks.append(.paragraph(l.pick("Còn \(ReportWords.count(overdue.count, "nhiệm vụ", l)) chưa hoàn thành đã quá hạn:",
                                            "Overdue and not done: \(ReportWords.english(overdue.count, "task")):")))
            blocks.append(.bullets(overdue.map { task in
                taskNumbers.referenced(task.id, task.title) + " (" + leadsClause(task)
                    + l.pick("thời hạn \(l.date(task.deadline)), quá hạn \(l.days(task.daysOverdue)))", "due \(l.date(task.deadline)), \(l.days(task.daysOverdue)) overdue)")
            }))
            blocks += awaitingConfirmation(overdue.filter(unconfirmedActivity))
        }
        let late = leaves.filter { $0.status == .doneLate }
        if !late.isEmpty {
            blocks.append(.paragraph(l.pick("Hoàn thành nhưng chậm so với thời hạn: ", "Done after the deadline: ") + late.map { task in
                taskNumbers.referenced(task.id, task.title) + " ("
                    + l.pick("thời hạn \(l.date(task.deadline)), hoàn thành \(l.date(task.completedOn)))", "due \(l.date(task.deadline)), done \(l.date(task.completedOn)))")
            }.joined(separator: "; ") + "."))
        }
        return blocks
    }

    /// Of the overdue tasks, those whose activities show the work was done though nobody
    /// marked it done, with the days of their activities.
    private func awaitingConfirmation(_ tasks: [TaskRow]) -> [ReportBlock] {
        guard !tasks.isEmpty else { return [] }
        return [.paragraph(l.pick(
                    "Trong đó, đã có hoạt động được ghi nhận nhưng nhiệm vụ chưa được xác nhận hoàn thành (đề nghị cơ quan chủ trì xác nhận để cập nhật):",
                    "Of these, activities were recorded but the task is not marked done (the lead body should confirm it):")),
                .bullets(tasks.map { task in
                    let dates = (data.activities[task.id] ?? []).map(\.date.vietnamese).joined(separator: ", ")
                    return taskNumbers.referenced(task.id, task.title) + " (" + leadsClause(task) + l.pick("hoạt động ngày \(dates))", "activities on \(dates))")
                })]
    }

    /// "Phòng Văn hóa - Xã hội, Công an xã chủ trì; " — every lead, once.
    func leadsClause(_ task: TaskRow) -> String {
        task.lead.isEmpty ? "" : task.lead.joined(separator: ", ") + l.pick(" chủ trì; ", " lead; ")
    }
}
