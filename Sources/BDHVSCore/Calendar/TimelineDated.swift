/// Dated phrases: a point, a range or a list, with the words that frame them.
extension TimelineParser {
    /// Reads a dated phrase: optional "dự kiến", framing verbs, an optional qualifier
    /// ("trước", "chậm nhất", "trong", "đến hết", "đến cuối", "cuối", "giai đoạn", "dịp", …), a
    /// point, a range or a list, and an optional "(dự kiến)". Returns nil when the phrase is
    /// not one, setting `stop` when a point was read but text follows it.
    func dated(_ text: TimelineText, _ core: Range<Int>, stop: inout Int?) -> Result<Schedule, TimelineProblem>? {
        var stream = TokenStream(text.tokens, core)
        var tentative = stream.words("du", "kien")
        if tentative { _ = stream.symbol(":") }
        stream.framingVerbs()
        // "Từ nay đến hết năm 2025": from now (the plan's issue) to a deadline, which is all it sets.
        if stream.words("tu", "nay") { _ = stream.words("cho") }
        if let start = startOnly(text, &stream) { return start }
        let before = stream.words("truoc")
        var bareYear = false
        if before {
            _ = stream.words("dip")
        } else {
            if stream.words("cham", "nhat") || stream.words("muon", "nhat") || stream.words("khong", "qua")
                || stream.words("khong", "muon", "hon") || stream.words("han", "chot") || stream.words("thoi", "han")
                || stream.words("han", "hoan", "thanh") {
                // "Thời hạn hoàn thành:", "Chậm nhất đến ngày 30/11/2025", "chậm nhất trong tháng 11/2025".
                _ = stream.words("hoan", "thanh")
                _ = stream.symbol(":")
                _ = stream.words("la")
                _ = stream.words("den") || stream.words("trong") || stream.words("vao")
            } else {
                // "đến hết", "trong", "vào", "đến cuối năm", "cuối tháng 10/2025": the unit's own end.
                bareYear = stream.words("den", "het") || stream.words("trong", "ca") || stream.words("trong", "suot") || stream.words("trong")
                    || stream.words("ca") || stream.words("suot") || stream.words("het") || stream.words("den") || stream.words("vao")
                bareYear = stream.words("cuoi") || bareYear
                _ = stream.words("giai", "doan")
                // "Dịp Tết Nguyên đán 2026", "vào dịp Tết", "nhân dịp Tết": on the day.
                _ = stream.words("nhan", "dip") || stream.words("dip")
            }
        }
        let body = stream.position
        let points = before ? nil : (stream.range() ?? stream.list()).map { $0.map(settled) }
        if points == nil { stream.position = body }
        let point = points == nil ? stream.point(bareYear: bareYear).map(settled) : nil
        guard points != nil || point != nil else { return nil }
        let afterBody = stream.position
        if stream.symbol("(") != nil, stream.words("du", "kien"), stream.symbol(")") != nil {
            tentative = true
        } else {
            stream.position = afterBody
            if stream.symbol(",", "-") != nil, stream.words("du", "kien") { tentative = true } else { stream.position = afterBody }
        }
        guard stream.atEnd else { stop = stream.position; return nil }
        // "Đầu tháng 10/2025": a day read from a part of a month (`ApproximateParts`).
        if point?.approximate == true || points?.contains(where: \.approximate) == true { tentative = true }

        if let points, let first = points.first, let last = points.last {
            for middle in points.dropFirst().dropLast() {
                if case .failure(let problem) = middle.interval(defaultYear: last.year ?? planYear, in: text) { return .failure(problem) }
            }
            return resolveRange(first, last, in: text, from: body..<afterBody).map {
                .due($0.upperBound, start: $0.lowerBound, tentative: tentative)
            }
        }
        return point?.interval(defaultYear: planYear, in: text).map { interval in
            guard before else { return .due(interval.upperBound, start: nil, tentative: tentative) }
            return .due(strictBefore ? interval.lowerBound.adding(days: -1) : interval.lowerBound,
                        start: nil, tentative: tentative)
        }
    }

    /// "Sau Tết Nguyên đán", "ngay sau dịp Tết", "sau ngày 15/12/2025": when work starts, with
    /// no deadline; a problem saying so (or the point's own, when it does not exist), or nil,
    /// the stream left where it was, when the phrase is not "sau" and a point. ("Sáu tháng đầu
    /// năm" folds to the same "sau" but is no point after it.)
    private func startOnly(_ text: TimelineText, _ stream: inout TokenStream) -> Result<Schedule, TimelineProblem>? {
        let start = stream.position
        _ = stream.words("ngay")  // "ngay sau": right after
        let after = stream.words("sau")
        if after { _ = stream.words("dip") }
        guard after, let point = stream.point().map(settled), stream.atEnd else {
            stream.position = start
            return nil
        }
        switch point.interval(defaultYear: planYear, in: text) {
        case .failure(let problem): return .failure(problem)
        case .success(let interval):
            return .failure(TimelineProblem(.startWithoutDeadline(phrase: text.trimmed, after: interval.upperBound), offset: nil))
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
        return .failure(TimelineProblem(.rangeReversed(text: text.source(span), start: start, end: end),
                                        offset: text.tokens[span.lowerBound].start))
    }
}

extension TokenStream {
    /// Skips the verbs and nouns that frame a time without saying anything of it: "Thực hiện
    /// từ …", "Hoàn thành trong …", "Triển khai trong …", "Nhiệm vụ thường xuyên",
    /// "Báo cáo định kỳ …", "Thời gian: …".
    mutating func framingVerbs() {
        let verbs = [["thuc", "hien"], ["hoan", "thanh"], ["trien", "khai"], ["to", "chuc"], ["bao", "cao"],
                     ["ban", "hanh"], ["nhiem", "vu"], ["thoi", "gian"], ["xong"]]
        var moved = true
        while moved {
            moved = false
            for verb in verbs where words(verb) {
                _ = symbol(":")
                moved = true
            }
        }
    }

    /// Reads `words` in order if they come next (the array form of `words(_:)`).
    mutating func words(_ list: [String]) -> Bool {
        let start = position
        for word in list where !words(word) {
            position = start
            return false
        }
        return true
    }
}
