import Foundation
import Testing
@testable import BDHVSCore

/// Spending whose total for a plan passes what bdhvs can add up (`Int64.max` đồng) is
/// refused when it is written, by `budget spend` as by a CSV import (the whole file, at the
/// amount's line and column). Accepted before, it made the plan's budget, report and export,
/// and the province's synthesis, fail until someone undid it.
@Suite struct SpendingTotalLimitTests {
    static let plan = RecordsFixture.nghiaGiangKey
    static let asOf = isoDate("2025-12-31")
    /// The largest amount one spending may have: 10^15 đồng.
    static let most = RecordLimits.amount.upperBound

    /// `rows` spending of nv1 from nsnn, one a line, of `amount` each.
    static func csv(_ rows: Int, amount: String = "1.000.000.000.000.000") -> String {
        "task,date,amount,source\n" + String(repeating: "nv1,09/10/2025,\(amount),nsnn\n", count: rows)
    }

    /// A store whose plan has 9.223 disbursements of 10^15 đồng: 9.223.000.000.000.000.000.
    static func nearlyFull() throws -> TaskStore {
        let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
        let summary = try store.importCSV(csv(9_223), file: "kinh-phi.csv", by: "Lan", recordedOn: asOf)
        #expect(summary.rows == 9_223)
        return store
    }

    @Test func aSpendingPastTheTotalIsRefusedNamingItsAmount() throws {
        let store = try Self.nearlyFull()
        // On the other source: the plan's total over all sources is what passes.
        let refusal = #expect(throws: RecordRefusal.self) {
            try store.pay("nv1", Self.most, source: "xhh", "2025-10-10")
        }
        #expect(refusal?.text(.en) == "the amount 1.000.000.000.000.000 đồng would take the total disbursed under plan 'nghia-giang-2025' "
                + "(9.223.000.000.000.000.000 đồng so far) past the largest number bdhvs can add up (9.223.372.036.854.775.807); it is not recorded")
        #expect(refusal?.text(.vi) == "số tiền 1.000.000.000.000.000 đồng làm tổng số tiền giải ngân của kế hoạch 'nghia-giang-2025' "
                + "(đã có 9.223.000.000.000.000.000 đồng) vượt quá số lớn nhất bdhvs cộng được (9.223.372.036.854.775.807); khoản chi này không được ghi")
        #expect(refusal?.failure == .invalidInput)
        // Up to the largest number exactly is recorded, and the budget still adds up.
        try store.pay("nv1", 372_036_854_775_807, source: "xhh", "2025-10-10")
        let budget = try store.budget(PlanScope(plan: Self.plan), asOf: Self.asOf)
        #expect(budget.disbursed == Int64.max)
        #expect(budget.sources.map(\.disbursed) == [9_223_000_000_000_000_000, 372_036_854_775_807])
        // Settlements are added up on their own.
        try store.pay("nv1", Self.most, "2025-10-10", kind: .settled)
        #expect(try store.budget(PlanScope(plan: Self.plan), asOf: Self.asOf).settled == Self.most)
        #expect(throws: RecordRefusal.self) { try store.pay("nv1", 1, "2025-10-11") }
    }

    @Test func aCSVFilePastTheTotalIsRefusedAtTheAmountAndNothingIsRecorded() throws {
        let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
        do {
            _ = try store.importCSV(Self.csv(9_224), file: "kinh-phi.csv", by: "Lan", recordedOn: Self.asOf)
            Issue.record("the import was accepted")
        } catch let error as ImportError {
            #expect(error.diagnostics.map(\.description) == [
                "kinh-phi.csv:9225:16: error: the amount 1.000.000.000.000.000 đồng would take the total disbursed under plan 'nghia-giang-2025' "
                    + "(9.223.000.000.000.000.000 đồng so far) past the largest number bdhvs can add up (9.223.372.036.854.775.807); it is not recorded",
            ])
        }
        #expect(try store.budget(PlanScope(plan: Self.plan), asOf: Self.asOf).disbursed == 0)
        #expect(try RecordsFixture.counts(store) == [0, 0, 0, 0])
    }

    /// Spending written past the total before this check (a database of an older bdhvs):
    /// the plan's budget says so, the province's synthesis, which shows no budget, is drafted.
    @Test func theProvinceSynthesisIsDraftedOverAPlanWhoseSpendingCannotBeAddedUp() throws {
        let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
        try store.write { db in
            let task = try #require(try Int64.fetchOne(db, sql: "SELECT id FROM task ORDER BY id LIMIT 1"))
            for _ in 0..<2 {
                try db.execute(sql: "INSERT INTO spending (task_id, spent_on, amount, source, kind) VALUES (?, '2025-10-09', ?, 'nsnn', 'disbursed')",
                               arguments: [task, Int64.max / 2 + 1])
            }
        }
        #expect(throws: RecordRefusal.totalTooLarge(.amount)) { try store.budget(PlanScope(plan: Self.plan), asOf: Self.asOf) }
        let data = try store.provinceReportData(province: "Quảng Ngãi", asOf: Self.asOf)
        #expect(data.plans.map(\.plan) == [Self.plan])
        // And a further spending is refused: the total is past counting already.
        let refusal = #expect(throws: RecordRefusal.self) { try store.pay("nv1", 1_000, "2025-10-10") }
        #expect(refusal?.text(.en) == "the total disbursed under plan 'nghia-giang-2025' already passes the largest number bdhvs can add up "
                + "(9.223.372.036.854.775.807); undo the wrong record before recording the amount 1.000 đồng")
    }
}

private extension TaskStore {
    func pay(_ task: String, _ amount: Int64, source: String = "nsnn", _ date: String, kind: SpendingInput.Kind = .disbursed) throws {
        try spend(SpendingInput(plan: nil, task: task, amount: amount, source: source, spentOn: isoDate(date), kind: kind, note: nil),
                  by: "Lan", recordedOn: isoDate("2025-12-31"))
    }
}
