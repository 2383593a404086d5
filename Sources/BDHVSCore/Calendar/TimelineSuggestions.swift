/// The closest understood phrases to one that is not understood, made from its own words
/// and numbers: a mistyped word corrected, unknown leading words dropped, its numbers read
/// as a date, a month, a quarter or a year, its keywords read as the form they begin.
extension TimelineParser {
    /// Phrases made from the numbers of a tail that was not understood ("tháng 9 2025": did
    /// you mean 'Tháng 9/2025'?), other than the part that was; empty when the tail has none.
    func suggestions(forTail tail: String, head: String, of phrase: String) -> [String] {
        guard tail.contains(where: \.isNumber) else { return [] }
        let text = TimelineText(phrase)
        return checked(fromNumbers(text, text.coreRange), unlike: phrase).filter { Folding.key($0) != Folding.key(head) }
    }

    /// At most three phrases close to `phrase` that `schedule(_:)` understands; empty when
    /// nothing in it is recognised.
    func suggestions(for phrase: String) -> [String] {
        let text = TimelineText(phrase)
        let core = text.coreRange
        guard !core.isEmpty else { return [] }
        return checked(corrected(text, core) + withoutLeadingWords(text, core) + fromNumbers(text, core) + fromKeywords(text, core),
                       unlike: phrase)
    }

    /// The first three `candidates` understood, one per meaning ("tháng 10/2025" and
    /// "10/2025" say the same), other than `phrase` itself.
    private func checked(_ candidates: [String], unlike phrase: String) -> [String] {
        var found: [(phrase: String, schedule: Schedule)] = []
        for candidate in candidates where Folding.key(candidate) != Folding.key(phrase).trimmingWhiteSpace {
            guard case .success(let schedule) = schedule(candidate), !found.contains(where: { $0.schedule == schedule }) else { continue }
            found.append((candidate, schedule))
            if found.count == 3 { break }
        }
        return found.map(\.phrase)
    }

    /// The phrase with each word bdhvs does not know replaced by the closest word it knows
    /// ("thuờng xuyyen" → "thuờng xuyên").
    private func corrected(_ text: TimelineText, _ core: Range<Int>) -> [String] {
        var characters = text.characters
        var changed = false
        for index in core.reversed() {
            let token = text.tokens[index]
            guard token.kind == .word, token.text.count >= 3, Self.vocabulary[token.text] == nil else { continue }
            let limit = token.text.count >= 6 ? 2 : 1
            let best = Self.vocabulary.keys.map { ($0, Suggestion.editDistance(token.text, $0)) }
                .filter { $0.1 <= limit }.min { ($0.1, $0.0) < ($1.1, $1.0) }
            guard let (word, _) = best, let shown = Self.vocabulary[word] else { continue }
            characters.replaceSubrange(token.start..<token.end, with: Array(shown))
            changed = true
        }
        guard changed else { return [] }
        return [String(characters).trimmingWhiteSpace]
    }

    /// The phrase without one, two or three words before it that are not understood
    /// ("khoảng tháng 9/2025" → "tháng 9/2025").
    private func withoutLeadingWords(_ text: TimelineText, _ core: Range<Int>) -> [String] {
        let words = text.tokens[core].prefix { $0.kind == .word }.count
        return (0..<min(3, words, core.count - 1)).map { text.source((core.lowerBound + $0 + 1)..<core.upperBound) }
    }

    /// Its numbers read as the points they can be: two years as a range, a year with one
    /// number as a month (a quarter after "quý"), a year with two as a day, a year alone.
    private func fromNumbers(_ text: TimelineText, _ core: Range<Int>) -> [String] {
        let tokens = text.tokens[core]
        // A number of three digits or more than four is no part of a date: "45657.5" (a
        // spreadsheet's day number) or "1e308" is not 'Tháng 5/2025' or 'Tháng 1/2025'.
        if tokens.contains(where: { $0.kind == .number && ($0.text.count == 3 || $0.text.count > 4) }) { return [] }
        // "2 tháng/lần", "5 lần/năm": a number of times or of months between them, no date.
        if tokens.contains(where: { $0.kind == .word && $0.text == "lan" }) { return Self.countedPeriods(near: tokens) }
        let years = tokens.filter { $0.kind == .number && $0.text.count == 4 }.compactMap { Int($0.text) }
            .filter { CivilDate.supportedYears.contains($0) }
        // A number counting something ("2 đợt", "10 ngày làm việc", "3 lớp") is no part of a
        // date: "2 đợt: tháng 8 và tháng 11/2025" was offered 'ngày 2/8/2025', "Trong vòng 10
        // ngày" 'Tháng 10/2025'. A number after a unit ("ngày 5 tháng 10") is a date's.
        let units: Set = ["ngay", "thang", "quy", "qui", "q", "nam", "tuan"]
        let counters: Set = ["dot", "lan", "buoi", "lop", "ngay", "tuan", "thang", "nguoi", "khoa", "hoi"]
        let smallIndexes = tokens.indices.filter { index in
            guard text.tokens[index].kind == .number, text.tokens[index].text.count <= 2 else { return false }
            let before = index > core.lowerBound ? text.tokens[index - 1].text : nil
            let after = index + 1 < core.upperBound ? text.tokens[index + 1].text : nil
            return before.map(units.contains) == true || !(after.map(counters.contains) ?? false)
        }
        let small = smallIndexes.compactMap { Int(text.tokens[$0].text) }
        // The word before the first small number says what it counts: "quý 3", "ngày 5".
        let firstSmall = smallIndexes.first
        let unit = firstSmall.flatMap { $0 > core.lowerBound ? text.tokens[$0 - 1].text : nil }
        var candidates: [String] = []
        if years.count >= 2, let first = years.first, let last = years.last, first < last { candidates.append("\(first) - \(last)") }
        let year = years.last ?? planYear
        if small.count >= 2 {
            // How the first two are written between them: "8-12/2025" is months 8 to 12 (a day
            // range has a month after it), "8/12" a day.
            let between = smallIndexes[1] - smallIndexes[0] == 2 ? text.tokens[smallIndexes[0] + 1].text : nil
            // "tháng 8 hoặc 9/2025": two months of one year, written as a list.
            switch unit {
            case "thang": candidates.append("tháng \(small[0]), \(small[1])/\(year)")
            case "quy", "qui", "q": candidates.append("Quý \(small[0]), \(small[1])/\(year)")
            case _ where between == "-" && small[0] < small[1] && small[1] <= 12 && small.count == 2:
                candidates.append("tháng \(small[0])-\(small[1])/\(year)")
            case _ where between == "/" || between == ".":
                candidates.append("ngày \(small[0])/\(small[1])/\(year)")
            default: break
            }
        }
        if let number = small.first, small.count == 1, unit != "ngay" {
            candidates.append(["quy", "qui", "q"].contains(unit) ? "Quý \(number)/\(year)" : "Tháng \(number)/\(year)")
        }
        if let only = years.first, years.count == 1 { candidates.append("Năm \(only)") }
        return candidates
    }

    /// The form its keywords begin: "Thường xuyên", "Hằng tháng", "Theo kế hoạch của tỉnh".
    private func fromKeywords(_ text: TimelineText, _ core: Range<Int>) -> [String] {
        let words = text.tokens[core].filter { $0.kind == .word }.map(\.text)
        var candidates: [String] = []
        if words.contains("thuong") || words.contains("xuyen") || words.contains("lien") { candidates.append("Thường xuyên") }
        let units = ["ngay": "ngày", "tuan": "tuần", "thang": "tháng", "quy": "quý", "nam": "năm"]
        // The unit that follows "hằng", "mỗi" or "định kỳ", else the usual ones.
        let marks: Set = ["hang", "moi", "ky"]
        let named = zip(words, words.dropFirst()).filter { marks.contains($0.0) }.compactMap { units[$0.1] }
        if let unit = named.first {
            candidates.append("Hằng \(unit)")
        } else if words.contains("hang") || words.contains("dinh") {
            candidates += ["Hằng tháng", "Hằng quý", "Hằng năm"]
        }
        if words.contains("nam"), !text.tokens[core].contains(where: { $0.kind == .number }) { candidates.append("Năm \(planYear)") }
        if words.contains("theo") { candidates.append("Theo kế hoạch của tỉnh") }
        return candidates
    }

    /// The counted periods bdhvs reads ("3 tháng/lần"), the closest first to the months a
    /// count names: "2 tháng/lần" → 1 and 3 months, "5 lần/năm" → 3 months (4 a year).
    private static func countedPeriods(near tokens: ArraySlice<TimelineToken>) -> [String] {
        let periods = [(1, "1 tháng/lần"), (3, "3 tháng/lần"), (6, "6 tháng/lần"), (12, "1 năm/lần")]
        let words = Array(tokens)
        var months: Double?
        for (index, token) in words.enumerated() where token.kind == .number {
            guard let count = Double(token.text), count > 0, index + 1 < words.count else { continue }
            let next = words[(index + 1)...].first { $0.kind == .word }?.text
            if next == "thang" { months = count; break }
            if next == "quy" || next == "qui" { months = count * 3; break }
            if next == "nam" { months = count * 12; break }
            if next == "lan", let unit = words[(index + 1)...].last(where: { $0.kind == .word })?.text {
                let span = ["thang": 1.0, "quy": 3, "qui": 3, "nam": 12][unit]
                if let span { months = span / count }
                break
            }
        }
        guard let months else { return periods.map(\.1) }
        return periods.sorted { (abs(Double($0.0) - months), $0.0) < (abs(Double($1.0) - months), $1.0) }.map(\.1)
    }

    /// The words of timeline phrases, folded, with their written form.
    private static let vocabulary: [String: String] = [
        "thang": "tháng", "quy": "quý", "nam": "năm", "ngay": "ngày", "tuan": "tuần", "hang": "hằng", "thuong": "thường",
        "xuyen": "xuyên", "lien": "liên", "tuc": "tục", "truoc": "trước", "den": "đến", "het": "hết", "trong": "trong",
        "theo": "theo", "hoach": "hoạch", "cua": "của", "tinh": "tỉnh", "dinh": "định", "kien": "kiến", "cham": "chậm",
        "nhat": "nhất", "cuoi": "cuối", "dau": "đầu", "giai": "giai", "doan": "đoạn", "thuc": "thực", "hien": "hiện",
        "hoan": "hoàn", "thanh": "thành", "trien": "triển", "khai": "khai", "chi": "chỉ", "dao": "đạo", "tren": "trên",
        "nhung": "những", "tiep": "tiếp", "giua": "giữa", "tet": "Tết", "nguyen": "Nguyên", "dan": "đán",
    ]
}

extension String {
    /// The text without white space at either end.
    fileprivate var trimmingWhiteSpace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
