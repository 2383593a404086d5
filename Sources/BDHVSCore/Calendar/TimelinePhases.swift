/// "Đợt 1: tháng 8/2025; đợt 2: tháng 11/2025": work done in numbered rounds, each with its
/// time. A task has one deadline, so it is read as the list "tháng 8, 11/2025" is: from the
/// first round's first day to the last round's last; the rounds stay in the timeline as
/// written, for the officer to read.
extension TimelineParser {
    /// The schedule when all of `range` is one or more rounds ("đợt" and a number, then
    /// "[trong | vào] point"), joined by ";", "," or "và"; nil otherwise, or the problem of a
    /// round's point, or of the rounds going back in time.
    func phases(_ text: TimelineText, _ range: Range<Int>) -> Result<Schedule, TimelineProblem>? {
        var stream = TokenStream(text.tokens, range)
        var points: [WrittenPoint] = []
        let body = stream.position
        repeat {
            if !points.isEmpty {
                let joint = stream.position
                _ = stream.symbol(";", ",")
                _ = stream.words("va")
                guard stream.position > joint else { return nil }
            }
            guard stream.words("dot"), stream.number(digits: 1...2) != nil || stream.oneOf(["i", "ii", "iii", "iv", "v"]) != nil else {
                return nil
            }
            _ = stream.symbol(":", "-", ",")
            _ = stream.words("trong") || stream.words("vao")
            guard let point = stream.point().map(settled) else { return nil }
            points.append(point)
        } while !stream.atEnd
        guard let first = points.first, let last = points.last else { return nil }
        // Each round after the one before it: a later round due earlier is a range reversed.
        for (round, next) in zip(points, points.dropFirst()) {
            if case .failure(let problem) = resolveRange(round, next, in: text, from: body..<stream.position) { return .failure(problem) }
        }
        let tentative = points.contains(where: \.approximate)
        return resolveRange(first, last, in: text, from: body..<stream.position).map {
            .due($0.upperBound, start: $0.lowerBound, tentative: tentative)
        }
    }
}
