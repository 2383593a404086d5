/// "Sau khi Kế hoạch được ban hành", "Ngay sau khi kế hoạch được ban hành", "Sau khi ban hành
/// Kế hoạch", "Sau khi có quyết định phê duyệt": work that follows the plan's own issue (or
/// its approval), read as `Schedule.external`.
///
/// The phrase says when work starts, not when it is due: "ngay sau" (right after) is no number
/// of days, and any we chose would be a deadline the plan never set. The plan's issue date is
/// known, but a deadline "soon after" it would be a guess passed off as the document's. So it
/// counts as "Chưa xác định thời hạn" until a `deadline:` is entered, as "Theo kế hoạch của
/// tỉnh" does; the phrase stays as written. ("Sau ngày 15/12/2025" names a day and is refused
/// for the same reason: a start with no deadline, see `startOnly`.)
extension TimelineParser {
    /// True when all of `range` is "[ngay] sau khi [có]" and the plan's issue (`issueOfPlan`):
    /// "sau khi kế hoạch được ban hành", "sau khi ban hành Kế hoạch", "sau khi có quyết định phê duyệt".
    static func afterIssue(_ tokens: [TimelineToken], _ range: Range<Int>) -> Bool {
        var stream = TokenStream(tokens, range)
        _ = stream.words("ngay")
        guard stream.words("sau", "khi") else { return false }
        _ = stream.words("co")  // "Sau khi có quyết định phê duyệt"
        return stream.issueOfPlan() && stream.atEnd
    }
}

extension TokenStream {
    /// Reads the plan's issue: "ban hành kế hoạch", "kế hoạch
    /// (này) được ban hành", "ký", "ký ban hành", "văn bản được phê duyệt".
    mutating func issueOfPlan() -> Bool {
        let start = position
        func document() -> Bool {
            guard words("ke", "hoach") || words("van", "ban") || words("quyet", "dinh") else { return false }
            _ = words("nay")
            return true
        }
        func issued() -> Bool {
            if words("ky") {
                _ = words("ban", "hanh")
                return true
            }
            return words("ban", "hanh") || words("phe", "duyet")
        }
        if issued() {
            _ = document()
            return true
        }
        if document() {
            _ = words("duoc")
            if issued() { return true }
        }
        position = start
        return false
    }
}
