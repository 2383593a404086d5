/// "Trong vòng 15 ngày kể từ ngày ban hành kế hoạch", "Chậm nhất 30 ngày kể từ ngày ký",
/// "Trong thời hạn 10 ngày sau khi kế hoạch được ban hành": a number of days counted from
/// the plan's own issue, due that many days after its date (`document: date`).
///
/// Days are counted as the Civil Code counts a period in days (Bộ luật Dân sự 2015, Điều
/// 147): the day of issue is not counted, so 15 days from 01/09/2025 end on 16/09/2025. A
/// last day that falls on a day off is not moved to the next working day (Điều 148): which
/// days are off depends on days moved by decree, so the deadline may be a day or two early,
/// never late. "Trong khoảng 15 ngày" (about) is tentative.
/// Working days ("15 ngày làm việc") are refused with their own message: days off moved by
/// decree each year would make the day a guess. Unlike "Ngay sau khi kế hoạch được ban hành" (`afterIssue`), which names no
/// number, the phrase sets a deadline; a plan that does not give its date is told to.
extension TimelineParser {
    /// The schedule when all of `range` is such a phrase; nil otherwise, or a problem when
    /// the plan's date is not known or the deadline falls outside the supported years.
    func daysAfterIssue(_ text: TimelineText, _ range: Range<Int>) -> Result<Schedule, TimelineProblem>? {
        var stream = TokenStream(text.tokens, range)
        var about = false
        if stream.words("trong") {
            about = stream.words("khoang")
            _ = about || stream.words("vong") || stream.words("thoi", "han") || stream.words("thoi", "gian")
        } else if stream.words("cham", "nhat") {
            _ = stream.words("la")
            _ = stream.words("sau")
        } else {
            _ = stream.words("khong", "qua") || stream.words("toi", "da")
        }
        let number = stream.position
        guard let days = stream.number(digits: 1...3), days >= 1, stream.words("ngay") else { return nil }
        let working = stream.words("lam", "viec")
        if stream.words("sau", "khi") || stream.words("ke", "tu") || stream.words("tu") || stream.words("sau") {
            _ = stream.words("ngay")
        } else {
            return nil
        }
        guard stream.issueOfPlan(), stream.atEnd else { return nil }
        if working { return .failure(TimelineProblem(.workingDays(phrase: text.trimmed), offset: text.tokens[number].start)) }
        guard let issuedOn else {
            return .failure(TimelineProblem(.countedFromIssueWithoutDate(phrase: text.trimmed, days: days), offset: nil))
        }
        let deadline = issuedOn.adding(days: days)
        guard CivilDate.supportedYears.contains(deadline.year) else {
            return .failure(TimelineProblem(.impossible(text: text.trimmed, .yearOutOfRange(deadline.year)),
                                            offset: text.tokens[number].start))
        }
        return .success(.due(deadline, start: issuedOn, tentative: about))
    }
}
