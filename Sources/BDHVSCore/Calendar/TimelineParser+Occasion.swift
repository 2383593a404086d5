import Foundation

extension TimelineParser {
    /// "Dịp Ngày Chuyển đổi số quốc gia (10/10)", "Vào dịp Quốc khánh (2/9/2026)", "Hưởng ứng
    /// Ngày Chuyển đổi số quốc gia 10/10/2025": on the occasion named, whose date is given at
    /// the end, in parentheses or not (the plan's year when it has none). The National Digital
    /// Transformation Day (Quyết định 505/QĐ-TTg) needs no date: "Ngày Chuyển đổi số quốc gia"
    /// is 10/10 of the plan's year. Nil when the phrase is not of this form.
    func occasion(_ phrase: String) -> Result<Schedule, TimelineProblem>? {
        let trimmed = phrase.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ".;"))
        var folded = Folding.key(trimmed)
        var named = false
        for prefix in ["vao dip ", "nhan dip ", "huong ung ", "dip ", "ky niem "] where folded.hasPrefix(prefix) {
            folded.removeFirst(prefix.count)
            named = true
        }
        let digitalDay = folded.hasPrefix(Self.digitalDay)
        guard named || digitalDay else { return nil }
        let leading = phrase.distance(from: phrase.startIndex, to: phrase.firstIndex { !$0.isWhitespace } ?? phrase.startIndex)
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            let innerStart = trimmed.index(after: open)
            let inner = String(trimmed[innerStart..<trimmed.index(before: trimmed.endIndex)])
            switch parseDate(inner) {
            case .success(let date):
                return .success(.due(date, start: nil, tentative: false))
            case .failure(let problem):
                return .failure(problem.shifted(by: leading + trimmed.distance(from: trimmed.startIndex, to: innerStart)))
            }
        }
        // The date unbracketed at the end: "Dịp Ngày Chuyển đổi số quốc gia 10/10/2025".
        if let space = trimmed.lastIndex(of: " "), trimmed[trimmed.index(after: space)...].contains("/"),
           case .success(let date) = parseDate(String(trimmed[trimmed.index(after: space)...])) {
            return .success(.due(date, start: nil, tentative: false))
        }
        if folded == Self.digitalDay, let day = CivilDate(year: planYear, month: 10, day: 10) {
            return .success(.due(day, start: nil, tentative: false))
        }
        return nil
    }

    /// The day's name, folded.
    private static let digitalDay = "ngay chuyen doi so quoc gia"
}
