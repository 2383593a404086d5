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
        current(plans, year: year, place: { "\($0.provinceKey)\u{1F}\($0.communeKey)" }, planYear: \.year)
    }

    /// The same choice over any rows of plans, `place` naming each one's commune (rows of
    /// one place compete) and `planYear` its first year; the rows kept stay in their order.
    static func current<Row>(_ rows: [Row], year: Int, place: (Row) -> String, planYear: (Row) -> Int) -> [Row] {
        let byPlace = Dictionary(grouping: rows.indices) { place(rows[$0]) }
        var chosen: Set<Int> = []
        for (_, indices) in byPlace {
            let years = indices.map { planYear(rows[$0]) }
            let year = years.filter { $0 <= year }.max() ?? years.min() ?? year
            for index in indices where planYear(rows[index]) == year { chosen.insert(index) }
        }
        return rows.indices.filter(chosen.contains).map { rows[$0] }
    }
}
