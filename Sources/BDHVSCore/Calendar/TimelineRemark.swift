/// A time followed by a remark in parentheses: "Tháng 9/2025 (tùy tình hình thực tế)",
/// "30/9/2025 (dự kiến)", "Thường xuyên (ưu tiên các thôn vùng cao)". The time is read on its
/// own; the remark is kept as text only (the timeline is stored as written), except that one
/// saying "dự kiến" marks a deadline tentative. A remark with a number in it ("(trước
/// 15/12)") may name another time and is not set aside: the phrase is read whole, or refused.
/// Nor is one that is a time in words: "Năm 2025 (Quý III)", "Năm học 2025-2026 (Học kỳ I)",
/// "Thường xuyên (hằng tháng)", "(trước Tết Nguyên đán)": they narrow the time before them,
/// and set aside, the deadline was read months late and nothing was overdue.
extension TimelineParser {
    /// The schedule of `phrase` without its final remark; nil when it has none, or when what
    /// comes before the remark is not understood either.
    func withoutRemark(_ phrase: String) -> Result<Schedule, TimelineProblem>? {
        let text = TimelineText(phrase)
        let core = text.coreRange
        let tokens = text.tokens
        guard core.count >= 3, tokens[core.upperBound - 1].text == ")",
              let open = tokens[core].lastIndex(where: { $0.text == "(" }), open > core.lowerBound else { return nil }
        let inside = tokens[(open + 1)..<(core.upperBound - 1)]
        guard !inside.isEmpty, inside.contains(where: { $0.kind == .word }),
              inside.allSatisfy({ $0.kind == .word || [",", ";", "-", ".", "/", "&"].contains($0.text) }) else { return nil }
        let words = inside.filter { $0.kind == .word }.map(\.text)
        guard !Self.namesTime(words) else { return nil }
        let remark = String(text.characters[tokens[open + 1].start..<tokens[core.upperBound - 1].start])
        if case .success = schedule(remark) { return nil }
        let tentative = zip(words, words.dropFirst()).contains { $0 == "du" && $1 == "kien" }
        guard case .success(let schedule) = schedule(String(text.characters[..<tokens[open].start])) else { return nil }
        if tentative, case .due(let deadline, let start, _) = schedule {
            return .success(.due(deadline, start: start, tentative: true))
        }
        return .success(schedule)
    }

    /// Whether the words of a remark (folded) name a time: a roman number ("III"), a period
    /// repeated ("hằng tháng", "định kỳ"), a school term ("học kỳ", "HK"), Tết.
    static func namesTime(_ words: [String]) -> Bool {
        let romans: Set<String> = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
        if words.contains(where: { romans.contains($0) || $0 == "hk" || $0 == "tet" }) { return true }
        return zip(words, words.dropFirst()).contains { pair in
            ["hang", "moi", "dinh", "hoc"].contains(pair.0)
                && ["ngay", "tuan", "thang", "quy", "nam", "ky"].contains(pair.1)
        }
    }
}
