import GRDB

/// An as-of date before the first year of every plan a reading command covers: a year
/// typed wrong (2024 for a 2025 plan), for which the status, lists and reports answer as if
/// nothing had begun. The answer is still given (an official may ask where things stood
/// before a plan), with this warning beside it; recording on such a date is refused
/// (`ChangeError.dateBeforePlan`), and so is a report period before the plan.
public struct AsOfBeforePlans: LocalizedMessage, Equatable {
    /// The as-of date.
    public var asOf: CivilDate
    /// The plan, when the command covers one; nil for several.
    public var plan: String?
    /// The years of that plan; for several, the earliest first year and the latest last.
    public var years: ClosedRange<Int>
    /// How many plans the command covers.
    public var plans: Int

    public var id: String { "status.as-of-before-plans" }

    public func text(_ language: Language) -> String {
        let first = years.lowerBound
        switch language {
        case .vi:
            let span = years.count == 1 ? "năm \(first)" : "giai đoạn \(first) - \(years.upperBound)"
            let whose = plan.map { "kế hoạch '\($0)' (\(span))" } ?? "\(plans) kế hoạch (sớm nhất bắt đầu năm \(first))"
            let before = plan == nil ? "các kế hoạch" : "kế hoạch"
            return "ngày tính \(asOf.vietnamese) trước thời gian của \(whose); số liệu dưới đây là tình hình trước khi \(before) bắt đầu, hãy kiểm tra lại năm"
        case .en:
            let span = years.count == 1 ? "\(first)" : "\(first) - \(years.upperBound)"
            let whose = plan.map { "plan '\($0)' (\(span))" } ?? "the \(plans) plans (the earliest begins in \(first))"
            let before = plan == nil ? "the plans" : "the plan"
            return "the as-of date \(asOf.vietnamese) is before the time of \(whose); what follows is from before \(before) began: check the year"
        }
    }
}

extension TaskStore {
    /// The warning for `asOf` when it falls before the first year of every plan `scope`
    /// covers, else nil (also when some of them have begun: plans of several years side by
    /// side are normal).
    public func asOfBeforePlans(_ scope: PlanScope, asOf: CivilDate) throws -> AsOfBeforePlans? {
        try read { db in
            let ids = try planIDs(scope, db)
            // Almost always a plan has begun, and EXISTS stops at the first: the totals below
            // read every plan's row (their documents are most of the table), 8 ms for the
            // country's at a million tasks, 69 ms when the file is not in memory yet.
            let begun: SQL = ids.map { "AND id IN \($0)" } ?? ""
            if try SQLRequest<Bool>("SELECT EXISTS (SELECT 1 FROM plan WHERE year <= \(asOf.year) \(begun))").fetchOne(db) == true {
                return nil
            }
            let filter: SQL = ids.map { "WHERE id IN \($0)" } ?? ""
            let request = SQLRequest<Row>("SELECT MIN(year), MAX(COALESCE(last_year, year)), COUNT(*), MIN(key) FROM plan \(filter)")
            guard let row = try request.fetchOne(db), let first: Int = row[0], let last: Int = row[1], asOf.year < first else { return nil }
            let count: Int = row[2]
            return AsOfBeforePlans(asOf: asOf, plan: count == 1 ? row[3] : nil, years: first...max(first, last), plans: count)
        }
    }
}
