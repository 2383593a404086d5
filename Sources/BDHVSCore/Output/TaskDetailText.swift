/// `bdhvs task show` as text.
public struct TaskDetailText {
    public var language: Language

    public init(language: Language) { self.language = language }

    /// What is said of a task retired from its plan file (`TaskDetail.retired`), here and on
    /// its dashboard page: a label and the sentence after it, with the day of the load that
    /// retired it when it is known (`TaskDetail.retiredOn`).
    public static func retired(_ l: Language, on day: CivilDate?) -> (label: String, text: String) {
        let vi = day.map { " ngày \($0.vietnamese)" } ?? "", en = day.map { " on \($0.vietnamese)" } ?? ""
        return (l.pick("Đã thôi theo dõi", "Retired"),
                l.pick("nhiệm vụ không còn trong tệp kế hoạch từ lần nạp lại kế hoạch\(vi); dữ liệu đã ghi được giữ lại, không cập nhật được nữa",
                       "the task is no longer in the plan file since the plan was loaded again\(en); what was recorded is kept, and it can no longer be updated"))
    }

    public func render(_ detail: TaskDetail) -> String {
        let l = language
        let task = detail.task
        var lines = ["\(task.plan)/\(task.id)  \(task.title)"]
        if detail.retired {
            let retired = Self.retired(l, on: detail.retiredOn)
            lines.append("  \(retired.label): \(retired.text)")
        }
        var status = l.label(task.status)
        if task.status == .overdue { status += " (\(l.days(task.daysOverdue)))" }
        if detail.state == .cancelled { status = l.pick("Đã hủy (không tính vào tỷ lệ)", "Cancelled (left out of rates)") }
        if detail.state == .paused { status += l.pick(" · tạm hoãn", " · paused") }
        lines.append(l.pick("  Tình trạng ngày \(detail.asOf.vietnamese): ", "  Status on \(detail.asOf.vietnamese): ") + status
                     + (task.percent > 0 ? l.pick(" · tiến độ \(task.percent)%", " · \(task.percent)% done") : ""))
        if let timeline = task.timeline { lines.append(l.pick("  Thời gian thực hiện: ", "  Timeline: ") + "“\(timeline)”") }
        if let start = detail.start { lines.append(l.pick("  Bắt đầu: ", "  Starts: ") + start.vietnamese) }
        var deadline = l.pick("  Thời hạn: ", "  Deadline: ") + l.date(task.deadline)
        deadline += task.tentativeMark(l)
        deadline += task.movedDeadline(l)
        lines.append(deadline)
        if !task.lead.isEmpty { lines.append(l.pick("  Chủ trì: ", "  Lead: ") + task.lead.joined(separator: "; ")) }
        if let advisory = detail.advisory { lines.append(l.pick("  Tham mưu: ", "  Advisory: ") + advisory) }
        if !detail.coordinating.isEmpty { lines.append(l.pick("  Phối hợp: ", "  Coordinating: ") + detail.coordinating.joined(separator: "; ")) }
        if let group = detail.group { lines.append(l.pick("  Nhóm nhiệm vụ: ", "  Task group: ") + group) }
        if let deliverable = task.deliverable { lines.append(l.pick("  Sản phẩm: ", "  Deliverable: ") + deliverable) }
        if let tally = detail.occurrences, let period = detail.recurrence {
            var text = l.pick("  Định kỳ (\(periodName(period))): ", "  Recurring (\(englishPeriodName(period))): ")
                + l.pick("\(tally.past) kỳ đã đến hạn, \(tally.done) hoàn thành, \(tally.missed) không hoàn thành",
                         "\(tally.past) \(StatusText.periods(tally.past)) past, \(tally.done) done, \(tally.missed) missed")
            if let current = tally.current {
                text += l.pick("; kỳ hiện tại \(current.label(l)) (hạn \(current.end.vietnamese)): ", "; current \(current.label(l)) (due \(current.end.vietnamese)): ")
                    + (tally.currentDone ? l.pick("đã hoàn thành", "done") : l.pick("chưa hoàn thành", "not done"))
            }
            lines.append(text)
        }
        if let note = detail.note { lines.append("  \(note)") }
        lines.append("")
        lines.append(l.pick("Lịch sử:", "History:"))
        if detail.history.isEmpty { lines.append(l.pick("  Chưa có thay đổi nào.", "  No changes yet.")) }
        let changes = ChangeText(language: l)
        lines += detail.history.map { "  " + changes.historyLine($0) }
        return TerminalText.lines(lines)
    }

    private func periodName(_ period: RecurrencePeriod) -> String {
        switch period {
        case .daily: return "hằng ngày"
        case .weekly: return "hằng tuần"
        case .monthly: return "hằng tháng"
        case .quarterly: return "hằng quý"
        case .halfYearly: return "6 tháng một lần"
        case .yearly: return "hằng năm"
        case .yearlyOn(let day): return "ngày \(day.day)/\(day.month) hằng năm"
        case .yearlyTet(let before): return before ? "trước Tết Nguyên đán hằng năm" : "dịp Tết Nguyên đán hằng năm"
        case .dayOfPeriod(1, let day): return "ngày \(day) hằng tháng"
        case .dayOfPeriod(3, let day): return "ngày \(day) tháng cuối mỗi quý"
        case .dayOfPeriod(_, let day): return "ngày \(day)/6 và \(day)/12 hằng năm"
        }
    }

    /// The stored name, but for a duty of Tết or on a day of each period, whose stored names
    /// are not ones to read.
    private func englishPeriodName(_ period: RecurrencePeriod) -> String {
        switch period {
        case .yearlyTet(let before): return before ? "yearly, before Tết" : "yearly, at Tết"
        case .dayOfPeriod(1, let day): return "monthly, on day \(day)"
        case .dayOfPeriod(3, let day): return "quarterly, on day \(day) of its last month"
        case .dayOfPeriod(_, let day): return "half-yearly, on \(day)/6 and \(day)/12"
        default: return period.rawValue
        }
    }
}
