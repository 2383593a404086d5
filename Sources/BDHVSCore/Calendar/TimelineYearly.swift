/// Yearly dates ("ngày 10/10 hằng năm") and duties that go on from a year ("2025 và những
/// năm tiếp theo").
extension TimelineParser {
    /// "ngày 10/10 hằng năm", "10/10 hàng năm", "dịp 10/10 hằng năm", "hằng năm, vào ngày 10/10", "tháng 12 hằng
    /// năm", "Quý IV hằng năm" (their last day), "hằng năm, trước ngày 15/12" (the day
    /// before, as "Trước ngày" is read): a duty due on that day every year. Nil when `range`
    /// is not of this form; a problem when the day exists in no year ("31/4 hằng năm").
    func yearly(_ text: TimelineText, _ range: Range<Int>) -> Result<Schedule, TimelineProblem>? {
        var stream = TokenStream(text.tokens, range)
        let leading = stream.everyYear()
        if leading { _ = stream.symbol(",", ":") }
        _ = stream.words("vao")
        // "Dịp 10/10 hằng năm" (on the occasion of the day): "Dịp 10/10/2025" was read, the
        // same duty every year was refused.
        _ = stream.words("dip")
        let parenthesised = stream.symbol("(") != nil
        let before = stream.words("truoc")
        guard let point = stream.date() ?? stream.month(keyword: true) ?? stream.quarter(keyword: true), point.year == nil,
              !parenthesised || stream.symbol(")") != nil else { return nil }
        if !leading {
            _ = stream.symbol(",")
            guard stream.everyYear() else { return nil }
        }
        guard stream.atEnd else { return nil }
        return dayOfYear(point, in: text).map { day in
            guard before, strictBefore else { return .recurring(.yearlyOn(day)) }
            // The day before, reckoned in a leap year: "trước ngày 1/3" is due on 29/02, the
            // month's last day, which is 28/02 in other years.
            let previous = CivilDate(year: 2000, month: day.month, day: day.day)!.adding(days: -1)
            return .recurring(.yearlyOn(DayOfYear(month: previous.month, day: previous.day)!))
        }
    }

    /// The day of the year a point with no year names: a day, or the last day of a month or
    /// quarter; or why it exists in no year.
    private func dayOfYear(_ point: WrittenPoint, in text: TimelineText) -> Result<DayOfYear, TimelineProblem> {
        let written = text.source(point.quoted)
        let offset = text.tokens[point.quoted.lowerBound].start
        func impossible(_ reason: ImpossibleDateReason) -> Result<DayOfYear, TimelineProblem> {
            .failure(TimelineProblem(.impossible(text: written, reason), offset: offset))
        }
        var month = point.month ?? 0
        if point.kind == .quarter {
            guard let quarter = point.part, (1...4).contains(quarter) else { return impossible(.noSuchQuarter(point.part ?? 0)) }
            month = quarter * 3
        }
        guard (1...12).contains(month) else { return impossible(.noSuchMonth(month)) }
        let longest = CivilDate.daysInMonth(year: 2000, month: month)
        let day = point.day ?? longest
        guard day >= 1 else { return impossible(.dayZero) }
        guard let dayOfYear = DayOfYear(month: month, day: day) else { return impossible(.neverInMonth(month: month, days: longest)) }
        return .success(dayOfYear)
    }

    /// "2025 và những năm tiếp theo", "từ năm 2025 và các năm sau", "trong năm 2025, các năm
    /// tiếp theo", "từ năm 2026 trở đi", "Năm 2025-2026 và các năm tiếp theo": an ongoing duty
    /// from that (first) year on. "Từ năm 2026" and
    /// "Bắt đầu triển khai từ năm 2026" (Phụ lục II of Quyết định 2629/QĐ-TTg) say the same
    /// with no more words: a year it starts in, and no end. Returns that year, or nil.
    static func onward(_ tokens: [TimelineToken], _ range: Range<Int>) -> Int? {
        var stream = TokenStream(tokens, range)
        let begins = stream.words("bat", "dau")
        if begins { stream.framingVerbs() }
        let from = stream.words("tu")
        guard from || !begins else { return nil }
        if !from { _ = stream.words("trong") }
        _ = stream.words("nam")
        _ = stream.words("giai", "doan")
        guard let year = stream.number(digits: 4) else { return nil }
        if from, stream.atEnd { return year }
        // "Năm 2025-2026 và các năm tiếp theo", "giai đoạn 2025 - 2026, những năm sau": from the first.
        let afterYear = stream.position
        if stream.symbol("-", "–") != nil || stream.words("den") {
            _ = stream.words("nam")
            if stream.number(digits: 4).map({ $0 < year }) ?? true { stream.position = afterYear }
        }
        if stream.fromThenOn() { return stream.atEnd ? year : nil }
        let comma = stream.symbol(",") != nil
        guard stream.words("va") || comma, stream.followingYears() else { return nil }
        return stream.atEnd ? year : nil
    }
}

extension TokenStream {
    /// Reads "trở đi" or "trở về sau" (from then on).
    mutating func fromThenOn() -> Bool {
        words("tro", "di") || words("tro", "ve", "sau")
    }

    /// Reads "hằng năm", "hàng năm" or "mỗi năm".
    mutating func everyYear() -> Bool {
        words("hang", "nam") || words("moi", "nam")
    }
}
