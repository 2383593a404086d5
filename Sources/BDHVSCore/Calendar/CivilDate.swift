/// A calendar date with no time of day and no time zone, such as a deadline in a plan.
///
/// Deadlines in a commune's plan are calendar days in Vietnam, not instants, so all
/// arithmetic here is plain integer arithmetic on the proleptic Gregorian calendar
/// (Howard Hinnant's `days_from_civil` and `civil_from_days`). Nothing reads the machine's
/// clock, zone, locale or calendar.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The year, such as 2025.
    public let year: Int
    /// The month, 1 (January) to 12 (December).
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// The fixed UTC offset of Vietnam (Asia/Ho_Chi_Minh): UTC+7, with no daylight saving time.
    public static let vietnamUTCOffsetSeconds = 7 * 3600

    /// The range of years that `init?(year:month:day:)` and the parsers accept.
    static let supportedYears = 1900...2200

    /// Creates a date, or nil when no such day exists (31/02, 29/02 of a common year,
    /// month 13, day 0) or the year is outside 1900...2200.
    public init?(year: Int, month: Int, day: Int) {
        guard Self.supportedYears.contains(year), (1...12).contains(month),
              day >= 1, day <= Self.daysInMonth(year: year, month: month) else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// Creates a date from exactly `yyyy-mm-dd` (four, two and two ASCII digits), or nil.
    public init?(iso: String) {
        // Read from the bytes as they are (a national list parses 75,000 deadlines; copying
        // each into an array first was an allocation apiece).
        guard iso.utf8.count == 10 else { return nil }
        var year = 0, month = 0, day = 0
        for (offset, byte) in iso.utf8.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch offset {
            case ..<4: year = year * 10 + digit
            case ..<7: month = month * 10 + digit
            default: day = day * 10 + digit
            }
        }
        self.init(year: year, month: month, day: day)
    }

    /// Creates a date from `d/m/yyyy` as officials type it in a form ("31/12/2025", "1/9/2025":
    /// one or two ASCII digits of day and month, four of year), or nil.
    public init?(vietnamese text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Creates the date `dayNumber` days after 1970-01-01 (negative numbers are before it).
    ///
    /// Unlike `init?(year:month:day:)` this does not limit the year.
    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(unchecked: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The number of days from 1970-01-01 to this date (negative before 1970).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date written as ISO 8601, `yyyy-mm-dd`, such as "2025-12-31".
    public var iso: String {
        Self.tenCharacters(year, month, day, yearFirst: true) ?? "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// The date written the Vietnamese way, `dd/mm/yyyy`, such as "31/12/2025".
    public var vietnamese: String {
        Self.tenCharacters(year, month, day, yearFirst: false) ?? "\(Self.pad(day, 2))/\(Self.pad(month, 2))/\(Self.pad(year, 4))"
    }

    /// The ISO form, such as "2025-12-31".
    public var description: String { iso }

    /// The date `days` days later (earlier when negative), kept within 0001-01-01 …
    /// 9999-12-31. No date bdhvs keeps comes near either end; a number of days a person types
    /// ("due within 9223372036854775807 days") must neither trap on overflow nor make a
    /// five-digit year, whose ISO text sorts before "2025" and would select nothing.
    public func adding(days: Int) -> CivilDate {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        if overflow { return days < 0 ? Self.earliest : Self.latest }
        return CivilDate(dayNumber: min(max(sum, Self.earliest.dayNumber), Self.latest.dayNumber))
    }

    /// The first and last dates `adding(days:)` reaches: four-digit years.
    static let earliest = CivilDate(unchecked: 1, 1, 1)
    static let latest = CivilDate(unchecked: 9999, 12, 31)

    /// The number of days from this date to `other`: positive when `other` is later.
    public func days(until other: CivilDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// True when `year` has a 29 February: divisible by 4, except centuries not divisible by 400.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` (1...12) of `year`: 28 to 31; 0 for a month outside 1...12.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: return 31
        case 4, 6, 9, 11: return 30
        case 2: return isLeapYear(year) ? 29 : 28
        default: return 0
        }
    }

    /// The last day of `month` (1...12) of `year`, such as 29/02/2028.
    public static func endOfMonth(year: Int, month: Int) -> CivilDate {
        precondition((1...12).contains(month), "month \(month) is outside 1...12")
        return CivilDate(unchecked: year, month, daysInMonth(year: year, month: month))
    }

    /// The last day of `quarter` (1...4) of `year`: 31/3, 30/6, 30/9 or 31/12.
    public static func endOfQuarter(year: Int, quarter: Int) -> CivilDate {
        precondition((1...4).contains(quarter), "quarter \(quarter) is outside 1...4")
        return endOfMonth(year: year, month: quarter * 3)
    }

    /// The calendar date at `epochSeconds` (seconds since 1970-01-01T00:00:00Z) in a zone with
    /// the fixed offset `utcOffsetSeconds`; by default Vietnam's UTC+7.
    public static func today(epochSeconds: Int64, utcOffsetSeconds: Int = 7 * 3600) -> CivilDate {
        let local = epochSeconds + Int64(utcOffsetSeconds)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return CivilDate(dayNumber: Int(days))
    }

    /// Orders dates chronologically.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes a date from its ISO string, such as "2025-12-31".
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as 'yyyy-mm-dd', found '\(text)'")
        }
        self = date
    }

    /// Encodes the date as its ISO string, such as "2025-12-31".
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    /// `yyyy-mm-dd` (`yearFirst`) or `dd/mm/yyyy`, written byte by byte into a text short
    /// enough to need no allocation (a bulk replay writes a few dates for every change, and
    /// padding three numbers made a dozen texts each time); nil for a year out of 0…9999.
    private static func tenCharacters(_ year: Int, _ month: Int, _ day: Int, yearFirst: Bool) -> String? {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else { return nil }
        return String(unsafeUninitializedCapacity: 10) { bytes in
            func put(_ value: Int, _ width: Int, at start: Int) {
                var rest = value
                for offset in stride(from: width - 1, through: 0, by: -1) {
                    bytes[start + offset] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            if yearFirst {
                put(year, 4, at: 0); bytes[4] = UInt8(ascii: "-"); put(month, 2, at: 5); bytes[7] = UInt8(ascii: "-"); put(day, 2, at: 8)
            } else {
                put(day, 2, at: 0); bytes[2] = UInt8(ascii: "/"); put(month, 2, at: 3); bytes[5] = UInt8(ascii: "/"); put(year, 4, at: 6)
            }
            return 10
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
        return value < 0 ? "-" + padded : padded
    }
}
