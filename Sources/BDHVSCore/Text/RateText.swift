/// A ratio shown as a percentage beside its target, the one way results, indicator lists,
/// confirmations and reports write it. One decimal as everywhere ("79,9%"), except where
/// rounding would tell the verdict wrong: 7.999/10.000 rounds to "80%", which reads as
/// meeting a target of 80% that the ratio does not meet. There the figure gets one more
/// decimal, rounded toward its exact side of the target ("79,99%"); JSON keeps the exact
/// numerator and denominator.
enum RateText {
    /// `numerator / denominator` as a percentage with a decimal comma and no sign
    /// ("79,9", "79,99", "100"), judged against `target` when there is one; nil without a
    /// denominator or when the figures are too large to scale.
    static func percent(numerator: Int64, denominator: Int64, target: IndicatorTarget?) -> String? {
        guard denominator > 0, numerator >= 0 else { return nil }
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: 10_000)
        guard !overflow else { return nil }
        // In hundredths of a percent, rounded down and up; tenths rounded half up.
        let down = scaled / denominator, up = down + (scaled % denominator == 0 ? 0 : 1)
        let tenths = (scaled / 10 + denominator / 2) / denominator
        guard let target else { return Numbers.tenths(Int(tenths)) }
        let exact = target.isMet(numerator: Int(numerator), denominator: Int(denominator))
        guard exact != target.isMet(valueTenths: Int(tenths)) else { return Numbers.tenths(Int(tenths)) }
        // The exact ratio is on the other side of the target than its rounding: hundredths
        // taken toward it stay there (the target is in tenths).
        let higherMeets = target.direction == .atLeast || target.direction == .above
        return hundredths(exact == higherMeets ? up : down)
    }

    /// 7999 → "79,99".
    private static func hundredths(_ value: Int64) -> String {
        let fraction = value % 100
        return Numbers.grouped(value / 100) + "," + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
