extension TimelineParser {
    /// The phrases parsed so far, with the plan year, the reading of "Trước ngày" and the
    /// issue date (for "Trước Tết") they were parsed with: every commune's plan writes "Thường xuyên", "Quý I/2025", "Tháng
    /// 4/2025", and a national load parses each of them once instead of in every plan.
    private static let memo = TextMemo<Result<Schedule, TimelineProblem>>()

    /// `parse(phrase)`, remembered.
    func remembered(_ phrase: String) -> Result<Schedule, TimelineProblem> {
        Self.memo.value("\(planYear) \(strictBefore ? 1 : 0) \(issuedOn?.iso ?? "-") \(phrase)") { _ in parse(phrase) }
    }
}
