/// "Năm học 2025-2026", "trong năm học 2025 - 2026": a school year, from September of its
/// first year to May of its second (the months pupils are taught). Classes for pupils
/// (annex 1.2 of Quyết định 757/QĐ-BKHCN) are planned so. Its end is ours to read (schools
/// close at the end of May, some later), so the deadline, 31/05, is tentative. "Đầu năm học
/// 2025-2026" is its first month (to 30/09/2025), "Cuối năm học 2025-2026" its last (May 2026).
extension TimelineParser {
    /// The schedule when all of `range` is a school year; nil otherwise, or a problem when
    /// its second year is not the year after its first ("năm học 2025-2027").
    func schoolYear(_ text: TimelineText, _ range: Range<Int>) -> Result<Schedule, TimelineProblem>? {
        var stream = TokenStream(text.tokens, range)
        _ = stream.words("trong") || stream.words("vao")
        let part = stream.oneOf(["dau", "cuoi"])
        guard stream.words("nam", "hoc") else { return nil }
        let first = stream.position
        guard let from = stream.number(digits: 4), stream.symbol("-", "–", "/") != nil, let to = stream.number(digits: 4), stream.atEnd else {
            return nil
        }
        guard to == from + 1, let start = CivilDate(year: from, month: 9, day: 1), let end = CivilDate(year: to, month: 5, day: 31) else {
            return .failure(TimelineProblem(.schoolYearSpan(text: text.source(first..<stream.position), first: from),
                                            offset: text.tokens[first].start))
        }
        switch part {
        // "Đầu năm học 2025-2026": its first month; "Cuối năm học …": its last.
        case "dau": return .success(.due(CivilDate(year: from, month: 9, day: 30)!, start: start, tentative: true))
        case "cuoi": return .success(.due(end, start: CivilDate(year: to, month: 5, day: 1)!, tentative: true))
        default: return .success(.due(end, start: start, tentative: true))
        }
    }
}
