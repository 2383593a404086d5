import Testing
@testable import BDHVSCore

/// A remark in parentheses that names a time narrows the time before it: set aside, "Năm
/// 2025 (Quý III)" was due 31/12/2025 and nothing was overdue in October. Such a phrase is
/// refused at the remark, which the officer writes as one time; a remark of words only is
/// still set aside, and so are invisible characters copied from Word.
@Suite struct TimelineRemarkTimeTests {
    private let parser = TimelineParser(planYear: 2025)

    @Test(arguments: ["Năm 2025 (Quý III)", "6 tháng cuối năm 2025 (Quý III)", "Năm học 2025-2026 (Học kỳ I)",
                      "Năm học 2025-2026 (HK I)", "Thường xuyên (hằng tháng)", "Thường xuyên (trước Tết Nguyên đán)",
                      "Tháng 12/2025 (định kỳ hằng năm)"])
    func aRemarkNamingATimeIsRefused(phrase: String) throws {
        let result = parser.parse(phrase)
        guard case .failure(let problem) = result else {
            Issue.record("\(phrase) read as \(result)")
            return
        }
        // Said at the phrase, or at the remark where what comes before it is read.
        #expect(problem.text(.vi).hasPrefix("không hiểu"), "\(problem.text(.vi))")
    }

    @Test func aRemarkOfWordsIsSetAside() {
        #expect(parser.parse("Tháng 10/2025 (theo hướng dẫn của Sở KH&CN)").map(\.deadline) == .success(CivilDate(year: 2025, month: 10, day: 31)))
        #expect(parser.parse("Thường xuyên (ưu tiên các thôn vùng cao)") == .success(.ongoing))
    }

    /// "Tháng 8/2025" followed by a zero-width space (U+200B) or a word joiner reads as the month.
    @Test func invisibleCharactersAreBlank() {
        for phrase in ["Tháng 8/2025\u{200B}", "\u{FEFF}Tháng 8/2025", "Tháng\u{2060} 8/2025;"] {
            #expect(parser.parse(phrase).map(\.deadline) == .success(CivilDate(year: 2025, month: 8, day: 31)), "\(phrase.unicodeScalars.map(\.value))")
        }
    }
}
