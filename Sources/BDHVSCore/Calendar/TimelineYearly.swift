/// Yearly dates ("ngày 10/10 hằng năm") and duties that go on from a year ("2025 và những
/// năm tiếp theo").
extension TimelineParser {
    /// "ngày 10/10 hằng năm", "10/10 hàng năm", "hằng năm, vào ngày 10/10", "tháng 12 hằng
    /// năm" (its last day): a duty due on that day every year. Nil when `range` is not of this
    /// form; a problem when the day exists in no year ("31/4 hằng năm").
    func yearly(_ text: TimelineText, _ range: Range<Int>) -> Result<Schedule, TimelineProblem>? {
        var stream = TokenStream(text.tokens, range)
        let leading = stream.everyYear()
        if leading { _ = stream.symbol(",", ":") }
        _ = stream.words("vao")
        guard let point = stream.date() ?? stream.month(keyword: true), point.year == nil, let month = point.month else { return nil }
        if !leading {
            guard stream.everyYear() else { return nil }
        }
        guard stream.atEnd else { return nil }
        let offset = text.tokens[point.quoted.lowerBound].start
        let written = text.source(point.quoted)
        func impossible(_ reason: ImpossibleDateReason) -> Result<Schedule, TimelineProblem> {
            .failure(TimelineProblem(.impossible(text: written, reason), offset: offset))
        }
        guard (1...12).contains(month) else { return impossible(.noSuchMonth(month)) }
        let longest = CivilDate.daysInMonth(year: 2000, month: month)
        let day = point.day ?? longest
        guard day >= 1 else { return impossible(.dayZero) }
        guard let dayOfYear = DayOfYear(month: month, day: day) else { return impossible(.neverInMonth(month: month, days: longest)) }
        return .success(.recurring(.yearlyOn(dayOfYear)))
    }

    /// "2025 và những năm tiếp theo", "từ năm 2025 và các năm sau", "từ năm 2026 trở đi": an
    /// ongoing duty from that year on.
    static func onward(_ tokens: [TimelineToken], _ range: Range<Int>) -> Bool {
        var stream = TokenStream(tokens, range)
        _ = stream.words("tu")
        _ = stream.words("nam")
        guard stream.number(digits: 4) != nil else { return false }
        if stream.words("tro", "di") || stream.words("tro", "ve", "sau") { return stream.atEnd }
        _ = stream.symbol(",")
        guard stream.words("va"), stream.words("nhung") || stream.words("cac"), stream.words("nam"),
              stream.words("tiep", "theo") || stream.words("ke", "tiep") || stream.words("tiep", "sau") || stream.words("sau")
        else { return false }
        return stream.atEnd
    }
}

extension TokenStream {
    /// Reads "hằng năm", "hàng năm" or "mỗi năm".
    mutating func everyYear() -> Bool {
        words("hang", "nam") || words("moi", "nam")
    }
}
