import BDHVSRandom
import Foundation
import Testing
@testable import BDHVSCore

/// A seeded run of the timeline parser over phrases made of the words, numbers and marks of
/// every form it reads: none crashes it, a problem points inside its phrase, and a schedule
/// is one bdhvs can keep (a start no later than its deadline, dates in the supported years).
/// For a longer run: `BDHVS_FUZZ_ITERATIONS=500000 BDHVS_FUZZ_SEED=7 swift test --filter TimelineFuzzTests`.
@Suite struct TimelineFuzzTests {
    static let vocabulary = [
        "Quý", "I", "II", "III", "IV", "V", "tháng", "năm", "ngày", "Đợt", "đợt", "học kỳ", "năm học", "đầu", "cuối", "nửa",
        "giữa", "tuần", "hằng", "hàng", "và", "các", "những", "tiếp theo", "từ", "bắt đầu", "đến", "trở đi", "trước", "sau", "khi",
        "có", "yêu cầu", "phát sinh", "theo", "chỉ đạo", "kế hoạch", "của tỉnh", "ban hành", "ký", "kể từ", "trong vòng",
        "chậm nhất", "làm việc", "thường xuyên", "quanh", "suốt", "nay", "thứ", "Q.", "quyết định", "phê duyệt", "đột xuất", "tiến độ", "quy định", "mỗi", "cuối quý", "Tết", "Nguyên đán", "hè", "dự kiến", "được", "định kỳ", "lần", "thực hiện",
        ",", ";", ":", "-", "/", "(", ")", ".", "–", "0", "1", "2", "6", "12", "13", "15", "29", "31", "99", "999", "2025", "2026",
        "1899", "2200", "2201", "9999", "15/12/2025", "29/2", "31/4", "8/2025", "2025-2026", "I/2026", "II/2026", "000",
    ]

    static func phrase(_ random: inout SeededRandom) -> String {
        let count = Int.random(in: 1...10, using: &random)
        var words: [String] = []
        for _ in 0..<count {
            words.append(vocabulary.randomElement(using: &random)!)
        }
        return words.joined(separator: Bool.random(using: &random) ? " " : "")
    }

    /// What is wrong with the parser's answer to `phrase`, if anything.
    static func problems(_ phrase: String, _ parser: TimelineParser) -> [String] {
        switch parser.parse(phrase) {
        case .failure(let problem):
            guard let offset = problem.offset else { return [] }
            return (0..<phrase.count).contains(offset) ? [] : ["offset \(offset) outside '\(phrase)'"]
        case .success(let schedule):
            switch schedule {
            case .due(let deadline, let start, _):
                var found: [String] = []
                if let start, start > deadline { found.append("'\(phrase)' starts \(start) after its deadline \(deadline)") }
                if !CivilDate.supportedYears.contains(deadline.year) { found.append("'\(phrase)' due \(deadline)") }
                return found
            case .recurring(_, let from?):
                return CivilDate.supportedYears.contains(from.year) ? [] : ["'\(phrase)' from \(from)"]
            case .ongoingFrom(let from):
                return CivilDate.supportedYears.contains(from.year) ? [] : ["'\(phrase)' from \(from)"]
            default:
                return []
            }
        }
    }

    @Test func noPhraseCrashesOrPointsOutsideItself() {
        let iterations = ProcessInfo.processInfo.environment["BDHVS_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 1_500
        var random = SeededRandom(seed: ProcessInfo.processInfo.environment["BDHVS_FUZZ_SEED"].flatMap(UInt64.init) ?? 2026)
        let parsers = [TimelineParser(planYear: 2025), TimelineParser(planYear: 2025, strictBefore: false, issuedOn: isoDate("2025-09-01")),
                       TimelineParser(planYear: 2200, issuedOn: isoDate("2200-12-31")), TimelineParser(planYear: 1900)]
        var found: [String] = []
        var understood = 0
        for _ in 0..<iterations {
            let text = Self.phrase(&random)
            for parser in parsers {
                found += Self.problems(text, parser)
                if case .success = parser.parse(text) { understood += 1 }
            }
        }
        #expect(found == [])
        // The vocabulary makes phrases that are read, not only refused.
        #expect(understood > iterations / 100)
    }
}

