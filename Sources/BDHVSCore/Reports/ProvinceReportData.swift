/// What the province's synthesis is drafted from: where each commune's plan stands at the
/// end of the period and the activities each recorded in it. Read through the store.
public struct ProvinceReportData: Sendable {
    /// The province as the plans write it ("Quảng Ngãi").
    public var province: String
    public var asOf: CivilDate
    public var period: ReportPeriod?
    /// One row per plan of the province, as `plan status` counts it.
    public var plans: [PlanStatusRow]
    /// Activities held in the period (or up to the as-of date), by plan id.
    public var activities: [String: [ActivityRow]]
    /// The results per target group (issue 13), with one row per commune.
    public var results: ResultsReport? = nil
}

extension TaskStore {
    /// The data for the synthesis of `province` as of `asOf`, over `period` when given.
    /// Each commune counts once, with its plan of the report's year as `results` chooses
    /// it: a commune that has loaded next year's plan too is not a second commune.
    /// A period not begun by `asOf` is refused.
    public func provinceReportData(province: String, asOf: CivilDate, period: ReportPeriod? = nil) throws -> ProvinceReportData {
        try ReportPeriodNotBegun.check(period, asOf: asOf)
        let scope = PlanScope(province: province)
        let status = try status(scope, asOf: asOf, tallies: true, budget: false)
        let plans = ResultsQuery.current(status.plans, year: asOf.year, place: Self.reportPlace, planYear: \.year)
        let activities = try activities(scope, filter: ActivityFilter(from: period?.start, to: asOf))
        let results = try results(ResultsQuery(scope: scope, by: .commune, asOf: asOf))
        return ProvinceReportData(province: status.plans.first?.province ?? province, asOf: asOf, period: period, plans: plans,
                                  activities: Dictionary(grouping: activities.activities, by: \.plan), results: results)
    }

    /// The commune a plan's row is of, as the store keys it; a plan of no commune (a
    /// province's own) is a place of its own.
    private static func reportPlace(_ row: PlanStatusRow) -> String {
        guard !row.commune.isEmpty else { return "\u{1F}" + row.plan }
        return placeKey(row.province, prefixes: provincePrefixes) + "\u{1F}" + placeKey(row.commune, prefixes: communePrefixes)
    }
}
