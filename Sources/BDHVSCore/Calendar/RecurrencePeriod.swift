/// A day of the year a yearly duty falls due, such as 10/10 ("ngày 10/10 hằng năm").
///
/// A day past the end of its month in some years (29/02, or 31 for "tháng 2 hằng năm",
/// meaning its last day) falls on the month's last day in those years.
public struct DayOfYear: Hashable, Sendable {
    /// The month, 1...12.
    public let month: Int
    /// The day, 1...31; at most the month's length in a leap year.
    public let day: Int

    /// The day of the year, or nil when it exists in no year (31/04, 30/02, month 13).
    public init?(month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysInMonth(year: 2000, month: month) else { return nil }
        self.month = month
        self.day = day
    }

    /// This day in `year`, the month's last day when the month is shorter that year.
    public func date(in year: Int) -> CivilDate {
        let last = CivilDate.endOfMonth(year: year, month: month)
        return last.adding(days: min(day, last.day) - last.day)
    }
}

/// How often a recurring duty ("Hằng tháng", "hằng quý", …) falls due.
///
/// Stored by its `rawValue`: "daily", "weekly", "monthly", "quarterly", "half_yearly",
/// "yearly", "yearly:MM-DD" for a duty due on a given day each year, "yearly:00-00" /
/// "yearly:00-01" for one due before Tết / at Tết each year (`yearlyTet`), and "yearly:13-DD",
/// "yearly:14-DD", "yearly:15-DD" for one due on a day of each month, quarter or half year
/// (`dayOfPeriod`).
public enum RecurrencePeriod: Hashable, Sendable, CaseIterable, RawRepresentable, Codable {
    /// "Hằng ngày": every day.
    case daily
    /// "Hằng tuần": every week.
    case weekly
    /// "Hằng tháng": every month, due on its last day.
    case monthly
    /// "Hằng quý": every quarter, due on its last day.
    case quarterly
    /// "6 tháng", "định kỳ 6 tháng": every half year, due on 30 June and 31 December.
    case halfYearly
    /// "Hằng năm": every year, due on 31 December.
    case yearly
    /// "ngày 10/10 hằng năm": every year, due on that day.
    case yearlyOn(DayOfYear)
    /// "Trước Tết hằng năm" (`beforeTet` true: due the day before Tết Nguyên đán, as
    /// "Trước Tết" is read), "Dịp Tết Nguyên đán hằng năm" (due on Tết): every year, the
    /// year's duty due at the Tết that ends it (`TetRecurrence`).
    case yearlyTet(beforeTet: Bool)
    /// "Ngày 25 hằng tháng" (`months` 1), "ngày 15 hằng quý" (3), "ngày 15/6 và 15/12 hằng
    /// năm" (6): every month, quarter or half year, due on `day` of its last month (the
    /// month's last day when it is shorter). See `RecurrenceDayOfPeriod`.
    case dayOfPeriod(months: Int, day: Int)

    /// The periods of fixed length (a yearly duty on a given day is one per day of the year).
    public static let allCases: [RecurrencePeriod] = [.daily, .weekly, .monthly, .quarterly, .halfYearly, .yearly]

    /// The stored name: "monthly", "half_yearly", "yearly:10-10", …
    public var rawValue: String {
        switch self {
        case .daily: return "daily"
        case .weekly: return "weekly"
        case .monthly: return "monthly"
        case .quarterly: return "quarterly"
        case .halfYearly: return "half_yearly"
        case .yearly: return "yearly"
        case .yearlyOn(let day): return "yearly:\(day.month < 10 ? "0" : "")\(day.month)-\(day.day < 10 ? "0" : "")\(day.day)"
        case .yearlyTet(let before): return before ? Self.beforeTetRaw : Self.atTetRaw
        case .dayOfPeriod(let months, let day): return Self.dayOfPeriodRaw(months: months, day: day)
        }
    }

    /// The stored names of the duties of Tết. Month 00 is no month, and the task table's
    /// check (migration v5) allows any 'yearly:[01][0-9]-[0-3][0-9]': Tết itself is day 01
    /// of it (mùng 1), the day before is 00. Kept within that check, so that the database's
    /// schema, and the packages that carry its tables, did not change.
    static let atTetRaw = "yearly:00-01"
    static let beforeTetRaw = "yearly:00-00"

    /// The period a stored name names, or nil.
    public init?(rawValue: String) {
        if let fixed = Self.allCases.first(where: { $0.rawValue == rawValue }) {
            self = fixed
            return
        }
        if rawValue == Self.beforeTetRaw || rawValue == Self.atTetRaw {
            self = .yearlyTet(beforeTet: rawValue == Self.beforeTetRaw)
            return
        }
        if let period = Self.dayOfPeriod(named: rawValue) {
            self = period
            return
        }
        let parts = rawValue.split(separator: ":")
        guard parts.count == 2, parts[0] == "yearly" else { return nil }
        let numbers = parts[1].split(separator: "-")
        guard numbers.count == 2, numbers.allSatisfy({ $0.count == 2 }), let month = Int(numbers[0]), let day = Int(numbers[1]),
              let dayOfYear = DayOfYear(month: month, day: day) else { return nil }
        self = .yearlyOn(dayOfYear)
    }

    /// Decodes the stored name.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = RecurrencePeriod(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown recurrence '\(text)'")
        }
        self = period
    }

    /// Encodes the stored name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// How many days a period lasts at most, to choose the most frequent of several
    /// ("định kỳ 6 tháng, hằng năm" reports every half year: the yearly report is the second).
    var longestDays: Int {
        switch self {
        case .daily: return 1
        case .weekly: return 7
        case .monthly, .dayOfPeriod(months: 1, _): return 31
        case .quarterly, .dayOfPeriod(months: 3, _): return 92
        case .halfYearly, .dayOfPeriod: return 184
        case .yearly, .yearlyOn: return 366
        case .yearlyTet: return 385
        }
    }
}
