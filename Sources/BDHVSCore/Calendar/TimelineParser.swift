/// Turns a timeline phrase as written in a plan ("Tháng 8/2025", "Thường xuyên",
/// "Theo kế hoạch của tỉnh", …) into a `Schedule`, and reads lone dates.
///
/// Phrases match with or without diacritics, in any case, with "hằng" or "hàng" (see
/// `Folding.key(_:)`). Text that is not fully understood is a `TimelineProblem`, never a guess.
public struct TimelineParser: Sendable {
    /// The plan's year, used when a phrase gives no year: "(10/10)", "Tháng 8", "Quý III".
    public var planYear: Int
    /// When true, "Trước ngày X" is due the day before X; when false, on X itself.
    public var strictBefore: Bool = true

    /// Creates a parser for a plan of `planYear`.
    public init(planYear: Int, strictBefore: Bool = true) {
        self.planYear = planYear
        self.strictBefore = strictBefore
    }

    /// The schedule `phrase` means, or why it cannot be read. Surrounding white space, final
    /// periods and parentheses around the whole phrase are ignored.
    public func parse(_ phrase: String) -> Result<Schedule, TimelineProblem> {
        if let occasion = occasion(phrase) { return occasion }
        let text = TimelineText(phrase)
        let core = text.coreRange
        guard !core.isEmpty else { return .failure(.timelineNotUnderstood(text.trimmed)) }
        var stop: Int?
        if let schedule = Self.keywordSchedule(text.tokens, core, stop: &stop) { return .success(schedule) }
        var datedStop: Int?
        if let result = dated(text, core, stop: &datedStop) { return result }
        if let known = [stop, datedStop].compactMap({ $0 }).max() {
            return .failure(Self.tail(text, core, stop: known))
        }
        return .failure(.timelineNotUnderstood(text.trimmed))
    }

    /// The day `text` names: "24/7/2025", "02/6/2025", "20.7.2025", "15-8-2025", "2025-07-24",
    /// "ngày 29 tháng 4 năm 2025"; with no year ("24/7") the day in `planYear`.
    public func parseDate(_ text: String) -> Result<CivilDate, TimelineProblem> {
        let written = TimelineText(text)
        let core = written.coreRange
        var stream = TokenStream(written.tokens, core)
        guard let point = stream.date() else { return .failure(.dateNotUnderstood(written.trimmed)) }
        guard stream.atEnd else { return .failure(Self.tail(written, core, stop: stream.position)) }
        return point.interval(defaultYear: planYear, in: written).map(\.lowerBound)
    }

    /// The problem of a phrase understood up to token `stop` and not after.
    static func tail(_ text: TimelineText, _ core: Range<Int>, stop: Int) -> TimelineProblem {
        .unexpectedTail(text.source(stop..<core.upperBound), after: text.source(core.lowerBound..<stop),
                        in: text.trimmed, offset: text.tokens[stop].start)
    }

    /// Reads a dated phrase: optional "dự kiến", an optional qualifier ("trước", "chậm nhất",
    /// "trong", "đến hết", …), a point or a range, and an optional "(dự kiến)". Returns nil
    /// when the phrase is not one, setting `stop` when a point was read but text follows it.
    func dated(_ text: TimelineText, _ core: Range<Int>, stop: inout Int?) -> Result<Schedule, TimelineProblem>? {
        var stream = TokenStream(text.tokens, core)
        var tentative = stream.words("du", "kien")
        if tentative { _ = stream.symbol(":") }
        _ = stream.words("hoan", "thanh")
        let before = stream.words("truoc")
        var bareYear = false
        if !before {
            if stream.words("cham", "nhat") || stream.words("muon", "nhat") || stream.words("khong", "qua")
                || stream.words("khong", "muon", "hon") || stream.words("han", "chot") || stream.words("thoi", "han") {
                _ = stream.symbol(":")
                _ = stream.words("la")
            } else if stream.words("den", "het") || stream.words("trong", "ca") || stream.words("trong")
                        || stream.words("ca") || stream.words("het") || stream.words("den") {
                bareYear = true
            }
        }
        let body = stream.position
        let range = before ? nil : stream.range()
        if range == nil { stream.position = body }
        let point = range == nil ? stream.point(bareYear: bareYear) : nil
        guard range != nil || point != nil else { return nil }
        let afterBody = stream.position
        if stream.symbol("(") != nil, stream.words("du", "kien"), stream.symbol(")") != nil {
            tentative = true
        } else {
            stream.position = afterBody
            if stream.symbol(",", "-") != nil, stream.words("du", "kien") { tentative = true } else { stream.position = afterBody }
        }
        guard stream.atEnd else { stop = stream.position; return nil }

        if let (first, second) = range {
            return resolveRange(first, second, in: text, from: body..<afterBody).map {
                .due($0.upperBound, start: $0.lowerBound, tentative: tentative)
            }
        }
        return point?.interval(defaultYear: planYear, in: text).map { interval in
            guard before else { return .due(interval.upperBound, start: nil, tentative: tentative) }
            return .due(strictBefore ? interval.lowerBound.adding(days: -1) : interval.lowerBound,
                        start: nil, tentative: tentative)
        }
    }

    /// The first day of `first` to the last day of `second`. A start with no year takes the
    /// end's year, or the year before when that would put the start after the end
    /// ("từ tháng 11 đến tháng 2/2026").
    func resolveRange(_ first: WrittenPoint, _ second: WrittenPoint, in text: TimelineText,
                      from span: Range<Int>) -> Result<ClosedRange<CivilDate>, TimelineProblem> {
        var first = first
        let inheritsYear = first.year == nil && second.year != nil && !first.borrowedMonth
        if first.year == nil { first.year = second.year }
        let start: CivilDate, end: CivilDate
        switch (first.interval(defaultYear: planYear, in: text), second.interval(defaultYear: planYear, in: text)) {
        case (.failure(let problem), _), (_, .failure(let problem)): return .failure(problem)
        case (.success(let a), .success(let b)): (start, end) = (a.lowerBound, b.upperBound)
        }
        if start <= end { return .success(start...end) }
        if inheritsYear, let year = first.year {
            var earlier = first
            earlier.year = year - 1
            if case .success(let a) = earlier.interval(defaultYear: planYear, in: text), a.lowerBound <= end {
                return .success(a.lowerBound...end)
            }
        }
        return .failure(.rangeReversed(text.source(span), start: start, end: end, offset: text.tokens[span.lowerBound].start))
    }
}

extension TokenStream {
    /// Reads "[từ] A đến [hết] B", "A - B" or "A tới B", where B's kind completes A: "Tháng
    /// 9 - 11/2025", "từ ngày 1 đến ngày 15/10/2025" (a lone day takes B's month).
    mutating func range() -> (WrittenPoint, WrittenPoint)? {
        let start = position
        _ = words("tu")
        guard var first = point(dayOnly: true),
              words("den", "het") || words("den") || words("toi") || symbol("-") != nil,
              let second = point(hint: first.kind) else {
            position = start
            return nil
        }
        if first.kind == .day, first.month == nil {
            guard second.kind == .day, let month = second.month else { position = start; return nil }
            first.month = month
            first.borrowedMonth = true
        }
        return (first, second)
    }
}
