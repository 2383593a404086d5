/// "Quý III/2025 và thường xuyên", "tháng 9/2025, thường xuyên", "Hoàn thành trong Quý IV/2025
/// và thực hiện thường xuyên", "Tháng 8/2025 và duy trì thường xuyên": a deadline, then an ongoing
/// duty. What is tracked is the deadline: the work is due then (overdue after it when not
/// done); what follows it is kept in the timeline as written.
extension TimelineParser {
    /// The schedule when `core` is a dated phrase followed by "[,|;] [và] [thực hiện |
    /// triển khai] thường xuyên"; nil
    /// otherwise (the phrase may still be another form).
    func dueThenOngoing(_ text: TimelineText, _ core: Range<Int>) -> Result<Schedule, TimelineProblem>? {
        let tokens = text.tokens
        var end = core.upperBound
        guard end - core.lowerBound >= 3, tokens[end - 2].text == "thuong", tokens[end - 1].text == "xuyen" else { return nil }
        end -= 2
        // "và thực hiện", "và duy trì", "và tiếp tục thực hiện" thường xuyên.
        var verbs = true
        while verbs {
            verbs = false
            for verb in [["thuc", "hien"], ["trien", "khai"], ["duy", "tri"], ["tiep", "tuc"]] where end - core.lowerBound > 2
                && tokens[end - 2].text == verb[0] && tokens[end - 1].text == verb[1] {
                end -= 2
                verbs = true
            }
        }
        if end > core.lowerBound, tokens[end - 1].text == "va" { end -= 1 }
        if end > core.lowerBound, [",", ";", "-"].contains(tokens[end - 1].text) { end -= 1 }
        guard end > core.lowerBound else { return nil }
        var stop: Int?
        guard let dated = dated(text, core.lowerBound..<end, stop: &stop) else { return nil }
        // Only a dated deadline: a failure (an impossible date) is the phrase's own problem.
        if case .success(let schedule) = dated, schedule.deadline == nil { return nil }
        return dated
    }
}
