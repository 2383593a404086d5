extension ReportBuilder {
    /// III. Đánh giá: strengths and lessons from the notes; shortcomings start from the
    /// data (unfinished and overdue tasks by lead body, indicators not met).
    func assessmentSection() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 1, text: l.pick("III. ĐÁNH GIÁ CHUNG", "III. ASSESSMENT")),
                                     .heading(level: 2, text: l.pick("1. Ưu điểm", "1. Strengths"))]
        blocks += text(notes.strengths, key: "strengths", else: l.pick("những kết quả nổi bật, cách làm hiệu quả", "what went well"))
        blocks.append(.heading(level: 2, text: l.pick("2. Tồn tại, hạn chế và nguyên nhân", "2. Shortcomings and causes")))
        blocks += shortcomingsFromData()
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
        let carried = data.tasks.filter { !isParentOnly($0) && !belongsToReportYear($0) }
        let unfinished = carried.filter { [.overdue, .inProgress, .deadlineUnknown].contains($0.status) }
        let ongoing = carried.filter { $0.status == .ongoing }
        if !unfinished.isEmpty {
            blocks.append(.paragraph(l.pick("Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành:", "Carry over the unfinished tasks:")))
            blocks.append(.bullets(unfinished.map(carriedLine)))
        }
        if !ongoing.isEmpty {
            blocks.append(.paragraph(l.pick("Duy trì các nhiệm vụ thường xuyên, định kỳ:", "Keep up the ongoing and recurring duties:")))
            blocks.append(.bullets(ongoing.map(carriedLine)))
        }
        blocks += text(notes.directions, key: "directions", else: l.pick("nhiệm vụ trọng tâm năm \(next)", "the main tasks for \(next)"))
        return blocks
    }

    /// "3.1. Title (Lead)" in the list of tasks carried over.
    private func carriedLine(_ task: TaskRow) -> String {
        taskNumbers.referenced(task.id, task.title) + (task.lead.isEmpty ? "" : " (\(task.lead.joined(separator: ", ")))")
    }

    /// A task that belongs to the report year by nature ("Tổng hợp kết quả năm 2025") is not
    /// carried over: its title names the year.
    func belongsToReportYear(_ task: TaskRow) -> Bool {
        let year = String(document.year)
        var rest = Substring(task.title)
        while let range = rest.range(of: year) {
            let before = rest[..<range.lowerBound].last, after = rest[range.upperBound...].first
            if !(before?.isNumber ?? false) && !(after?.isNumber ?? false) { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    func proposalsSection() -> [ReportBlock] {
        [.heading(level: 1, text: l.pick("V. ĐỀ XUẤT, KIẾN NGHỊ", "V. PROPOSALS"))]
            + text(notes.proposals, key: "proposals", else: l.pick("đề xuất, kiến nghị với cấp trên", "proposals to higher levels"))
    }
}
