/// A checked indicator (chỉ tiêu). Values are kept in tenths of their unit (percentage
/// points for a percentage, units for a count), so one decimal is exact and no
/// floating point reaches a comparison.
public struct PlanIndicator: Sendable, Equatable {
    /// A percentage, a count (whole), or an index with one decimal ("HDI > 0,7", a rank).
    public enum Kind: String, Sendable, Codable { case percent, count, index }

    /// The target of a later year.
    public struct Horizon: Sendable, Equatable, Codable {
        public var year: Int
        public var target: IndicatorTarget
    }

    public var id: String
    public var name: String
    public var kind: Kind
    /// What a percentage is of (its denominator), or what a count counts.
    public var of: String?
    public var unit: String?
    /// The year's target, in tenths: 85,5% is 855; 62 teams is 620 (the low end of a range).
    public var targetTenths: Int
    public var targetGroup: String?
    public var task: String?
    /// The year's target with its direction and range.
    public var target: IndicatorTarget = IndicatorTarget(lowTenths: 0)
    /// Targets of later years, by year.
    public var horizons: [Horizon] = []
    /// The agency id of the body that monitors it.
    public var monitor: String? = nil
}

extension PlanIndicator {
    /// Tenths of `value` when it has at most one decimal; nil otherwise.
    static func tenths(_ value: Double) -> Int? {
        // Finite and well inside Int: a value out of the schema's range never traps here.
        guard value.isFinite else { return nil }
        let scaled = (value * 10).rounded()
        guard abs(scaled) < 1e15, abs(value * 10 - scaled) < 1e-6 else { return nil }
        return Int(scaled)
    }
}
