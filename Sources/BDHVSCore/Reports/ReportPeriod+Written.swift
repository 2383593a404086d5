extension ReportPeriod {
    /// A period as documents and officials write it, with or without diacritics: "Quý
    /// IV/2025", "quý 4 năm 2025", "Quí IV-2025", "Q4/2025", "Tháng 10/2025", "10/2025",
    /// "tháng 10 năm 2025", "6 tháng đầu năm 2025", "6 tháng cuối năm 2025", "Năm 2025"; the
    /// names the reports give their periods (`name(.vi)`) among them. Nil for anything else,
    /// a period without its year ("Quý IV") included.
    static func written(_ text: String) -> ReportPeriod? {
        let key = Folding.key(text)
        let separator = #"(?:\s*[/.-]\s*|\s+(?:nam\s+)?)"#
        if let match = Self.match(#"(?:qu[yi]\s*|q)(iv|iii|ii|i|[1-4])"# + separator + #"(\d{4})"#, key),
           let quarter = Int(match[0]) ?? romanQuarters[match[0]], let year = year(match[1]) {
            return ReportPeriod(year: year, kind: .quarter(quarter))
        }
        if let match = Self.match(#"(?:thang\s*(\d{1,2})"# + separator + #"|(\d{1,2})\s*[/.-]\s*)(\d{4})"#, key),
           let month = Int(match[0].isEmpty ? match[1] : match[0]), (1...12).contains(month), let year = year(match[2]) {
            return ReportPeriod(year: year, kind: .month(month))
        }
        if let match = Self.match(#"(?:6|sau) thang (dau|cuoi) nam (\d{4})"#, key), let year = year(match[1]) {
            return ReportPeriod(year: year, kind: .half(match[0] == "dau" ? 1 : 2))
        }
        if let match = Self.match(#"nam (\d{4})"#, key), let year = year(match[0]) {
            return ReportPeriod(year: year, kind: .year)
        }
        return nil
    }

    private static let romanQuarters = ["i": 1, "ii": 2, "iii": 3, "iv": 4]

    /// The year `digits` names when a period may name it.
    private static func year(_ digits: String) -> Int? {
        Int(digits).flatMap { years.contains($0) ? $0 : nil }
    }

    /// The groups of `pattern` when it matches the whole of `key` (a group that did not
    /// take part is empty).
    private static func match(_ pattern: String, _ key: String) -> [String]? {
        guard let regex = try? Regex("^" + pattern + "$"), let match = try? regex.wholeMatch(in: key) else { return nil }
        return (1..<match.count).map { index in match[index].substring.map(String.init) ?? "" }
    }
}
