/// An indicator's target as plans state it: a direction ("không thấp hơn 85%", "tối đa 5%",
/// a rank "≤ 50" where lower is better, "trên 85%"), a value or a range ("40 - 50%"), in
/// tenths of the unit so that one decimal ("HDI > 0,7") is exact.
public struct IndicatorTarget: Sendable, Equatable, Codable {
    /// Which side of the value meets the target.
    public enum Direction: String, Sendable, Codable {
        /// "không thấp hơn", "tối thiểu", "ít nhất", "≥", or a bare value: the value or more.
        case atLeast = "at_least"
        /// "trên", "hơn", ">": more than the value.
        case above
        /// "tối đa", "không quá", "không vượt quá", "≤", "top": the value or less.
        case atMost = "at_most"
        /// "dưới", "<": less than the value.
        case below
    }

    public var direction: Direction
    /// The value, or the low end of a range, in tenths.
    public var lowTenths: Int
    /// The high end of a range ("40 - 50%"), in tenths.
    public var highTenths: Int?

    public init(direction: Direction = .atLeast, lowTenths: Int, highTenths: Int? = nil) {
        self.direction = direction
        self.lowTenths = lowTenths
        self.highTenths = highTenths
    }

    enum CodingKeys: String, CodingKey { case direction, lowTenths = "low_tenths", highTenths = "high_tenths" }

    /// Whether a value of `valueTenths` meets the target. A range is met once its low end
    /// is reached (a value past its high end exceeds it); a rank "≤ 50" is met by 50 and
    /// not by 60.
    public func isMet(valueTenths: Int) -> Bool {
        compare(valueTenths.multipliedFullWidth(by: 1), lowTenths.multipliedFullWidth(by: 1))
    }

    /// The same for a ratio `numerator / denominator` of a percentage, compared exactly
    /// (numerator × 1000 against target × denominator, in full width: nothing overflows).
    public func isMet(numerator: Int, denominator: Int) -> Bool {
        compare(numerator.multipliedFullWidth(by: 1000), lowTenths.multipliedFullWidth(by: denominator))
    }

    private func compare(_ left: (high: Int, low: UInt), _ right: (high: Int, low: UInt)) -> Bool {
        let l = (left.high, left.low), r = (right.high, right.low)
        switch direction {
        case .atLeast: return l >= r
        case .above: return l > r
        case .atMost: return l <= r
        case .below: return l < r
        }
    }

    /// The target as listings show it, with `value` writing a number of tenths:
    /// "85%", "≥ 85%", "> 0,7", "≤ 50", "40–50%".
    public func text(_ value: (Int) -> String, suffix: String = "") -> String {
        if let high = highTenths { return value(lowTenths) + "–" + value(high) + suffix }
        let sign: String
        switch direction {
        case .atLeast: sign = ""
        case .above: sign = "> "
        case .atMost: sign = "≤ "
        case .below: sign = "< "
        }
        return sign + value(lowTenths) + suffix
    }
}
