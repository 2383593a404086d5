import Foundation

extension TimelineParser {
    /// "Dịp Ngày Chuyển đổi số quốc gia (10/10)", "Vào dịp Quốc khánh (2/9/2026)": on the
    /// occasion named, whose date is given in parentheses at the end (the plan's year when
    /// it has none). Nil when the phrase is not of this form.
    func occasion(_ phrase: String) -> Result<Schedule, TimelineProblem>? {
        guard phrase.contains(")") else { return nil }
        let trimmed = phrase.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        let folded = Folding.key(trimmed)
        guard ["dip ", "vao dip ", "nhan dip "].contains(where: folded.hasPrefix), trimmed.hasSuffix(")"),
            let open = trimmed.lastIndex(of: "(")
        else { return nil }
        let innerStart = trimmed.index(after: open)
        let inner = String(trimmed[innerStart..<trimmed.index(before: trimmed.endIndex)])
        switch parseDate(inner) {
        case .success(let date):
            return .success(.due(date, start: nil, tentative: false))
        case .failure(let problem):
            let leading = phrase.distance(from: phrase.startIndex, to: phrase.firstIndex { !$0.isWhitespace } ?? phrase.startIndex)
            return .failure(problem.shifted(by: leading + trimmed.distance(from: trimmed.startIndex, to: innerStart)))
        }
    }
}
