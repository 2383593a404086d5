/// "Từ tháng 9/2025", "từ ngày 15/9/2025 trở đi", "Bắt đầu từ Quý IV/2025": a start and no end, an
/// ongoing duty from the first day of what is written (`Schedule.ongoingFrom`). A year alone
/// ("Từ năm 2026") is read the same way by `onward`.
extension TimelineParser {
    /// The schedule when all of `range` is "[bắt đầu …] từ" and one point; nil otherwise (a
    /// range "từ … đến …" is `dated`'s), or the point's own problem when it does not exist.
    func ongoingFrom(_ text: TimelineText, _ range: Range<Int>) -> Result<Schedule, TimelineProblem>? {
        var stream = TokenStream(text.tokens, range)
        if stream.words("bat", "dau") { stream.framingVerbs() }
        guard stream.words("tu"), let point = stream.point().map(settled) else { return nil }
        _ = stream.fromThenOn()
        guard stream.atEnd else { return nil }
        return point.interval(defaultYear: planYear, in: text).map { .ongoingFrom($0.lowerBound) }
    }
}
