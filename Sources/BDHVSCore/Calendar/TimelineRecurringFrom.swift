/// Duties that recur from a start the plan gives, as task tables write them:
///
/// - "Quý I/2026 và các năm tiếp theo", "Tháng 8/2025 và hằng năm", "Tháng 12/2025, hằng
///   năm": the same duty each year, due on the last day of what is written, from that year
///   on (`yearlyFromPoint`). "Năm 2025 và các năm tiếp theo" stays `onward`'s: a year and
///   the years after it is work that goes on, not a duty due each 31/12.
/// - "Hằng năm, từ năm 2026", "Hằng quý, bắt đầu từ Quý III/2025", "Từ tháng 9/2025, hằng
///   tháng", "ngày 10/10 hằng năm, từ năm 2026": a recurring duty whose periods count from
///   that day; "Thường xuyên, từ tháng 9/2025": ongoing from that day (`recurringFrom`).
///
/// A duty that starts after its plan's last year has no period in the plan: none falls due.
extension TimelineParser {
    /// The schedule when all of `range` is a point, then "[và | ,] hằng năm" or "[và | ,]
    /// các (những) năm tiếp theo"; nil otherwise, or the point's own problem. A point with
    /// no year ("Tháng 8 và các năm tiếp theo") is in the plan's year.
    func yearlyFromPoint(_ text: TimelineText, _ range: Range<Int>) -> Result<Schedule, TimelineProblem>? {
        var stream = TokenStream(text.tokens, range)
        _ = stream.words("trong") || stream.words("vao")
        guard let point = stream.point(), point.kind != .lunarNewYear else { return nil }
        _ = stream.symbol(",", ";")
        _ = stream.words("va")
        let everyYear = stream.everyYear()
        guard everyYear || stream.followingYears(), stream.atEnd, everyYear || point.kind != .year else { return nil }
        return point.interval(defaultYear: planYear, in: text).map { days in
            guard point.kind != .year else { return .recurring(.yearly, from: days.lowerBound) }
            let end = days.upperBound
            // A month's end is its end every year: "Tháng 2/2026 và hằng năm" is due 29/02 in
            // 2028; a day written ("28/02/2026 và hằng năm") or a part of a month stays that day.
            let monthEnd = point.kind != .day && point.days == nil && end.day == CivilDate.daysInMonth(year: end.year, month: end.month)
            let day = monthEnd ? CivilDate.daysInMonth(year: 2000, month: end.month) : end.day
            return DayOfYear(month: end.month, day: day).map { .recurring(.yearlyOn($0), from: days.lowerBound) } ?? .recurring(.yearly, from: days.lowerBound)
        }
    }

    /// The schedule when all of `range` is an undated form and a start, in either order:
    /// "Hằng quý, bắt đầu từ Quý III/2025", "Từ năm 2026, hằng năm". Nil otherwise (the
    /// undated form is not recurring or ongoing, or no start is written), or the start's own
    /// problem when it does not exist.
    func recurringFrom(_ text: TimelineText, _ range: Range<Int>) -> Result<Schedule, TimelineProblem>? {
        let tokens = text.tokens
        // The start first.
        var stream = TokenStream(tokens, range)
        if stream.words("bat", "dau") { stream.framingVerbs() }
        if stream.words("tu"), let point = stream.point().map(settled) {
            _ = stream.fromThenOn()
            _ = stream.symbol(",", ";", "-", ":")
            if let undated = undated(text, stream.position..<range.upperBound) { return starting(undated, at: point, in: text) }
        }
        // The start last: "từ" and a point end the phrase, joined to the form before by
        // a comma, a dash, a parenthesis or "bắt đầu (thực hiện)".
        for index in range.dropFirst() where tokens[index].text == "tu" {
            var tail = TokenStream(tokens, index + 1..<range.upperBound)
            guard let point = tail.point().map(settled) else { continue }
            _ = tail.fromThenOn()
            let closed = tail.symbol(")") != nil
            guard tail.atEnd else { continue }
            for end in stride(from: index, to: max(range.lowerBound, index - 8), by: -1) {
                var joint = TokenStream(tokens, end..<index)
                let opened = joint.symbol(",", ";", "-", "(") == "("
                if joint.words("bat", "dau") { joint.framingVerbs() }
                guard joint.atEnd, opened == closed, let undated = undated(text, range.lowerBound..<end) else { continue }
                return starting(undated, at: point, in: text)
            }
        }
        return nil
    }

    /// `schedule` starting on the first day of `point`: a recurring duty with its start, an
    /// ongoing duty from then; nil for any other schedule.
    private func starting(_ schedule: Schedule, at point: WrittenPoint, in text: TimelineText) -> Result<Schedule, TimelineProblem>? {
        switch schedule {
        case .recurring(let period, nil): return point.interval(defaultYear: planYear, in: text).map { .recurring(period, from: $0.lowerBound) }
        case .ongoing: return point.interval(defaultYear: planYear, in: text).map { .ongoingFrom($0.lowerBound) }
        default: return nil
        }
    }

    /// The schedule when all of `range` is an undated form ("Hằng quý", "Thường xuyên",
    /// "ngày 10/10 hằng năm", "Trước Tết hằng năm", "ngày 25 hằng tháng"); nil otherwise.
    private func undated(_ text: TimelineText, _ range: Range<Int>) -> Schedule? {
        guard !range.isEmpty else { return nil }
        var stop: Int?
        if let schedule = Self.keywordSchedule(text.tokens, range, stop: &stop) { return schedule }
        if let tet = yearlyTet(text, range) { return tet }
        if case .success(let each)? = dayOfPeriod(text, range) { return each }
        if case .success(let yearly)? = yearly(text, range) { return yearly }
        return nil
    }
}

extension TokenStream {
    /// Reads "các năm tiếp theo", "những năm sau", "các năm kế tiếp" (the years after).
    mutating func followingYears() -> Bool {
        let start = position
        guard words("nhung") || words("cac"), words("nam"),
              words("tiep", "theo") || words("ke", "tiep") || words("tiep", "sau") || words("sau") else {
            position = start
            return false
        }
        return true
    }
}
