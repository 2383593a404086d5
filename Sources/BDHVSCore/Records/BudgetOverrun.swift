/// A funding source whose disbursements have passed its estimate. The spending is kept
/// (money was paid out), and the official is told at once rather than by a negative
/// "remaining" in the year-end report.
public struct BudgetOverrun: LocalizedMessage, Equatable {
    /// The source as the plan names it.
    public var source: String
    public var estimate: Int64
    public var disbursed: Int64
    /// The commune with its kind ("xã Nghĩa Giang") and the plan, when the overrun is one
    /// plan's among several (`BudgetReport.placeOverruns`).
    public var place: String? = nil
    public var plan: String? = nil

    public var id: String { "budget.over-estimate" }

    public func text(_ language: Language) -> String {
        var whose = ""
        if let place {
            whose = place + (plan.map { language.pick(" (kế hoạch \($0))", " (plan \($0))") } ?? "") + ": "
        }
        return whose + sentence(language)
    }

    private func sentence(_ language: Language) -> String {
        let words = RecordWords(language: language)
        let over = words.money(disbursed - estimate)
        let source = source.isEmpty ? language.pick("(chưa ghi nguồn)", "(no source)") : source
        // A source no task gives an estimate: nothing was planned from it, so all of it is over.
        guard estimate > 0 else {
            return language.pick(
                "đã giải ngân \(words.money(disbursed)) từ nguồn '\(source)', nguồn này không có dự toán: chi vượt \(over)",
                "\(words.money(disbursed)) disbursed from '\(source)', which has no estimate: \(over) over")
        }
        return language.pick(
            "đã giải ngân \(words.money(disbursed)) từ nguồn '\(source)', vượt dự toán \(words.money(estimate)) là \(over)",
            "\(words.money(disbursed)) disbursed from '\(source)', \(over) over its estimate of \(words.money(estimate))")
    }
}

extension BudgetReport {
    /// The overrun of the source `source` names (its id or name), or nil when the source
    /// has no estimate or is within it.
    public func overrun(source: String) -> BudgetOverrun? {
        guard let row = sources.first(where: { $0.source == source || $0.name == source }), row.estimate > 0, row.disbursed > row.estimate else {
            return nil
        }
        return BudgetOverrun(source: row.name, estimate: row.estimate, disbursed: row.disbursed)
    }

    /// Every source whose remainder is negative (more disbursed than its estimate, or
    /// money disbursed from a source with none), in the table's order: what `budget show`
    /// warns of beside the table, so that a negative "còn lại" is never left to be noticed.
    /// Over several plans, every plan's source spent past its estimate, named by commune,
    /// even when the sum of the source is within the sum of its estimates.
    public var overruns: [BudgetOverrun] {
        if let placeOverruns { return placeOverruns }
        return sources.filter { $0.remaining < 0 }.map { BudgetOverrun(source: $0.name, estimate: $0.estimate, disbursed: $0.disbursed) }
    }
}
