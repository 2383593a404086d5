import Testing
@testable import BDHVSCore

/// Timelines of real task tables that were refused: duties each year from a point ("Quý
/// I/2026 và các năm tiếp theo"), recurring duties with a start, deadlines counted in days
/// from the plan's issue; and what their periods count once loaded.
@Suite struct TimelineStartsTests {
    private static let issued = TimelineParser(planYear: 2025, issuedOn: isoDate("2025-09-01"))
    private static let undated = TimelineParser(planYear: 2025)

    @Test func daysCountedFromTheIssueEndThatManyDaysAfterIt() {
        // The day of issue is not counted (Bộ luật Dân sự, Điều 147): 15 days from 01/09 end on 16/09.
        let cases = [
            ("Trong vòng 15 ngày kể từ ngày ban hành kế hoạch", "2025-09-16"), ("Chậm nhất 30 ngày kể từ ngày ký", "2025-10-01"),
            ("Trong thời hạn 10 ngày sau khi kế hoạch được ban hành", "2025-09-11"),
            ("trong 7 ngay ke tu ngay ke hoach duoc phe duyet", "2025-09-08"), ("Không quá 120 ngày kể từ ngày ký ban hành", "2025-12-30"),
        ]
        #expect(Self.issued.parse("Trong khoảng 15 ngày kể từ ngày ký") == .success(.due(isoDate("2025-09-16"), start: isoDate("2025-09-01"), tentative: true)))
        for (phrase, deadline) in cases {
            #expect(Self.issued.parse(phrase) == .success(.due(isoDate(deadline), start: isoDate("2025-09-01"), tentative: false)), "\(phrase)")
        }
    }

    @Test func daysFromAnIssueNobodyDatedAreAskedFor() throws {
        let problem = try #require(Self.undated.parse("Trong vòng 15 ngày kể từ ngày ban hành kế hoạch").failure)
        #expect(problem.id == "timeline.issue-date-missing")
        #expect(problem.offset == nil)
        #expect(problem.text(.en) == "'Trong vòng 15 ngày kể từ ngày ban hành kế hoạch' counts 15 days from the plan's issue, "
            + "but the plan does not give its date; write it under 'document: date', or give the task a 'deadline'")
        #expect(problem.text(.vi) == "'Trong vòng 15 ngày kể từ ngày ban hành kế hoạch' tính 15 ngày từ ngày ban hành kế hoạch, "
            + "nhưng kế hoạch không ghi ngày ban hành; cần ghi ngày ban hành ở 'document: date', hoặc ghi 'deadline' cho nhiệm vụ")
    }

    @Test func workingDaysAreRefusedAtTheirNumber() throws {
        let problem = try #require(Self.issued.parse("Trong vòng 15 ngày làm việc kể từ ngày ban hành kế hoạch").failure)
        #expect(problem.id == "timeline.working-days")
        #expect(problem.offset == 11)
        #expect(problem.text(.en).hasPrefix("'Trong vòng 15 ngày làm việc kể từ ngày ban hành kế hoạch' counts working days"))
    }

    @Test func aDeadlinePastTheSupportedYearsIsRefused() throws {
        let late = TimelineParser(planYear: 2200, issuedOn: isoDate("2200-12-20"))
        let problem = try #require(late.parse("Trong vòng 30 ngày kể từ ngày ký").failure)
        #expect(problem.id == "timeline.impossible-date")
        #expect(problem.text(.en) == "impossible date 'Trong vòng 30 ngày kể từ ngày ký': year 2201 is outside the supported years 1900 to 2200")
    }

    @Test func startsThatDoNotExistAreReportedAtThem() throws {
        let problem = try #require(Self.undated.parse("Hằng quý, từ quý 5/2025").failure)
        #expect(problem.id == "timeline.impossible-date")
        #expect(problem.offset == 13)
        let yearly = try #require(Self.undated.parse("Tháng 13/2025 và hằng năm").failure)
        #expect(yearly.id == "timeline.impossible-date")
        #expect(yearly.offset == 0)
    }

    @Test func formsThatStillSayNothingOfTimeAreRefused() {
        // "Theo kế hoạch" may be this plan's own; external forms with words of time say more than "someone else".
        for phrase in ["Theo kế hoạch", "Theo lịch", "Theo văn bản", "Theo kế hoạch của địa phương", "Hằng quý, từ Quý III/2025)",
                       "Trong vòng 0 ngày kể từ ngày ký", "Cuối", "Hằng quý và đột xuất tháng 9", "ngày 15 tháng cuối năm", "Khi có yêu cầu trong tháng 9", "Hằng quý và theo kế hoạch từ",
                       "Từ tháng 9/2025 đến, hằng tháng", "Theo kế hoạch của tỉnh, từ năm 2026"] {
            #expect(Self.undated.parse(phrase).failure?.kind == .notUnderstood, "\(phrase)")
        }
    }

    private static let plan = """
        format: 1
        id: tu-nam-2026
        title: Kế hoạch thử nghiệm giai đoạn 2025 - 2027
        commune: Thử Nghiệm
        commune_kind: xã
        province: Quảng Ngãi
        years: 2025 - 2027
        issuer: UBND xã Thử Nghiệm
        document:
          number: 01/KH-UBND
          date: 01/09/2025
        agencies:
          - id: vhxh
            name: Phòng Văn hóa - Xã hội
        tasks:
          - id: nv1
            title: Đánh giá kỹ năng số đầu năm
            lead: vhxh
            timeline: Quý I/2026 và các năm tiếp theo
          - id: nv2
            title: Báo cáo kết quả hằng quý
            lead: vhxh
            timeline: Hằng quý, bắt đầu từ Quý III/2025
          - id: nv3
            title: Rà soát danh sách người dân
            lead: vhxh
            timeline: Trong vòng 15 ngày kể từ ngày ban hành kế hoạch
          - id: nv4
            title: Tổng kết hằng năm
            lead: vhxh
            timeline: Hằng năm, từ năm 2026

        """

    private static func store() throws -> TaskStore { try StoreFixture.store(loading: plan) }

    /// Each duty as "id past/done current-key".
    private static func recurring(_ store: TaskStore, asOf: String) throws -> [String] {
        try store.status(PlanScope(plan: "tu-nam-2026"), asOf: isoDate(asOf)).recurring.map {
            "\($0.id) \($0.occurrences.past)/\($0.occurrences.done) \($0.occurrences.current?.key ?? "-")"
        }
    }

    @Test func periodsCountFromTheStartWrittenNotFromThePlan() throws {
        let store = try Self.store()
        // Before 2026 the yearly duties have no period; the quarterly one counts from Q3/2025.
        #expect(try Self.recurring(store, asOf: "2025-12-01") == ["nv1 0/0 -", "nv2 1/0 2025-Q4", "nv4 0/0 -"])
        #expect(try Self.recurring(store, asOf: "2026-04-01") == ["nv1 1/0 -", "nv2 3/0 2026-Q2", "nv4 0/0 2026"])
        #expect(try Self.recurring(store, asOf: "2027-12-31") == ["nv1 2/0 -", "nv2 9/0 2027-Q4", "nv4 1/0 2027"])
        let detail = try store.detail(task: "nv1", plan: "tu-nam-2026", asOf: isoDate("2026-04-01"))
        #expect(detail.start == isoDate("2026-01-01"))
        #expect(detail.recurrence == .yearlyOn(DayOfYear(month: 3, day: 31)!))
        let dated = try store.detail(task: "nv3", plan: "tu-nam-2026", asOf: isoDate("2025-09-20"))
        #expect(dated.planDeadline == isoDate("2025-09-16"))
    }

    @Test func theCalendarStartsAtTheFirstPeriodOfTheDuty() throws {
        let store = try Self.store()
        let events = try store.calendarEvents(plan: "tu-nam-2026", agency: nil, asOf: isoDate("2025-10-01"))
        let view = events.map { "\($0.uid) \($0.date.iso) \($0.recurrence?.rawValue ?? "-") \($0.until?.iso ?? "-")" }
        #expect(view == ["tu-nam-2026-nv1@bdhvs 2026-03-31 yearly:03-31 2027-03-31", "tu-nam-2026-nv2@bdhvs 2025-09-30 quarterly 2027-12-31",
                         "tu-nam-2026-nv3@bdhvs 2025-09-16 - -", "tu-nam-2026-nv4@bdhvs 2026-12-31 yearly 2027-12-31"])
    }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

/// Rounds that go back in time, or whose point does not exist, are reported where they are.
@Suite struct TimelinePhasesProblemTests {
    @Test func aRoundBeforeTheOneBeforeItIsAReversedRange() throws {
        guard case .failure(let problem) = TimelineParser(planYear: 2025).parse("Đợt 1: tháng 8/2025; đợt 2: tháng 12/2025; đợt 3: tháng 10/2025") else {
            Issue.record("understood")
            return
        }
        #expect(problem.id == "timeline.range-reversed")
    }

    @Test func roundsBackInTimeAreAReversedRange() throws {
        guard case .failure(let problem) = TimelineParser(planYear: 2025).parse("Đợt 1: tháng 11/2025; đợt 2: tháng 8/2025") else {
            Issue.record("understood")
            return
        }
        #expect(problem.id == "timeline.range-reversed")
        #expect(problem.offset == 0)
        guard case .failure(let impossible) = TimelineParser(planYear: 2025).parse("Đợt 1: tháng 8/2025; đợt 2: tháng 13/2025") else {
            Issue.record("understood")
            return
        }
        #expect(impossible.text(.en) == "impossible date 'tháng 13/2025': there is no month 13; months run from 1 to 12")
        #expect(impossible.offset == 28)
    }
}

/// A plan for next year is often issued in December: work due after its issue is no year typed wrong.
@Suite struct DeadlineAfterIssueTests {
    private static func plan(_ timeline: String) -> String {
        """
        format: 1
        id: nam-2026
        title: Kế hoạch năm 2026
        commune: Thử Nghiệm
        commune_kind: xã
        province: Quảng Ngãi
        year: 2026
        issuer: UBND xã Thử Nghiệm
        document:
          number: 90/KH-UBND
          date: 20/12/2025
        agencies:
          - id: vhxh
            name: Phòng Văn hóa - Xã hội
        tasks:
          - id: nv1
            title: Rà soát danh sách
            lead: vhxh
            timeline: \(timeline)

        """
    }

    @Test func aDeadlineAfterTheIssueIsNotWarnedOf() throws {
        for timeline in ["Trong vòng 7 ngày kể từ ngày ban hành kế hoạch", "Tháng 12/2025"] {
            let outcome = PlanLoader.check(text: Self.plan(timeline), file: "nam-2026.yaml")
            #expect(outcome.diagnostics.map(\.description) == [], "\(timeline)")
            #expect(outcome.plan?.tasks.first?.schedule?.deadline == isoDate(timeline.hasPrefix("Trong") ? "2025-12-27" : "2025-12-31"))
        }
    }

    @Test func aDeadlineBeforeTheIssueStillIs() {
        let outcome = PlanLoader.check(text: Self.plan("Tháng 8/2025"), file: "nam-2026.yaml")
        #expect(outcome.diagnostics.map(\.description) == [
            "nam-2026.yaml:19:15: warning: task 'nv1' is due 31/08/2025, before 2026, the plan's first year; check the year (the task is overdue from the start)",
        ])
    }
}
