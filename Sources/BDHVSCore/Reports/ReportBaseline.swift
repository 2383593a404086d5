import Foundation

/// The figures of a plan as of the day before a periodic report's period: what the period's
/// own numbers are counted from (persons reached in the period = the running total at its
/// end minus the one before its start).
public struct ReportBaseline: Sendable {
    /// The day before the period.
    public var asOf: CivilDate
    public var results: ResultsReport?
    /// The indicators with their latest measurement up to `asOf`.
    public var indicators: [IndicatorRow]
}

extension TaskStore {
    /// The data for a report of `plan` as of `asOf`; for a periodic report, with the figures
    /// as of the day before `period` begins. A period not begun by `asOf` is refused.
    public func reportData(plan: String, asOf: CivilDate, period: ReportPeriod?) throws -> ReportData {
        try ReportPeriodNotBegun.check(period, asOf: asOf)
        var data = try reportData(plan: plan, asOf: asOf)
        if let period, period.end.year < data.document.year {
            throw ReportPeriodBeforePlan(period: period, plan: data.document.id, firstYear: data.document.year)
        }
        if let period {
            let scope = PlanScope(plan: plan)
            let day = period.start.adding(days: -1)
            data.baseline = ReportBaseline(asOf: day, results: try results(ResultsQuery(scope: scope, asOf: day)),
                                           indicators: try indicators(scope, asOf: day))
        }
        return data
    }
}
