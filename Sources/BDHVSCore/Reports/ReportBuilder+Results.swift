extension ReportBuilder {
    /// II. Kết quả thực hiện: leadership documents, task by task with activities, the
    /// official count of tasks, indicators against targets, and the budget.
    func resultsSection() -> [ReportBlock] {
        var blocks: [ReportBlock] = [.heading(level: 1, text: l.pick("II. KẾT QUẢ THỰC HIỆN", "II. RESULTS")),
                                     .heading(level: 2, text: l.pick("1. Công tác lãnh đạo, chỉ đạo", "1. Leadership and documents"))]
        var documents: [String] = (document.legalBases ?? []).map { basis in
            var line = "\(basis.type) số \(basis.number)"
            if let date = basis.date { line += " ngày \(date)" }
            return line + " của \(basis.issuer) về \(basis.subject)"
        }
        var plan = document.title
        if let number = document.document?.number { plan += " (số \(number)" + (document.document?.date.map { " ngày \($0)" } ?? "") + ")" }
        documents.append(plan)
        documents += notes.documents ?? []
        blocks.append(.bullets(documents))
        blocks.append(.heading(level: 2, text: l.pick("2. Kết quả thực hiện các nhiệm vụ", "2. Tasks")))
        blocks.append(.paragraph(countSentence()))
        blocks.append(.statusChart(chartRows()))
        for task in data.tasks { blocks += taskBlocks(task) }
        blocks += groupResultBlocks()
        if let results = notes.results { blocks += text(results, else: "") }
        blocks.append(.heading(level: 2, text: l.pick("3. Kết quả thực hiện các chỉ tiêu", "3. Indicators")))
        blocks += indicatorBlocks()
        blocks.append(.heading(level: 2, text: l.pick("4. Kinh phí thực hiện", "4. Budget")))
        blocks += budgetBlocks()
        return blocks
    }

    /// "Kế hoạch có 05 nhiệm vụ: đã hoàn thành 01 (đúng hạn 0, quá hạn 1); chưa hoàn thành 02
    /// (trong hạn 1, quá hạn 1); thường xuyên 2; chưa xác định thời hạn 0." as reports count.
    func countSentence() -> String {
        let c = data.status.counts
        let done = c[.doneOnTime, default: 0] + c[.doneLate, default: 0]
        let open = c[.inProgress, default: 0] + c[.overdue, default: 0]
        let total = data.status.completion.total
        return l.pick(
            "Kế hoạch có \(ReportWords.count(total, "nhiệm vụ", l)): đã hoàn thành \(ReportWords.small(done, l)) (đúng hạn \(c[.doneOnTime, default: 0]), quá hạn \(c[.doneLate, default: 0])); chưa hoàn thành \(ReportWords.small(open, l)) (trong hạn \(c[.inProgress, default: 0]), quá hạn \(c[.overdue, default: 0])); thực hiện thường xuyên \(c[.ongoing, default: 0]); chưa xác định thời hạn \(c[.deadlineUnknown, default: 0]). Tỷ lệ hoàn thành \(l.ratio(done, total, unit: "nhiệm vụ")); trên số nhiệm vụ đã đến hạn \(l.ratio(data.status.completion.dueDone, data.status.completion.due)).",
            "The plan has \(ReportWords.english(total, "task")): done \(done) (on time \(c[.doneOnTime, default: 0]), late \(c[.doneLate, default: 0])); not done \(open) (within deadline \(c[.inProgress, default: 0]), overdue \(c[.overdue, default: 0])); ongoing \(c[.ongoing, default: 0]); deadline unknown \(c[.deadlineUnknown, default: 0]). Completion \(l.ratio(done, total, unit: "tasks")); of tasks come due \(l.ratio(data.status.completion.dueDone, data.status.completion.due)).")
    }

    func chartRows() -> [ChartRow] {
        data.status.byLead.map { ChartRow(agency: $0.agency, done: $0.done, overdue: $0.overdue, open: $0.total - $0.done - $0.overdue) }
    }

    func indicatorBlocks() -> [ReportBlock] {
        let indicators = data.status.indicators
        guard !indicators.isEmpty else { return [.paragraph(l.pick("Kế hoạch không đặt chỉ tiêu định lượng.", "The plan sets no indicators."))] }
        let records = RecordWords(language: l)
        let rows = indicators.map { row -> [String] in
            let percent = row.kind == "percent"
            let result = row.latest.map { measured($0, percent: percent, target: row.target) } ?? l.pick("chưa có số liệu", "not measured")
            let verdict = row.met.map { $0 ? l.pick("Đạt", "Met") : l.pick("Chưa đạt", "Not met") } ?? "—"
            return [row.name, row.target.text { records.value($0, percent: percent) }, result, verdict]
        }
        return [.table(headers: [l.pick("Chỉ tiêu", "Indicator"), l.pick("Kế hoạch", "Target"), l.pick("Kết quả", "Result"),
                                 l.pick("Đánh giá", "Assessment")], rows: rows, numeric: [1, 2])]
    }

    /// "98,6% (631/640)", "1.205": a measurement as the indicator tables show it, against
    /// `target` (never "80%" for 7.999/10.000 against 80%).
    func measured(_ measurement: IndicatorRow.Measurement, percent: Bool, target: IndicatorTarget?) -> String {
        var result = RecordWords(language: l).measurement(measurement, percent: percent, target: target)
        if let n = measurement.numerator, let d = measurement.denominator { result += " (\(l.number(n))/\(l.number(d)))" }
        return result
    }

    func budgetBlocks() -> [ReportBlock] {
        var blocks: [ReportBlock] = []
        if let clause = document.budget?.clause { blocks.append(.paragraph(clause)) }
        let budget = data.status.budget
        guard !budget.sources.isEmpty else {
            return blocks + [.paragraph(l.pick("Chưa ghi nhận dự toán hay khoản chi cụ thể.", "No estimate or spending recorded."))]
        }
        let records = RecordWords(language: l)
        var rows = budget.sources.map { [$0.name.isEmpty ? l.pick("(chưa ghi nguồn)", "(no source)") : $0.name, records.money($0.estimate),
                                         records.money($0.disbursed), records.money($0.settled), records.money($0.remaining)] }
        if budget.sources.count > 1 {
            rows.append([l.pick("Tổng cộng", "Total"), records.money(budget.estimate), records.money(budget.disbursed),
                         records.money(budget.settled), records.money(budget.remaining)])
        }
        return blocks + [.table(headers: [l.pick("Nguồn kinh phí", "Source"), l.pick("Dự toán", "Estimate"), l.pick("Đã giải ngân", "Disbursed"),
                                          l.pick("Đã quyết toán", "Settled"), l.pick("Còn lại", "Remaining")],
                                rows: rows, numeric: [1, 2, 3, 4])]
    }
}
