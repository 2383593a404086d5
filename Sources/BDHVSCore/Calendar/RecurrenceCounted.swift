/// Periods written as a count: "6 tháng/lần", "3 tháng một lần", "1 năm/lần", "02 lần/năm",
/// "1 lần/quý", and after "định kỳ" a number of months alone ("định kỳ 3 tháng"). Each is the
/// calendar's period of that many months, aligned as "hằng quý" is: "6 tháng/lần" and "02
/// lần/năm" are due on 30/06 and 31/12, "3 tháng/lần" at the end of each quarter. A count that
/// is no calendar period ("2 tháng/lần", "5 lần/năm") is not read, and stays refused.
extension TokenStream {
    /// Reads a counted period; `periodic` (after "định kỳ") also allows months with no "lần".
    /// Reads nothing and returns nil when none is written.
    mutating func countedPeriod(periodic: Bool) -> RecurrencePeriod? {
        let start = position
        if let count = number(digits: 1...2) {
            if let unit = unitMonths(), let period = Self.period(months: count * unit) {
                let afterUnit = position
                if perTime() { return period }
                position = afterUnit
                // "định kỳ 6 tháng", not "định kỳ 6 tháng đầu năm".
                if periodic, unit == 1, next.map({ !["dau", "cuoi"].contains($0.text) }) ?? true {
                    return period
                }
            }
            position = start
            _ = number(digits: 1...2)
            if words("lan"), symbol("/") != nil || words("moi") || words("trong", "mot") || words("mot") || words("trong"),
               let unit = unitMonths(), count > 0, unit % count == 0, let period = Self.period(months: unit / count) {
                return period
            }
        }
        position = start
        return nil
    }

    /// Reads "tháng", "quý" or "năm" and returns how many months it lasts.
    private mutating func unitMonths() -> Int? {
        switch oneOf(["thang", "quy", "qui", "nam"]) {
        case "thang": return 1
        case "quy", "qui": return 3
        case "nam": return 12
        default: return nil
        }
    }

    /// Reads "/lần", "một lần", "1 lần" or "mỗi lần".
    private mutating func perTime() -> Bool {
        let start = position
        if symbol("/") != nil || words("mot") || number(digits: 1...1) == 1, words("lan") { return true }
        position = start
        return false
    }

    /// The calendar period of `months` months, or nil when there is none.
    private static func period(months: Int) -> RecurrencePeriod? {
        [1: .monthly, 3: .quarterly, 6: .halfYearly, 12: .yearly][months]
    }
}
