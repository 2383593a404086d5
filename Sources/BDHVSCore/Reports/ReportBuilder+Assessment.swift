extension ReportBuilder {
    /// III. Đánh giá: strengths and lessons from the notes; shortcomings start from the
    /// data (unfinished and overdue tasks by lead body, indicators not met).
    func assessmentSection() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 1, text: l.pick("III. ĐÁNH GIÁ CHUNG", "III. ASSESSMENT")),
                                     .heading(level: 2, text: l.pick("1. Ưu điểm", "1. Strengths"))]
        blocks += text(notes.strengths, key: "strengths", else: l.pick("những kết quả nổi bật, cách làm hiệu quả", "what went well"))
        blocks.append(.heading(level: 2, text: l.pick("2. Tồn tại, hạn chế và nguyên nhân", "2. Shortcomings and causes")))
        let overdue = data.status.overdue
        if overdue.isEmpty {
            blocks.append(.paragraph(l.pick("Không có nhiệm vụ quá hạn tính đến \(data.asOf.vietnamese).", "No task is overdue as of \(data.asOf.vietnamese).")))
        } else {
            blocks.append(.paragraph(l.pick("Các nhiệm vụ chưa hoàn thành đã quá hạn, theo cơ quan chủ trì:", "Overdue tasks by lead body:")))
            blocks.append(.bullets(overdue.map { group in
                group.agency + ": " + group.tasks.map { task in
                    "\(task.id) “\(task.title)” (" + l.pick("hạn \(l.date(task.deadline)), quá hạn \(l.days(task.daysOverdue))",
                                                          "due \(l.date(task.deadline)), \(l.days(task.daysOverdue)) overdue") + ")"
                }.joined(separator: "; ")
            }))
        }
        let late = data.tasks.filter { $0.status == .doneLate }
        if !late.isEmpty {
            blocks.append(.paragraph(l.pick("Hoàn thành nhưng quá hạn: ", "Done late: ")
                + late.map { "\($0.id) (\(l.pick("hạn", "due")) \(l.date($0.deadline)), \(l.pick("xong", "done")) \(l.date($0.completedOn)))" }.joined(separator: "; ") + "."))
        }
        let missed = data.status.indicators.filter { $0.met == false }
        if !missed.isEmpty {
            blocks.append(.paragraph(l.pick("Chỉ tiêu chưa đạt: ", "Indicators not met: ") + missed.map(\.name).joined(separator: "; ") + "."))
        }
        blocks += text(notes.shortcomings, key: "shortcomings", else: l.pick("nguyên nhân của các tồn tại, hạn chế", "causes"))
        blocks.append(.heading(level: 2, text: l.pick("3. Bài học kinh nghiệm", "3. Lessons")))
        blocks += text(notes.lessons, key: "lessons", else: l.pick("bài học kinh nghiệm", "lessons learned"))
        return blocks
    }

    /// IV. Phương hướng: tasks not done and duties that go on are proposed for next year.
    func directionsSection() -> [ReportBlock] {
        let next = document.year + 1
        var blocks: [ReportBlock] = [.heading(level: 1, text: l.pick("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM \(next)", "IV. DIRECTIONS FOR \(next)"))]
        let unfinished = data.tasks.filter { [.overdue, .inProgress, .deadlineUnknown].contains($0.status) && !isParentOnly($0) }
        let ongoing = data.tasks.filter { $0.status == .ongoing && !isParentOnly($0) }
        if !unfinished.isEmpty {
            blocks.append(.paragraph(l.pick("Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành:", "Carry over the unfinished tasks:")))
            blocks.append(.bullets(unfinished.map { "\($0.id): \($0.title) (\($0.lead.joined(separator: "; ")))" }))
        }
        if !ongoing.isEmpty {
            blocks.append(.paragraph(l.pick("Duy trì các nhiệm vụ thường xuyên, định kỳ:", "Keep up the ongoing and recurring duties:")))
            blocks.append(.bullets(ongoing.map { "\($0.id): \($0.title) (\($0.lead.joined(separator: "; ")))" }))
        }
        blocks += text(notes.directions, key: "directions", else: l.pick("nhiệm vụ trọng tâm năm \(next)", "the main tasks for \(next)"))
        return blocks
    }

    /// A task with sub-tasks is carried over through them, not listed twice.
    private func isParentOnly(_ task: TaskRow) -> Bool {
        data.tasks.contains { $0.parent == task.id }
    }

    func proposalsSection() -> [ReportBlock] {
        [.heading(level: 1, text: l.pick("V. ĐỀ XUẤT, KIẾN NGHỊ", "V. PROPOSALS"))]
            + text(notes.proposals, key: "proposals", else: l.pick("đề xuất, kiến nghị với cấp trên", "proposals to higher levels"))
    }
}
