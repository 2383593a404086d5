/// Ranges and lists of points: "Từ tháng 9 đến tháng 11/2025", "2025 - 2030",
/// "Quý III, IV/2025", "tháng 8, 9/2025".
extension TokenStream {
    /// Reads "[từ] A đến [hết] B", "A - B" or "A tới B", where B's kind completes A: "Tháng
    /// 9 - 11/2025", "từ ngày 1 đến ngày 15/10/2025" (a lone day takes B's month).
    mutating func range() -> [WrittenPoint]? {
        let start = position
        _ = words("tu")
        guard let first = point(dayOnly: true),
              words("den", "het") || words("den", "cuoi") || words("den") || words("toi") || symbol("-") != nil,
              let second = point(hint: first.kind), let completed = Self.complete(first, by: second) else {
            position = start
            return nil
        }
        return [completed, second]
    }

    /// Reads "A, B[, C]" or "A và B" inside one unit, where the last item carries the year
    /// for all: "Quý III, IV/2025", "tháng 8, 9 và 10/2025", "ngày 10, 11/10/2025".
    mutating func list() -> [WrittenPoint]? {
        let start = position
        guard let first = point(dayOnly: true) else { return nil }
        var points = [first]
        while true {
            let item = position
            let comma = symbol(",", ";") != nil
            guard words("va") || comma, let next = point(hint: first.kind) else {
                position = item
                break
            }
            points.append(next)
        }
        guard points.count >= 2, let last = points.last, let completed = Self.complete(first, by: last) else {
            position = start
            return nil
        }
        points[0] = completed
        return points
    }

    /// The first point of a range or list, its month taken from the last when only a day
    /// was written ("ngày 1 đến ngày 15/10"); nil when it cannot be completed.
    private static func complete(_ first: WrittenPoint, by last: WrittenPoint) -> WrittenPoint? {
        guard first.kind == .day, first.month == nil else { return first }
        guard last.kind == .day, let month = last.month else { return nil }
        var completed = first
        completed.month = month
        completed.borrowedMonth = true
        return completed
    }
}
