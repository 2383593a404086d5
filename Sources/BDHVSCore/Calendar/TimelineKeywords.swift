/// The undated timeline forms: "Thường xuyên", "Hằng tháng", "Theo kế hoạch của tỉnh" and
/// "Thường xuyên và theo kế hoạch của tỉnh".
extension TimelineParser {
    /// The schedule when all of `range` is an undated form; otherwise nil, with `stop` set to
    /// where a known beginning ("Thường xuyên", "Hằng tháng") ended if text follows it.
    static func keywordSchedule(_ tokens: [TimelineToken], _ range: Range<Int>, stop: inout Int?) -> Schedule? {
        var stream = TokenStream(tokens, range)
        if stream.ongoing() {
            if stream.atEnd { return .ongoing }
            stop = stream.position
            if let within = stream.withinYear() { return within }
            // "Thường xuyên, hằng năm": done all the time, accounted for every period.
            let afterOngoing = stream.position
            _ = stream.symbol(",", ";", "-")
            _ = stream.words("va")
            stream.framingVerbs()  // "Thường xuyên, báo cáo định kỳ hằng quý"
            if let period = stream.recurrence(), stream.atEnd || adHoc(tokens, stream.position..<range.upperBound) {
                return .recurring(period)
            }
            stream.position = afterOngoing
            _ = stream.symbol(",", ";", "-")
            _ = stream.words("va")
            let rest = stream.position..<range.upperBound
            return isExternal(tokens, rest) || isUnscheduled(tokens, rest) ? .ongoingAndExternal : nil
        }
        stream.position = range.lowerBound
        // "Thứ Sáu hằng tuần", "thứ 2 hằng tuần": a day of each week, due by the week's end.
        if stream.words("thu"), stream.oneOf(["hai", "ba", "tu", "nam", "sau", "bay"]) != nil || stream.number(digits: 1) != nil {
            _ = stream.symbol(",")
            if stream.recurrence() == .weekly, stream.atEnd { return .recurring(.weekly) }
        }
        stream.position = range.lowerBound
        if let period = stream.recurrence() {
            if stream.atEnd || adHoc(tokens, stream.position..<range.upperBound) { return .recurring(period) }
            stop = stream.position
            return nil
        }
        if externalThenOngoing(tokens, range) { return .ongoingAndExternal }
        if stream.throughoutThePlan() { return .ongoing }
        return isExternal(tokens, range) || afterIssue(tokens, range) || isUnscheduled(tokens, range) ? .external : nil
    }

    /// True when all of `range` adds unscheduled work to a recurring duty: "và đột xuất", ", đột
    /// xuất khi có yêu cầu", "và khi có yêu cầu". Reports asked for at any time have no deadline
    /// to count, so the duty is its periods ("Hằng quý và đột xuất": every quarter).
    static func adHoc(_ tokens: [TimelineToken], _ range: Range<Int>) -> Bool {
        var stream = TokenStream(tokens, range)
        _ = stream.symbol(",", ";")
        _ = stream.words("va") || stream.words("hoac")
        return stream.position > range.lowerBound && !stream.atEnd
            && (isUnscheduled(tokens, stream.position..<range.upperBound) || isExternal(tokens, stream.position..<range.upperBound))
    }

    /// True when all of `range` is "đột xuất" (unscheduled), alone or with who asks ("đột xuất
    /// theo yêu cầu", "đột xuất khi có yêu cầu của tỉnh"): set by someone else, as `isExternal`.
    static func isUnscheduled(_ tokens: [TimelineToken], _ range: Range<Int>) -> Bool {
        var stream = TokenStream(tokens, range)
        guard stream.words("dot", "xuat") else { return false }
        _ = stream.symbol(",")
        return stream.atEnd || isExternal(tokens, stream.position..<range.upperBound)
    }

    /// True for "theo kế hoạch của tỉnh và thường xuyên": an external form, then "thường xuyên".
    static func externalThenOngoing(_ tokens: [TimelineToken], _ range: Range<Int>) -> Bool {
        var end = range.upperBound
        guard end - range.lowerBound >= 3, tokens[end - 2].text == "thuong", tokens[end - 1].text == "xuyen" else {
            return false
        }
        end -= 2
        if end > range.lowerBound, tokens[end - 1].text == "va" { end -= 1 }
        if end > range.lowerBound, [",", ";"].contains(tokens[end - 1].text) { end -= 1 }
        return isExternal(tokens, range.lowerBound..<end) || isUnscheduled(tokens, range.lowerBound..<end)
    }

    /// True when all of `range` is "theo" (or "sau khi có", "khi có": "Sau khi có hướng
    /// dẫn của tỉnh" waits for the same) + a directive ("kế hoạch", "chỉ đạo", "hướng dẫn",
    /// "yêu cầu", "lịch") + words naming a higher authority ("của tỉnh", "của UBND tỉnh",
    /// "của cấp trên", "của tỉnh/Sở …"), with no numbers and no words of time ("thường
    /// xuyên", "tháng", …) that would say more than "set by someone else".
    ///
    /// A request, a directive or guidance with no one named ("Khi có yêu cầu", "Theo chỉ
    /// đạo", "Khi có phát sinh", "Theo quy định") waits for the same: it can only come from
    /// above. A plan ("Theo kế hoạch") or a schedule ("Theo lịch") alone could be this plan's
    /// own, and is not read. A pace, a road map, a notice or a document of a body ("Theo tiến
    /// độ của tỉnh", "theo lộ trình của Trung ương", "theo văn bản hướng dẫn của tỉnh") is a directive too.
    static func isExternal(_ tokens: [TimelineToken], _ range: Range<Int>) -> Bool {
        var stream = TokenStream(tokens, range)
        if stream.words("khi") {
            _ = stream.words("co")
            if stream.words("phat", "sinh"), stream.atEnd { return true }
            stream.position = range.lowerBound
        }
        guard stream.words("theo") || stream.words("sau", "khi", "co") || stream.words("khi", "co") else { return false }
        let directive = stream.position
        // "Khi có văn bản hướng dẫn": the guidance, written.
        if stream.words("van", "ban"), stream.words("huong", "dan") || stream.words("chi", "dao"), stream.atEnd { return true }
        stream.position = directive
        guard stream.words("ke", "hoach") || stream.words("chi", "dao") || stream.words("huong", "dan")
                || stream.words("yeu", "cau") || stream.words("lich") || stream.words("tien", "do") || stream.words("lo", "trinh")
                || stream.words("thong", "bao") || stream.words("quy", "dinh") || stream.words("van", "ban") else { return false }
        if stream.atEnd {
            var unnamed = TokenStream(tokens, directive..<range.upperBound)
            return unnamed.words("chi", "dao") || unnamed.words("huong", "dan") || unnamed.words("yeu", "cau") || unnamed.words("quy", "dinh")
        }
        let rest = tokens[stream.position..<range.upperBound]
        guard rest.allSatisfy({ $0.kind == .word || ["(", ")", "/", ",", "-"].contains($0.text) }) else { return false }
        let words = rest.map(\.text)
        let timeWords: Set = ["thang", "ngay", "tuan", "quy", "qui", "truoc", "sau", "den", "het", "khi"]
        let timePairs: Set = ["thuong xuyen", "lien tuc", "du kien", "dinh ky", "cham nhat", "han chot", "hang nam"]
        guard !words.contains(where: timeWords.contains),
              !zip(words, words.dropFirst()).contains(where: { timePairs.contains("\($0) \($1)") }) else { return false }
        let single: Set = ["tinh", "so", "bo", "tw", "huyen"]
        let pairs: Set = ["cap tren", "trung uong", "chinh phu", "thu tuong", "tham quyen", "ban chi", "thanh pho", "thanh uy",
                          "tinh uy", "dang uy"]
        return words.contains(where: single.contains)
            || zip(words, words.dropFirst()).contains { pairs.contains("\($0) \($1)") }
    }
}

extension TokenStream {
    /// After "thường xuyên": "trong [suốt|cả] năm", all of it, ongoing; "trong năm 2026 [và các
    /// năm tiếp theo]", ongoing from its first day. Nil, the stream where it was, for anything else.
    mutating func withinYear() -> Schedule? {
        let start = position
        _ = symbol(",")
        guard words("trong") else { position = start; return nil }
        _ = words("suot") || words("ca")
        guard words("nam") else { position = start; return nil }
        if atEnd { return .ongoing }
        guard let year = number(digits: 4), let first = CivilDate(year: year, month: 1, day: 1) else { position = start; return nil }
        let afterYear = position
        _ = symbol(",")
        _ = words("va")
        if !followingYears() { position = afterYear }
        guard atEnd else { position = start; return nil }
        return .ongoingFrom(first)
    }

    /// All of the rest is "trong [suốt] thời gian thực hiện Kế hoạch", "trong thời gian triển
    /// khai/diễn ra Phong trào": the plan's whole time, ongoing.
    mutating func throughoutThePlan() -> Bool {
        let start = position
        framingVerbs()
        guard words("trong") else { position = start; return false }
        _ = words("suot")
        guard words("thoi", "gian"), words("thuc", "hien") || words("trien", "khai") || words("dien", "ra"),
              words("ke", "hoach") || words("phong", "trao"), atEnd else { position = start; return false }
        return true
    }

    /// Reads "thường xuyên", optionally followed by "liên tục" ("thường xuyên, liên tục"), or
    /// "liên tục" or "quanh năm" (all year round) alone, which task tables write for the same.
    mutating func ongoing() -> Bool {
        guard words("thuong", "xuyen") else { return words("lien", "tuc") || words("quanh", "nam") }
        let after = position
        _ = symbol(",", ";", "-")
        _ = words("va")
        if !words("lien", "tuc") { position = after }
        return true
    }

    /// Reads one or several periods, "[định kỳ] hằng tháng", "định kỳ 6 tháng, hằng năm",
    /// "hằng quý, 6 tháng, năm" ("hàng" folds the same), and returns the most frequent: a
    /// report due every half year and every year is due every half year.
    mutating func recurrence() -> RecurrencePeriod? {
        let start = position
        let periodic = words("dinh", "ky") || sixMonthsAndYear()
        if periodic { _ = symbol(",", ":") }
        guard var best = period(first: true, periodic: periodic) else {
            position = start
            return nil
        }
        while true {
            let item = position
            _ = symbol(",", ";", "/")
            _ = words("va") || words("hoac")
            guard item < position, let next = period(first: false, periodic: true) else {
                position = item
                break
            }
            if next.longestDays < best.longestDays { best = next }
        }
        return best
    }

    /// True, the stream left where it is, when "6 tháng, năm" ("6 tháng và hằng năm", "6
    /// tháng/năm") comes next: reports of each half year and year, as after "định kỳ". It was
    /// refused with "Tháng 6/2025" suggested.
    private mutating func sixMonthsAndYear() -> Bool {
        let start = position
        defer { position = start }
        guard number(digits: 1...2) == 6, words("thang"), symbol(",", "/") != nil || words("va") else { return false }
        _ = words("va")
        _ = words("hang") || words("ca")
        return words("nam") && (atEnd || next.map { [",", ";", "(", "."].contains($0.text) || ["va", "hoac"].contains($0.text) } == true)
    }

    /// One period: "hằng tháng", "mỗi quý", "6 tháng/lần", "02 lần/năm"; after "định kỳ" also
    /// "6 tháng"; after the first item of a list also a bare unit ("quý", "năm").
    private mutating func period(first: Bool, periodic: Bool) -> RecurrencePeriod? {
        let start = position
        if let counted = countedPeriod(periodic: periodic) { return counted }
        // "Cuối mỗi quý", "cuối hằng tháng": each period's end, where a period is due anyway.
        let atEnd = words("cuoi")
        let marked = words("hang") || words("moi")
        if atEnd && !marked {
            position = start
            return nil
        }
        if marked || periodic {
            let unit = position
            if let counted = countedPeriod(periodic: true) { return counted }
            if words("sau"), words("thang"), next.map({ !["dau", "cuoi"].contains($0.text) }) ?? true {
                return .halfYearly
            }
            position = unit
        }
        let periods: [String: RecurrencePeriod] = [
            "ngay": .daily, "tuan": .weekly, "thang": .monthly, "quy": .quarterly, "qui": .quarterly, "nam": .yearly,
        ]
        guard marked || !first, let word = oneOf(Array(periods.keys)), let period = periods[word] else {
            position = start
            return nil
        }
        // "Mỗi quý 1 lần", "mỗi tháng một lần": once each period.
        let unit = position
        if marked, number(digits: 1...2) == 1 || words("mot"), words("lan") { return period }
        position = unit
        guard next?.kind != .number else {
            position = start
            return nil
        }
        return period
    }
}
