import Foundation
import Testing
import BDHVSTestSupport
@testable import BDHVSCore

/// Plans as a new official's editor writes them (sixth QA round).
@Suite struct QARoundSixTests {
    /// A plan indented with tabs was told "invalid YAML: found character that cannot start
    /// any token" at its first such line; it is told that YAML indents with spaces, at the tab
    /// (`DiagnosticsTests` has the tab inside a block).
    @Test func aKeyIndentedWithATabIsToldToUseSpaces() {
        let marked = MarkedText(PlanFixture.variant("province: Quảng Ngãi\n", "1️⃣\tprovince: Quảng Ngãi\n"))
        let place = marked.positions["1️⃣"]!
        #expect(PlanFixture.check(marked.text).diagnostics.map(\.description) == [
            "plan.yaml:\(place.line):\(place.column): error: this line is indented with a tab; YAML allows only spaces for indentation: replace each tab with spaces",
        ])
    }

    /// A tab inside a value is text, as before.
    @Test func aTabInsideAValueIsText() throws {
        let plan = try PlanFixture.plan(PlanFixture.variant("    title: Tập huấn kỹ năng số\n", "    title: Tập huấn\tkỹ năng số\n"))
        #expect(plan.tasks.first { $0.id == "nv2" }?.title == "Tập huấn\tkỹ năng số")
    }

    /// Persons confirmed past the population were refused at the row's first column; the
    /// refusal points at the count.
    @Test func confirmedPastThePopulationIsPlacedAtTheCount() throws {
        let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
        let day = isoDate("2025-12-31")
        _ = try store.importCSV("Nhóm đối tượng;Ngày;Số dân\ncbccvc;01/10/2025;640\n", file: "so-dan.csv", by: "Lan", recordedOn: day)
        do {
            _ = try store.importCSV("Nhóm đối tượng;Ngày;Số người đạt\ncbccvc;15/12/2025;700\n", file: "so-nguoi-dat.csv", by: "Lan", recordedOn: day)
            Issue.record("700 confirmed of 640 was recorded")
        } catch let error as ImportError {
            #expect(error.diagnostics.map(\.description) == [
                "so-nguoi-dat.csv:2:19: error: the persons confirmed (700) outnumber the population (640) of group 'cbccvc' as of 15/12/2025; check both figures",
            ])
        }
    }

    /// "Tháng 8/2019" in a plan of 2025 loaded without a word and made the task overdue by six
    /// years; a deadline before the plan's first year is a warning at the timeline (or the
    /// deadline), and the plan still loads: a task carried over from the year before is real.
    @Test func aDeadlineBeforeThePlansFirstYearIsAWarning() {
        let marked = MarkedText(PlanFixture.variant("    timeline: Tháng 8/2025\n", "    timeline: 1️⃣Tháng 8/2019\n"))
        let place = marked.positions["1️⃣"]!
        let outcome = PlanFixture.check(marked.text)
        #expect(outcome.plan?.tasks.first { $0.id == "nv1" }?.deadline == CivilDate(year: 2019, month: 8, day: 31))
        #expect(outcome.diagnostics.map(\.description) == [
            "plan.yaml:\(place.line):\(place.column): warning: task 'nv1' is due 31/08/2019, before 2025, the plan's first year; check the year (the task is overdue from the start)",
        ])
        #expect(outcome.diagnostics.first?.message.text(.vi)
            == "nhiệm vụ 'nv1' có thời hạn 31/08/2019, trước năm 2025 là năm bắt đầu của kế hoạch; hãy kiểm tra lại năm (nhiệm vụ sẽ quá hạn ngay từ đầu)")
        let explicit = MarkedText(PlanFixture.variant("    timeline: Tháng 8/2025\n", "    timeline: Sau khi có kinh phí\n    deadline: 1️⃣31/12/2024\n"))
        let at = explicit.positions["1️⃣"]!
        let carried = PlanFixture.check(explicit.text)
        #expect(carried.plan != nil)
        #expect(carried.diagnostics.map(\.description) == [
            "plan.yaml:\(at.line):\(at.column): warning: task 'nv1' is due 31/12/2024, before 2025, the plan's first year; check the year (the task is overdue from the start)",
        ])
        // The first day of the year is in the plan; a later year is a plan's own business.
        #expect(PlanFixture.check(PlanFixture.variant("    timeline: Tháng 8/2025\n", "    timeline: ngày 01/01/2025\n")).diagnostics == [])
        #expect(PlanFixture.check(PlanFixture.variant("    timeline: Tháng 8/2025\n", "    timeline: Tháng 8/2027\n")).diagnostics == [])
    }

    /// A word longer than a column (a web address, a title typed without spaces) ran past the
    /// A4 page of the HTML report; paragraphs and cells now break it.
    @Test func theHTMLReportBreaksWordsLongerThanTheirColumn() {
        #expect(HTMLRenderer.style.contains("p, li, td, th { overflow-wrap: anywhere; }"))
        // Figures keep their line.
        #expect(HTMLRenderer.style.contains("td.num { text-align: right; white-space: nowrap; }"))
    }

    /// A community digital team of no member was recorded ("0 thành viên").
    @Test func aTeamHasAtLeastOneMember() throws {
        let store = try TaskStore.inMemory()
        let text = ResultsFixture.plan(id: "xa-2025", commune: "Xã", province: "Tỉnh", villages: 3)
        _ = try store.load(try #require(PlanLoader.check(text: text, file: "xa.yaml").plan), sourcePath: "xa.yaml")
        let day = isoDate("2025-08-05")
        #expect(throws: ResultsRefusal.countOutOfRange(0, range: 1...1_000_000_000)) {
            try store.addTeam(TeamInput(plan: nil, village: "Thôn 3", members: 0, foundedOn: day), by: "Lan", recordedOn: day)
        }
        _ = try store.addTeam(TeamInput(plan: nil, village: "Thôn 3", members: 1, foundedOn: day), by: "Lan", recordedOn: day)
    }

    /// The skeleton of `plan new` shows amounts as documents write them; uncommented, its
    /// budget validates and reads 5.000.000 đồng.
    @Test func theSkeletonsBudgetValidatesWhenUncommented() throws {
        let skeleton = PlanSkeleton.text()
        #expect(skeleton.contains("#   total: 5.000.000 đồng"))
        var inBudget = false
        let lines = skeleton.components(separatedBy: "\n").map { line -> String in
            if line.hasPrefix("    # budget: {") { return "    budget: {" + line.dropFirst("    # budget: {".count) }
            if line == "# budget:" { inBudget = true; return "budget:" }
            if inBudget && line.hasPrefix("#   ") { return "  " + line.dropFirst(4) }
            return line
        }
        let plan = try PlanFixture.plan(FilledIn.plan(lines.joined(separator: "\n")))
        #expect(plan.document.budget?.total == 5_000_000)
        #expect(plan.tasks.map(\.estimate) == [nil, 5_000_000])
    }

    /// Villages' persons confirmed add up to the commune's when it has no commune-wide
    /// figure: 400 in each of two villages of a commune of 640 showed a coverage of 125%, met.
    /// Refused against a commune-wide population, whichever figure comes last; villages whose
    /// population is not yet recorded are not compared (`ConfirmedOverPopulationTests`).
    @Test func villagesAddedUpPastTheCommunesPopulationAreRefused() throws {
        let store = try ResultsFixture.store(ResultsTests.nghiaGiang)
        func refusal(_ body: () throws -> Void) -> ResultsRefusal? {
            do { try body(); return nil } catch { return error as? ResultsRefusal }
        }
        try store.figure(.population, "nguoi-dan", 640, on: "2025-10-01")
        try store.figure(.confirmed, "nguoi-dan", 400, on: "2025-12-15", village: "v1")
        let over = refusal { try store.figure(.confirmed, "nguoi-dan", 400, on: "2025-12-15", village: "v2") }
        #expect(over == .communeOverPopulation(group: "nguoi-dan", confirmed: 800, population: 640, on: isoDate("2025-12-15")))
        #expect(over?.text(.vi) == "số người đạt của cả xã (800, cộng các thôn, tổ dân phố) nhiều hơn số dân của xã (640) ở nhóm 'nguoi-dan' tính đến ngày 15/12/2025; hãy kiểm tra lại các số liệu")
        try store.figure(.confirmed, "nguoi-dan", 240, on: "2025-12-15", village: "v2")
        #expect(refusal { try store.figure(.population, "nguoi-dan", 600, on: "2025-12-20") }
                == .communeOverPopulation(group: "nguoi-dan", confirmed: 640, population: 600, on: isoDate("2025-12-20")))
        let result = try #require(try store.results().group("nguoi-dan"))
        #expect(result.population == 640 && result.confirmed == 640)
    }

    /// A CSV cell past the limits of a typed text is refused at that cell, quoting its start.
    @Test func aCSVTextTooLongIsPlacedAtItsCell() throws {
        let store = try RecordsFixture.store(RecordsFixture.nghiaGiang)
        let title = String(repeating: "Tập huấn ", count: 300)
        do {
            _ = try store.importCSV("Nhiệm vụ;Ngày;Số người;Tên hoạt động\nnv1;09/10/2025;5;\(title)\n", file: "hoat-dong.csv", by: "Lan",
                                    recordedOn: isoDate("2025-12-31"))
            Issue.record("a title of 2.699 characters (its last space trimmed) was recorded")
        } catch let error as ImportError {
            #expect(error.diagnostics.map(\.description) == [
                "hoat-dong.csv:2:18: error: the text '\(String(title.prefix(60)))…' is 2,699 characters long; at most 2,000 are allowed",
            ])
        }
    }
}
