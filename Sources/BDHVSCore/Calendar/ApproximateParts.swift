/// Parts of a month or a year that plans write when no day is fixed. A month is read in the
/// thirds Vietnamese calendars name: "thượng tuần" (days 1 to 10), "trung tuần" (11 to 20),
/// "hạ tuần" (21 to the end); "đầu tháng" and "giữa tháng" are the first two thirds, "tuần
/// đầu tháng" the first seven days and "tuần cuối tháng" the last seven, "tuần 2 tháng 10"
/// the second seven (8 to 14; the fifth runs to the month's end). "Đầu quý IV" is the
/// quarter's first month, "giữa quý IV" its second. "Đầu năm" is the first quarter, "giữa
/// năm" the second (due 30/06). Each is due at its end and tentative,
/// the day being ours to read: "Đầu tháng 10/2025" is due 10/10/2025 (dự kiến), "Tuần cuối
/// tháng 9/2025" 30/09/2025 (dự kiến). "Của" may come between ("tuần cuối của tháng 9"); a
/// year part without a year is in the plan's year. ("Cuối tháng 10/2025", "cuối quý",
/// "cuối năm" are the unit's own end, read with the framing words, and not tentative.)
extension TokenStream {
    /// The words before "tháng" and the days of the month they mean (up to 0: from its end).
    private static let monthParts: [(words: [String], days: ClosedRange<Int>)] = [
        (["thuong", "tuan"], 1...10), (["trung", "tuan"], 11...20), (["ha", "tuan"], 21...31),
        (["tuan", "dau"], 1...7), (["tuan", "cuoi"], -6...0), (["dau"], 1...10), (["giua"], 11...20),
    ]

    /// Reads "đầu tháng 10/2025", "trung tuần tháng 9", "tuần cuối của tháng 9", "đầu năm 2026",
    /// "giữa năm".
    mutating func approximatePart() -> WrittenPoint? {
        let start = position
        for part in Self.monthParts {
            position = start
            guard part.words.allSatisfy({ word in words(word) }) else { continue }
            _ = words("cua")
            guard var month = month(keyword: true) else { continue }
            month.days = part.days
            month.approximate = true
            month.quoted = start..<month.quoted.upperBound
            return month
        }
        // "Tuần 2 tháng 10/2025", "tuần thứ 1 của tháng 10": the n-th seven days (the fifth to the month's end).
        position = start
        if words("tuan") {
            _ = words("thu")
            if let week = number(digits: 1...1), (1...5).contains(week) {
                _ = words("cua")
                if var month = month(keyword: true) {
                    month.days = (week - 1) * 7 + 1...(week == 5 ? 31 : week * 7)
                    month.approximate = true
                    month.quoted = start..<month.quoted.upperBound
                    return month
                }
            }
        }
        // "Đầu quý IV/2025", "giữa quý III": the quarter's first or second month.
        for (word, shift) in [("dau", 0), ("giua", 1)] {
            position = start
            guard words(word) else { continue }
            _ = words("cua")
            if let quarter = quarter(keyword: true) {
                guard let part = quarter.part, (1...4).contains(part) else { return quarter }
                return WrittenPoint(kind: .month, month: (part - 1) * 3 + 1 + shift, year: quarter.year, quoted: start..<position,
                                    approximate: true)
            }
        }
        for (word, quarter) in [("dau", 1), ("giua", 2)] {
            position = start
            if words(word), let year = year(bare: true) {
                return WrittenPoint(kind: .quarter, part: quarter, year: year.year, quoted: start..<position, approximate: true)
            }
        }
        position = start
        return nil
    }
}
