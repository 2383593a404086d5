/// One period of a recurring duty ("Hằng tháng": each month), due at its end.
public struct Occurrence: Hashable, Sendable, Codable {
    /// A stable key: "2026-03-15" (day), "2026-W11" (ISO week), "2026-03" (month),
    /// "2026-Q1" (quarter), "2026-H1" (half year), "2026" (year).
    public let key: String
    public let start: CivilDate
    /// The occurrence's deadline (inclusive).
    public let end: CivilDate
}

extension RecurrencePeriod {
    /// The occurrence that contains `date`.
    public func occurrence(containing date: CivilDate) -> Occurrence {
        switch self {
        case .daily:
            return Occurrence(key: date.iso, start: date, end: date)
        case .weekly:
            let monday = date.adding(days: -Self.weekdayFromMonday(date))
            let thursday = monday.adding(days: 3)
            let firstOfYear = CivilDate(year: thursday.year, month: 1, day: 1)!
            let week = firstOfYear.days(until: thursday) / 7 + 1
            return Occurrence(key: "\(thursday.year)-W\(week < 10 ? "0" : "")\(week)", start: monday, end: monday.adding(days: 6))
        case .monthly:
            let start = CivilDate(year: date.year, month: date.month, day: 1)!
            let key = "\(date.year)-\(date.month < 10 ? "0" : "")\(date.month)"
            return Occurrence(key: key, start: start, end: CivilDate.endOfMonth(year: date.year, month: date.month))
        case .quarterly:
            let quarter = (date.month - 1) / 3 + 1
            let start = CivilDate(year: date.year, month: quarter * 3 - 2, day: 1)!
            return Occurrence(key: "\(date.year)-Q\(quarter)", start: start, end: CivilDate.endOfQuarter(year: date.year, quarter: quarter))
        case .halfYearly:
            let half = date.month <= 6 ? 1 : 2
            return Occurrence(key: "\(date.year)-H\(half)", start: CivilDate(year: date.year, month: half * 6 - 5, day: 1)!,
                              end: CivilDate.endOfMonth(year: date.year, month: half * 6))
        case .yearly:
            return Occurrence(key: String(date.year), start: CivilDate(year: date.year, month: 1, day: 1)!,
                              end: CivilDate(year: date.year, month: 12, day: 31)!)
        case .yearlyOn(let day):
            // The year's duty, done late when after its day: a yearly duty has one period a year.
            return Occurrence(key: String(date.year), start: CivilDate(year: date.year, month: 1, day: 1)!, end: day.date(in: date.year))
        case .yearlyTet(let before):
            return TetRecurrence(beforeTet: before).occurrence(containing: date)
        case .dayOfPeriod(let months, let day):
            return Self.dayOfPeriodOccurrence(containing: date, months: months, day: day)
        }
    }

    /// Every occurrence that overlaps `year`, in order (a week across New Year belongs to both
    /// years); for a yearly duty on a given day, the one due that year.
    public func occurrences(inYear year: Int) -> [Occurrence] {
        if case .yearlyOn = self, let first = CivilDate(year: year, month: 1, day: 1) { return [occurrence(containing: first)] }
        if case .yearlyTet(let before) = self { return TetRecurrence(beforeTet: before).occurrence(ofYear: year).map { [$0] } ?? [] }
        if case .dayOfPeriod(let months, _) = self {
            return stride(from: 1, through: 12, by: months).compactMap { CivilDate(year: year, month: $0, day: 1).map(occurrence(containing:)) }
        }
        guard let first = CivilDate(year: year, month: 1, day: 1), let last = CivilDate(year: year, month: 12, day: 31) else { return [] }
        var result: [Occurrence] = []
        var cursor = first
        while cursor <= last {
            let occurrence = occurrence(containing: cursor)
            result.append(occurrence)
            cursor = occurrence.end.adding(days: 1)
        }
        return result
    }

    /// The occurrence a key names, if it is one of this period's keys.
    public func occurrence(key: String, inYear year: Int) -> Occurrence? {
        occurrences(inYear: year).first { $0.key == key }
    }

    /// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
    static func weekdayFromMonday(_ date: CivilDate) -> Int {
        ((date.dayNumber + 3) % 7 + 7) % 7
    }
}

/// Where a recurring duty stands as of a date: each period is counted on its own, so a duty
/// missed for many periods shows that many missed occurrences.
public struct OccurrenceTally: Hashable, Sendable, Encodable {
    /// Occurrences whose deadline has passed (before the as-of date).
    public var past: Int
    /// Past occurrences marked done.
    public var done: Int
    /// Past occurrences not done.
    public var missed: Int { past - done }
    /// The occurrence containing the as-of date, if it falls in the years of the plan.
    public var current: Occurrence?
    /// True when the current occurrence is already marked done.
    public var currentDone: Bool

    enum CodingKeys: String, CodingKey {
        case past, done, missed, current, currentDone = "current_done"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(past, forKey: .past)
        try container.encode(done, forKey: .done)
        try container.encode(missed, forKey: .missed)
        try container.encode(current, forKey: .current)
        try container.encode(currentDone, forKey: .currentDone)
    }

    /// Counts the occurrences of `period` in `year` as of `asOf`, given the keys marked
    /// done; periods that ended before the plan was issued (`since`) do not count.
    public static func count(
        _ period: RecurrencePeriod, year: Int, asOf: CivilDate, doneKeys: Set<String>, since: CivilDate? = nil
    ) -> OccurrenceTally {
        count(period.occurrences(inYear: year), asOf: asOf, doneKeys: doneKeys, since: since)
    }

    /// Counts `occurrences` (one period's, of one year, computed once for many duties).
    public static func count(
        _ occurrences: [Occurrence], asOf: CivilDate, doneKeys: Set<String>, since: CivilDate? = nil
    ) -> OccurrenceTally {
        var tally = OccurrenceTally(past: 0, done: 0, current: nil, currentDone: false)
        for occurrence in occurrences where since.map({ occurrence.end >= $0 }) ?? true {
            if occurrence.end < asOf {
                tally.past += 1
                if doneKeys.contains(occurrence.key) { tally.done += 1 }
            } else if occurrence.start <= asOf {
                tally.current = occurrence
                tally.currentDone = doneKeys.contains(occurrence.key)
            }
        }
        return tally
    }
}

extension Occurrence {
    /// The occurrence a key names, whatever its period: "2026-03-15", "2026-W11",
    /// "2026-03", "2026-Q1", "2026-H1", "2026" (the whole year). Nil for anything else.
    public init?(key: String) {
        let parts = key.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard let year = Int(parts[0]), parts[0].count == 4, let january = CivilDate(year: year, month: 1, day: 1) else { return nil }
        let period: RecurrencePeriod
        var sample = january
        switch parts.count {
        case 1:
            period = .yearly
        case 2 where parts[1].hasPrefix("W"):
            guard let week = Int(parts[1].dropFirst()), (1...53).contains(week) else { return nil }
            let fourth = CivilDate(year: year, month: 1, day: 4)!
            sample = fourth.adding(days: -RecurrencePeriod.weekdayFromMonday(fourth) + 7 * (week - 1))
            period = .weekly
        case 2 where parts[1].hasPrefix("H"):
            guard let half = Int(parts[1].dropFirst()), (1...2).contains(half) else { return nil }
            sample = CivilDate(year: year, month: half * 6, day: 1)!
            period = .halfYearly
        case 2 where parts[1].hasPrefix("Q"):
            guard let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { return nil }
            sample = CivilDate(year: year, month: quarter * 3, day: 1)!
            period = .quarterly
        case 2:
            guard parts[1].count == 2, let month = Int(parts[1]), let first = CivilDate(year: year, month: month, day: 1) else { return nil }
            sample = first
            period = .monthly
        case 3:
            guard let date = CivilDate(iso: key) else { return nil }
            sample = date
            period = .daily
        default:
            return nil
        }
        let occurrence = period.occurrence(containing: sample)
        guard occurrence.key == key else { return nil }
        self = occurrence
    }
}
