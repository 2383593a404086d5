/// Parts of the school calendar, read like a school year (`schoolYear`): their ends are ours
/// to read, schools fixing them each year, so their deadlines are tentative.
///
/// - "Học kỳ I năm học 2026-2027" ("học kì 1", "HK I"): from 01/09/2026 to the middle of
///   January, due 15/01/2027; "Học kỳ II năm học 2025-2026": from 16/01/2026 to the end of
///   May, due 31/05/2026. "Học kỳ I/2026", "Học kỳ II năm 2026": the semester taught in
///   that calendar year (the first from its September, the second to its May).
/// - "Hè 2026", "Dịp hè 2026", "Trong dịp hè năm 2026", "mùa hè 2026", "nghỉ hè 2026": the
///   summer holidays, 01/06/2026 to 31/08/2026 (with no year, the plan's year).
extension TimelineParser {
    /// The schedule when all of `range` is a semester; nil otherwise, or a problem when the
    /// school year's second year is not the year after its first.
    func semester(_ text: TimelineText, _ range: Range<Int>) -> Result<Schedule, TimelineProblem>? {
        var stream = TokenStream(text.tokens, range)
        _ = stream.words("trong")
        guard stream.words("hoc", "ky") || stream.words("hoc", "ki") || stream.words("hk") else { return nil }
        let term: Int
        if let roman = stream.oneOf(["i", "ii"]) {
            term = roman == "i" ? 1 : 2
        } else if let number = stream.number(digits: 1...1), (1...2).contains(number) {
            term = number
        } else {
            return nil
        }
        _ = stream.symbol(",", "-")
        let first = stream.position
        let from: Int, to: Int
        if stream.words("nam", "hoc") {
            guard let written = stream.number(digits: 4), stream.symbol("-", "–", "/") != nil,
                  let second = stream.number(digits: 4), stream.atEnd else { return nil }
            (from, to) = (written, second)
        } else {
            // "Học kỳ I/2026", "Học kỳ II năm 2026": the semester taught in that calendar
            // year, the first from its September, the second to its May.
            guard stream.symbol("/") != nil || stream.words("nam"), let year = stream.number(digits: 4) else { return nil }
            if stream.symbol("-", "–", "/") != nil {
                // "HK I/2025-2026": the school year, as "năm học 2025-2026".
                guard let second = stream.number(digits: 4), stream.atEnd else { return nil }
                (from, to) = (year, second)
            } else {
                guard stream.atEnd else { return nil }
                (from, to) = term == 1 ? (year, year + 1) : (year - 1, year)
            }
        }
        guard to == from + 1 else {
            return .failure(TimelineProblem(.schoolYearSpan(text: text.source(first..<stream.position), first: from),
                                            offset: text.tokens[first].start))
        }
        let start = term == 1 ? CivilDate(year: from, month: 9, day: 1) : CivilDate(year: to, month: 1, day: 16)
        let end = term == 1 ? CivilDate(year: to, month: 1, day: 15) : CivilDate(year: to, month: 5, day: 31)
        guard let start, let end else { return nil }
        return .success(.due(end, start: start, tentative: true))
    }

    /// The schedule when all of `range` is the summer holidays of a year; nil otherwise.
    func summer(_ text: TimelineText, _ range: Range<Int>) -> Result<Schedule, TimelineProblem>? {
        var stream = TokenStream(text.tokens, range)
        _ = stream.words("trong") || stream.words("vao")
        _ = stream.words("thoi", "gian")
        _ = stream.words("dip") || stream.words("mua") || stream.words("ky", "nghi") || stream.words("ki", "nghi")
            || stream.words("nghi")
        guard stream.words("he") else { return nil }
        _ = stream.words("nam")
        let year = stream.number(digits: 4) ?? planYear
        guard stream.atEnd, let start = CivilDate(year: year, month: 6, day: 1), let end = CivilDate(year: year, month: 8, day: 31) else {
            return nil
        }
        return .success(.due(end, start: start, tentative: true))
    }
}
