/// Parts of a month or a year that plans write when no day is fixed. A month is read in the
/// thirds Vietnamese calendars name: "thượng tuần" (days 1 to 10), "trung tuần" (11 to 20),
/// "hạ tuần" (21 to the end); "đầu tháng" and "giữa tháng" are the first two thirds, "tuần
/// đầu tháng" the first seven days. "Đầu năm" is the first quarter. Each is due at its end
/// and tentative, the day being ours to read: "Đầu tháng 10/2025" is due 10/10/2025 (dự
/// kiến). ("Cuối tháng 10/2025" is the month's own end, read with the framing words.)
extension TokenStream {
    /// The words before "tháng" and the days of the month they mean.
    private static let monthParts: [(words: [String], days: ClosedRange<Int>)] = [
        (["thuong", "tuan"], 1...10), (["trung", "tuan"], 11...20), (["ha", "tuan"], 21...31),
        (["tuan", "dau"], 1...7), (["dau"], 1...10), (["giua"], 11...20),
    ]

    /// Reads "đầu tháng 10/2025", "trung tuần tháng 9", "tuần đầu tháng 8/2025", "đầu năm 2026".
    mutating func approximatePart() -> WrittenPoint? {
        let start = position
        for part in Self.monthParts {
            position = start
            guard part.words.allSatisfy({ word in words(word) }), var month = month(keyword: true) else { continue }
            month.days = part.days
            month.approximate = true
            month.quoted = start..<month.quoted.upperBound
            return month
        }
        position = start
        if words("dau"), let year = year(bare: false) {
            return WrittenPoint(kind: .quarter, part: 1, year: year.year, quoted: start..<position, approximate: true)
        }
        position = start
        return nil
    }
}
