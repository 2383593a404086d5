/// A report period that has not begun on the day the report is drafted as of (quý I năm
/// 2026 as of 31/12/2025): there is nothing of it to report, and a report drafted anyway
/// reads as if the period had passed with nothing done.
public struct ReportPeriodNotBegun: UserFacingError, Equatable {
    public var period: ReportPeriod
    public var asOf: CivilDate
    public var failure: FailureKind { .invalidInput }
    public var id: String { "report.period-not-begun" }

    /// Refuses `period` when it begins after `asOf`.
    static func check(_ period: ReportPeriod?, asOf: CivilDate) throws {
        if let period, period.start > asOf { throw ReportPeriodNotBegun(period: period, asOf: asOf) }
    }

    public func text(_ language: Language) -> String {
        language.pick("kỳ báo cáo \(period.name(.vi)) bắt đầu từ ngày \(period.start.vietnamese), chưa bắt đầu tính đến ngày \(asOf.vietnamese); "
                      + "hãy kiểm tra lại kỳ báo cáo hoặc --as-of",
                      "the report period \(period.name(.en)) begins on \(period.start.vietnamese), after \(asOf.vietnamese), the day the report is "
                      + "drafted as of; check the period or --as-of")
    }
}
