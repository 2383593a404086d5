/// What `results` asks: the plans in scope, the breakdown, and the day that counts.
public struct ResultsQuery: Sendable, Equatable {
    public var scope: PlanScope
    /// One row per village, commune or province; nil for none.
    public var by: ResultsRow.Level?
    public var asOf: CivilDate

    public init(scope: PlanScope, by: ResultsRow.Level? = nil, asOf: CivilDate) {
        self.scope = scope
        self.by = by
        self.asOf = asOf
    }
}

extension ResultsQuery {
    /// The plans that count for each commune when no plan is named: its plan of the
    /// as-of year, else its latest earlier one, else its earliest (a commune with a 2025
    /// and a 2026 plan counts once, never twice).
    static func current(_ plans: [PlanPlaceRow], year: Int) -> [PlanPlaceRow] {
        let byCommune = Dictionary(grouping: plans) { "\($0.provinceKey)\u{1F}\($0.communeKey)" }
        var chosen: Set<Int64> = []
        for (_, communePlans) in byCommune {
            let years = communePlans.map(\.year)
            let year = years.filter { $0 <= year }.max() ?? years.min() ?? year
            for plan in communePlans where plan.year == year { chosen.insert(plan.rowID) }
        }
        return plans.filter { chosen.contains($0.rowID) }
    }
}
