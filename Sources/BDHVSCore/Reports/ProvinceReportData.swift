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
    public func provinceReportData(province: String, asOf: CivilDate, period: ReportPeriod? = nil) throws -> ProvinceReportData {
        let scope = PlanScope(province: province)
        let status = try status(scope, asOf: asOf)
        let activities = try activities(scope, filter: ActivityFilter(from: period?.start, to: asOf))
        let results = try results(ResultsQuery(scope: scope, by: .commune, asOf: asOf))
        return ProvinceReportData(province: status.plans.first?.province ?? province, asOf: asOf, period: period, plans: status.plans,
                                  activities: Dictionary(grouping: activities.activities, by: \.plan), results: results)
    }
}
