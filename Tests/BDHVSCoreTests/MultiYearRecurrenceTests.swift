import Testing
@testable import BDHVSCore

// A yearly duty of a plan for "giai đoạn 2025 - 2030" falls due in every year of the span,
// due as its phrase says ("Hằng năm": 31/12; "ngày 10/10 hằng năm": 10/10), not only in the
// plan's first year.

/// Recurring duties of multi-year plans: one occurrence per period of every year spanned.
@Suite struct MultiYearRecurrenceTests {
    private static let plan = """
        format: 1
        id: giai-doan-2025-2030
        title: Kế hoạch thử nghiệm giai đoạn 2025 - 2030
        commune: Thử Nghiệm
        commune_kind: xã
        province: Quảng Ngãi
        year: 2025
        years: 2025 - 2030
        issuer: UBND xã Thử Nghiệm
        document:
          number: 01/KH-UBND
          date: 15/03/2025
        agencies:
          - id: vhxh
            name: Phòng Văn hóa - Xã hội
        tasks:
          - id: nv1
            title: Tổng kết Phong trào
            lead: vhxh
            timeline: Hằng năm
          - id: nv2
            title: Hưởng ứng Ngày Chuyển đổi số quốc gia
            lead: vhxh
            timeline: ngày 10/10 hằng năm
          - id: nv3
            title: Báo cáo kết quả thực hiện
            lead: vhxh
            timeline: báo cáo định kỳ 6 tháng, hằng năm

        """

    private static func store() throws -> TaskStore {
        let outcome = PlanLoader.check(text: plan, file: "giai-doan.yaml")
        #expect(outcome.diagnostics.map(\.description) == [])
        let store = try TaskStore.inMemory()
        _ = try store.load(try #require(outcome.plan), sourcePath: "giai-doan.yaml")
        return store
    }

    /// Each duty as "id past/done current-key".
    private static func recurring(_ store: TaskStore, asOf: String) throws -> [String] {
        try store.status(PlanScope(plan: "giai-doan-2025-2030"), asOf: isoDate(asOf)).recurring.map {
            "\($0.id) \($0.occurrences.past)/\($0.occurrences.done) \($0.occurrences.current.map { "\($0.key)…\($0.end.iso)" } ?? "-")"
        }
    }

    private static func view(_ occurrence: Occurrence) -> String { "\(occurrence.key) \(occurrence.end.iso)" }

    @Test func everyYearOfTheSpanHasItsOccurrence() {
        #expect(RecurrencePeriod.yearly.occurrences(inYears: 2025...2030).map(Self.view)
            == ["2025 2025-12-31", "2026 2026-12-31", "2027 2027-12-31", "2028 2028-12-31", "2029 2029-12-31", "2030 2030-12-31"])
        let october10 = RecurrencePeriod.yearlyOn(DayOfYear(month: 10, day: 10)!)
        #expect(october10.occurrences(inYears: 2027...2028).map(Self.view) == ["2027 2027-10-10", "2028 2028-10-10"])
        // 29/02 falls on the month's last day in a common year.
        let february29 = RecurrencePeriod.yearlyOn(DayOfYear(month: 2, day: 29)!)
        #expect(february29.occurrences(inYears: 2027...2029).map(Self.view) == ["2027 2027-02-28", "2028 2028-02-29", "2029 2029-02-28"])
        #expect(RecurrencePeriod.halfYearly.occurrences(inYears: 2025...2026).map(\.key) == ["2025-H1", "2025-H2", "2026-H1", "2026-H2"])
        #expect(RecurrencePeriod.monthly.occurrences(inYears: 2025...2030).count == 72)
        #expect(RecurrencePeriod.yearly.occurrences(inYears: 2026...2026).map(\.key) == ["2026"])
    }

    @Test func aWeekAcrossNewYearIsOneOccurrence() {
        let weeks = RecurrencePeriod.weekly.occurrences(inYears: 2026...2027)
        #expect(weeks.filter { $0.key == "2026-W53" }.count == 1)
        #expect(weeks.first.map(Self.view) == "2026-W01 2026-01-04")
        #expect(weeks.last.map(Self.view) == "2027-W52 2028-01-02")
        #expect(weeks.count == 53 + 52)
        #expect(zip(weeks, weeks.dropFirst()).allSatisfy { $0.end.adding(days: 1) == $1.start })
    }

    @Test func aKeyIsKnownInEveryYearOfTheSpan() {
        #expect(RecurrencePeriod.yearly.occurrence(key: "2028", inYears: 2025...2030).map(Self.view) == "2028 2028-12-31")
        #expect(RecurrencePeriod.yearly.occurrence(key: "2031", inYears: 2025...2030) == nil)
        #expect(RecurrencePeriod.monthly.occurrence(key: "2029-02", inYears: 2025...2030).map(Self.view) == "2029-02 2029-02-28")
        #expect(ClosedRange.planYears(first: 2025, last: nil) == 2025...2025)
        #expect(ClosedRange.planYears(first: 2025, last: 2030) == 2025...2030)
        #expect(ClosedRange.planYears(first: 2025, last: 2024) == 2025...2025)
    }

    @Test func statusIn2026CountsTheDutiesOf2025AsPast() throws {
        let store = try Self.store()
        // Issued on 15/03/2025: the first half of 2025 counts (it ends after the issue date).
        #expect(try Self.recurring(store, asOf: "2026-03-01") == [
            "nv1 1/0 2026…2026-12-31",
            "nv2 1/0 2026…2026-10-10",
            "nv3 2/0 2026-H1…2026-06-30",
        ])
        let totals = try store.status(PlanScope(plan: "giai-doan-2025-2030"), asOf: isoDate("2026-03-01")).occurrences
        #expect(totals == OccurrenceTotals(past: 4, done: 0, missed: 4, currentOpen: 3))
    }

    @Test func statusIn2028CountsEveryYearSince2025() throws {
        let store = try Self.store()
        #expect(try Self.recurring(store, asOf: "2028-11-01") == [
            "nv1 3/0 2028…2028-12-31",
            "nv2 4/0 -",
            "nv3 7/0 2028-H2…2028-12-31",
        ])
        // The 2027 yearly report, done late in 2028, and 10/10/2028 done on the day.
        try store.markDone("nv1", on: "2028-01-20", period: "2027")
        try store.markDone("nv2", on: "2028-10-10", period: "2028")
        #expect(try Self.recurring(store, asOf: "2028-11-01") == [
            "nv1 3/1 2028…2028-12-31",
            "nv2 4/1 -",
            "nv3 7/0 2028-H2…2028-12-31",
        ])
        let totals = try store.status(PlanScope(plan: "giai-doan-2025-2030"), asOf: isoDate("2028-11-01")).occurrences
        #expect(totals == OccurrenceTotals(past: 14, done: 2, missed: 12, currentOpen: 2))
        let detail = try store.detail(task: "nv1", plan: nil, asOf: isoDate("2028-11-01"))
        #expect(detail.occurrences.map { [$0.past, $0.done, $0.missed] } == [3, 1, 2])
        // After the span, nothing is current any more and every year has passed.
        #expect(try Self.recurring(store, asOf: "2031-06-01") == ["nv1 6/1 -", "nv2 6/1 -", "nv3 12/0 -"])
    }

    @Test func theCalendarRuleRunsToTheEndOfTheSpan() throws {
        let store = try Self.store()
        let events = try store.calendarEvents(plan: "giai-doan-2025-2030", agency: nil, asOf: isoDate("2026-03-01"))
        #expect(events.map { "\($0.uid) \($0.date.iso) \($0.recurrence?.rawValue ?? "-") \($0.until?.iso ?? "-")" } == [
            "giai-doan-2025-2030-nv1@bdhvs 2025-12-31 yearly 2030-12-31",
            "giai-doan-2025-2030-nv2@bdhvs 2025-10-10 yearly:10-10 2030-10-10",
            "giai-doan-2025-2030-nv3@bdhvs 2025-06-30 half_yearly 2030-12-31",
        ])
    }

    @Test func aPeriodOutsideTheSpanIsRefused() throws {
        let store = try Self.store()
        let error = try #require(refusal { try store.markDone("nv1", on: "2028-01-20", period: "2031") })
        #expect(error == .unknownPeriod(task: "nv1", period: "2031", example: "2025"))
    }
}

private func refusal(_ body: () throws -> Any) -> ChangeError? {
    do { _ = try body() } catch let error as ChangeError { return error } catch { Issue.record("unexpected \(error)") }
    return nil
}

private extension TaskStore {
    @discardableResult
    func markDone(_ task: String, on: String, period: String) throws -> ChangeRecord {
        try record(ChangeRequest(plan: nil, task: task, action: .done(period: period), on: isoDate(on), recordedOn: isoDate(on), by: "Lan"))
    }
}
