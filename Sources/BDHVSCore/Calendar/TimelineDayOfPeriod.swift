/// "Ngày 25 hằng tháng", "trước ngày 25 hằng tháng", "chậm nhất ngày 20 hằng tháng", "hằng tháng, ngày 5", "Hằng tháng (trước
/// ngày 25)", "ngày 15 hằng quý", "trước ngày 15 tháng cuối quý", "Trước ngày 15/6 và 15/12 hằng năm": a duty due on a day of
/// each month, quarter or half year (`RecurrencePeriod.dayOfPeriod`, whose comment says why
/// a quarter's day falls in its last month). "Trước" is the day before, as "Trước ngày" is
/// read (`strictBefore`).
extension TimelineParser {
    /// The schedule when all of `range` is of this form; nil otherwise.
    func dayOfPeriod(_ text: TimelineText, _ range: Range<Int>) -> Result<Schedule, TimelineProblem>? {
        var stream = TokenStream(text.tokens, range)
        _ = stream.words("dinh", "ky")  // "Định kỳ hằng quý (trước ngày 15 của tháng cuối quý)"
        let leading = stream.everyMonthOrQuarter() ?? (stream.everyYear() ? 12 : nil)
        if leading != nil { _ = stream.symbol(",", ":") }
        _ = stream.words("vao")
        let parenthesised = stream.symbol("(") != nil
        let before = stream.words("truoc")
        // "Chậm nhất ngày 20 hằng tháng", "hạn chót ngày 20": on that day, as "ngày 20" is.
        if !before { _ = stream.words("cham", "nhat") || stream.words("han", "chot") }
        let days = stream.daysOfPeriod()
        // "ngày 15 tháng cuối quý", "trước ngày 20 của tháng cuối mỗi quý": the quarter's day, as "ngày 15 hằng quý".
        var lastMonthOfQuarter = false
        let afterDays = stream.position
        _ = stream.words("cua")
        if stream.words("thang", "cuoi") {
            _ = stream.words("cua")
            guard stream.everyMonthOrQuarter() == 3 || stream.oneOf(["quy", "qui"]) != nil, leading ?? 3 == 3 else { return nil }
            lastMonthOfQuarter = true
        } else {
            stream.position = afterDays
        }
        guard !days.isEmpty, !parenthesised || stream.symbol(")") != nil else { return nil }
        var months = leading ?? (lastMonthOfQuarter ? 3 : nil)
        if months == nil {
            _ = stream.symbol(",")
            months = stream.everyMonthOrQuarter() ?? (stream.everyYear() ? 12 : nil)
        }
        guard let months, stream.atEnd else { return nil }
        let shift = before && strictBefore ? 1 : 0
        switch (months, days.count) {
        case (1, 1), (3, 1):
            guard days[0].month == nil, let day = days[0].day, (1 + shift...31).contains(day) else { return nil }
            return .success(.recurring(.dayOfPeriod(months: months, day: day - shift)))
        case (12, 2):
            // The same day of June and December: the last months of the halves.
            guard days[0].month == 6, days[1].month == 12, let first = days[0].day, let second = days[1].day,
                  first == second || (first == 30 && second == 31), (1 + shift...31).contains(second) else { return nil }
            return .success(.recurring(.dayOfPeriod(months: 6, day: second - shift)))
        default:
            return nil
        }
    }
}

extension TokenStream {
    /// Reads "hằng tháng", "hàng tháng", "mỗi tháng" (1) or the same of "quý" (3): the months
    /// of the period.
    mutating func everyMonthOrQuarter() -> Int? {
        let start = position
        guard words("hang") || words("moi") else { return nil }
        switch oneOf(["thang", "quy", "qui"]) {
        case "thang": return 1
        case "quy", "qui": return 3
        default:
            position = start
            return nil
        }
    }

    /// Reads "ngày 25" (a day with no month), or "[ngày] 15/6 và [ngày] 15/12" (days with a
    /// month and no year, joined by "và" or a comma); empty when neither is written.
    mutating func daysOfPeriod() -> [WrittenPoint] {
        let start = position
        guard let first = date(dayOnly: true), first.year == nil else { position = start; return [] }
        guard first.month != nil else { return [first] }
        let afterFirst = position
        if words("va") || symbol(",") != nil, let second = date(), second.year == nil, second.month != nil {
            return [first, second]
        }
        position = afterFirst
        return [first]
    }
}
