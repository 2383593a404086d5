/// Duties due on a day of each month, quarter or half year: "Ngày 25 hằng tháng", "trước ngày
/// 25 hằng tháng" (the 24th), "ngày 15 hằng quý", "Trước ngày 15/6 và 15/12 hằng năm".
///
/// The day falls in the period's last month, so each period's duty is due inside the period,
/// as every recurring duty is (DOMAIN §4: "each period has its own deadline at its end"):
/// "ngày 15 hằng quý" is due 15/03, 15/06, 15/09 and 15/12. Officials' quarterly reports are
/// made so: Nghị định 09/2019/NĐ-CP closes a quarter's figures on the 14th of its last month
/// and the report follows within days; reading it as the 15th of the month after the quarter
/// would put each quarter's duty in the next quarter. "15/6 và 15/12 hằng năm" is the same
/// day of the halves' last months; two days a year in other months are not read.
///
/// A day after it in its period belongs to the same period, done late, as for a duty due on a
/// day each year (`yearlyOn`). The stored names stay within the task table's check (migration
/// v5 allows 'yearly:[01][0-9]-[0-3][0-9]'), as the duties of Tết do, so that the database's
/// schema and the packages that carry its tables do not change: month 13 is every month, 14
/// the last month of every quarter, 15 the last month of every half year.
extension RecurrencePeriod {
    /// The code in the stored name of a period of `months` months.
    private static let dayOfPeriodCodes = [1: 13, 3: 14, 6: 15]

    /// "yearly:13-25" for day 25 of every month, …
    static func dayOfPeriodRaw(months: Int, day: Int) -> String {
        "yearly:\(dayOfPeriodCodes[months] ?? 0)-\(day < 10 ? "0" : "")\(day)"
    }

    /// The period a stored name "yearly:13-DD", "yearly:14-DD" or "yearly:15-DD" names; nil
    /// for any other name, or a day outside 1...31.
    static func dayOfPeriod(named rawValue: String) -> RecurrencePeriod? {
        guard rawValue.count == 12, rawValue.hasPrefix("yearly:1"),
              let code = Int(rawValue.dropFirst(7).prefix(2)), rawValue.dropFirst(9).first == "-",
              let months = dayOfPeriodCodes.first(where: { $0.value == code })?.key,
              let day = Int(rawValue.suffix(2)), (1...31).contains(day) else { return nil }
        return .dayOfPeriod(months: months, day: day)
    }

    /// The period of `months` months that contains `date`, due on `day` of its last month.
    static func dayOfPeriodOccurrence(containing date: CivilDate, months: Int, day: Int) -> Occurrence {
        let index = (date.month - 1) / months
        let first = index * months + 1, last = first + months - 1
        let start = CivilDate(year: date.year, month: first, day: 1)!
        let monthEnd = CivilDate.endOfMonth(year: date.year, month: last)
        let end = monthEnd.adding(days: min(day, monthEnd.day) - monthEnd.day)
        let key: String
        switch months {
        case 3: key = "\(date.year)-Q\(index + 1)"
        case 6: key = "\(date.year)-H\(index + 1)"
        default: key = "\(date.year)-\(first < 10 ? "0" : "")\(first)"
        }
        return Occurrence(key: key, start: start, end: end)
    }
}
