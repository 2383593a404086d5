import Foundation
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

/// Results per target group (issue 13), with the numbers of the seed reports.
@Suite struct ResultsTests {
    static let nghiaGiang = ResultsFixture.plan(id: "nghia-giang-2025", commune: "Nghĩa Giang", province: "Quảng Ngãi", villages: 18)
    static let ducThinh = ResultsFixture.plan(id: "duc-thinh-2025", commune: "Đức Thịnh", province: "Hà Tĩnh")
    static let vietHung = ResultsFixture.plan(id: "viet-hung-2025", commune: "Việt Hưng", province: "Hà Nội", villages: 62,
                                              kind: "tổ dân phố")

    @Test func theCatalogueHasTheFourNationalKeys() {
        #expect(TargetGroups.nationalKeys == ["nguoi-dan", "hoc-sinh-sinh-vien", "cbccvc", "lao-dong-doanh-nghiep"])
        let groups = TargetGroups(plan: [TargetGroupDefinition(id: "nguoi-cao-tuoi", name: "Người cao tuổi", nationalGroup: "nguoi-dan")])
        // The old key still reads, as the new one.
        #expect(groups.resolve("can-bo-cong-chuc")?.id == "cbccvc")
        #expect(groups.resolve("CBCCVC")?.national == "cbccvc")
        #expect(groups.resolve("Người cao tuổi")?.national == "nguoi-dan")
        #expect(TargetGroups.nationalKey("can-bo-cong-chuc") == "cbccvc")
        #expect(TargetGroups.nationalKey("nguoi-cao-tuoi") == nil)
    }

    /// Nghĩa Giang: 145 and 80 people at two events; 2.148 persons on the provincial
    /// platform (631 CBCCVC + 1.517 adults) as confirmed persons. Persons reached are 2.148,
    /// never 145 + 80 + 2.148 = 2.373.
    @Test func nghiaGiangPersonsAreNotEventTotals() throws {
        let store = try ResultsFixture.store(Self.nghiaGiang)
        try store.held(145, .people, on: "2025-10-09", title: "Lễ phát động")
        try store.held(80, .people, on: "2025-11-19", title: "Tập huấn")
        try store.figure(.confirmed, "CBCCVC", 631, on: "2025-12-06", source: "Cổng BDHVS tỉnh")
        try store.figure(.confirmed, "người dân", 1517, on: "2025-12-06", source: "Cổng BDHVS tỉnh")
        try store.figure(.population, "nguoi-dan", 30_000, on: "2025-10-01")
        try store.figure(.population, "cbccvc", 640, on: "2025-10-01")
        let report = try store.results()
        #expect(report.group("cbccvc")?.confirmed == 631)
        #expect(report.group("nguoi-dan")?.confirmed == 1517)
        #expect(report.groups.map(\.confirmed).reduce(0, +) == 2148)
        #expect(report.units == ["người": 225])
        #expect(report.group("nguoi-dan")?.coverage == 0.050567)
        #expect(report.group("nguoi-dan")?.targetTenths == 800)  // the first percent indicator of the group
        #expect(report.group("nguoi-dan")?.met == false)
        #expect(report.group("cbccvc")?.coverage == 0.985938)
        #expect(report.group("cbccvc")?.met == false)
        #expect(report.teams == TeamResult(count: 0, villages: 18, villagesWithTeam: 0, members: 0))
        let text = ResultsText(language: .vi).render(report)
        #expect(!text.contains("2.373"))
        #expect(text == """
            Kết quả theo nhóm đối tượng đến ngày 31/12/2025 (1 xã, phường)
              Nhóm đối tượng                                               Số dân  Đã đạt  Tỷ lệ  Chỉ tiêu
              Người dân trong độ tuổi trưởng thành                         30.000   1.517   5,1%       80%  chưa đạt
              Học sinh, sinh viên                                               —       0      —         —
              Cán bộ, công chức, viên chức và người lao động khu vực công     640     631  98,6%      100%  chưa đạt
              Người lao động trong doanh nghiệp, hợp tác xã                     —       0      —         —
            Hoạt động theo đơn vị tính (mỗi đơn vị cộng riêng):
              lượt người  225
            Tổ công nghệ số cộng đồng: 0 tổ; 0/18 thôn, tổ dân phố có tổ; 0 thành viên

            """)
    }

    /// Đức Thịnh: 2.491 lượt "tính đến ngày 06/12/2025" is a running total: recorded as
    /// 2.000 then 2.491 it counts 2.491, not 4.491; 126 people trained are kept apart.
    @Test func ducThinhRunningTotalsAreNotSummed() throws {
        let store = try ResultsFixture.store(Self.ducThinh)
        let platform = "Khóa bồi dưỡng trên hatinh.mobiedu.vn"
        try store.held(2000, .enrolments, on: "2025-11-01", runningTotal: true, title: platform)
        try store.held(2491, .enrolments, on: "2025-12-06", runningTotal: true, title: platform)
        try store.held(126, .people, on: "2025-11-20", groups: [("thanh-vien-to-cns", 126)])
        #expect(try store.results().units == ["lượt": 2491, "người": 126])
        #expect(try store.results(asOf: "2025-11-30").units == ["lượt": 2000, "người": 126])
        // Confirmed persons are running totals too.
        try store.figure(.confirmed, "nguoi-dan", 900, on: "2025-11-01")
        try store.figure(.confirmed, "nguoi-dan", 1200, on: "2025-12-06")
        #expect(try store.results().group("nguoi-dan")?.confirmed == 1200)
        #expect(try store.results(asOf: "2025-11-15").group("nguoi-dan")?.confirmed == 900)
        #expect(try store.results(asOf: "2025-10-15").group("nguoi-dan")?.confirmed == 0)
    }

    /// Việt Hưng: 62 teams, one in each of its 62 tổ dân phố; 96 articles and 16 courses
    /// are units of their own.
    @Test func vietHungTeamsAndOtherUnits() throws {
        let store = try ResultsFixture.store(Self.vietHung)
        for village in 1...62 {
            _ = try store.addTeam(TeamInput(plan: nil, village: "v\(village)", members: 5, decision: "Quyết định số 12/QĐ-UBND",
                                        foundedOn: isoDate("2025-08-05")), by: "Lan", recordedOn: isoDate("2025-12-31"))
        }
        try store.held(96, ParticipantUnit(rawValue: "tin, bài, video"), on: "2025-12-31")
        try store.held(16, ParticipantUnit(rawValue: "khóa học"), on: "2025-12-31")
        let report = try store.results()
        #expect(report.teams == TeamResult(count: 62, villages: 62, villagesWithTeam: 62, members: 310))
        #expect(report.units == ["tin/bài": 96, "khóa": 16])
        #expect(ResultsText(language: .vi).teams(report.teams) == "Tổ công nghệ số cộng đồng: 62 tổ; 62/62 thôn, tổ dân phố có tổ; 310 thành viên")
        #expect(ResultsText(language: .en).teams(report.teams) == "Community digital teams: 62 teams; 62 of 62 villages have one; 310 members")
        #expect(ResultsText(language: .en).teams(TeamResult(count: 1, villages: 18, villagesWithTeam: 1, members: 1))
                == "Community digital teams: 1 team; 1 of 18 villages has one; 1 member")
        let again = #expect(throws: ResultsRefusal.self) {
            try store.addTeam(TeamInput(plan: nil, village: "Tổ dân phố 7", members: 3, foundedOn: isoDate("2025-09-01")),
                              by: "Lan", recordedOn: isoDate("2025-12-31"))
        }
        #expect(again == .teamExists(village: "v7", plan: "viet-hung-2025"))
        #expect(again?.text(.vi) == "thôn, tổ dân phố 'v7' của kế hoạch 'viet-hung-2025' đã có Tổ công nghệ số cộng đồng; hoàn tác bản ghi cũ nếu cần ghi lại")
    }

    /// A province's coverage is Σ confirmed ÷ Σ population over its communes, never the
    /// average of their rates; a commune without population is left out of the rate.
    @Test func provinceRollUpOfTwoCommunes() throws {
        let a = ResultsFixture.plan(id: "a-2025", commune: "Nghĩa Giang", province: "Quảng Ngãi")
        let b = ResultsFixture.plan(id: "b-2025", commune: "Đông Trà Bồng", province: "Quảng Ngãi")
        let c = ResultsFixture.plan(id: "c-2025", commune: "Đức Thịnh", province: "Hà Tĩnh")
        let store = try ResultsFixture.store(a, b, c)
        try store.figure(.population, "nguoi-dan", 30_000, on: "2025-10-01", plan: "a-2025")
        try store.figure(.confirmed, "nguoi-dan", 1517, on: "2025-12-06", plan: "a-2025")
        try store.figure(.population, "nguoi-dan", 10_000, on: "2025-10-01", plan: "b-2025")
        try store.figure(.confirmed, "nguoi-dan", 9000, on: "2025-12-06", plan: "b-2025")
        let province = try store.results(PlanScope(province: "Quang Ngai"), by: .commune)
        let adults = try #require(province.group("nguoi-dan"))
        #expect(adults.population == 40_000)
        #expect(adults.confirmed == 10_517)
        #expect(adults.coverage == 0.262925)  // not (0,0506 + 0,9) ÷ 2
        #expect(adults.met == false)
        // Communes in the order of their names: Đông Trà Bồng, Nghĩa Giang.
        #expect(province.rows.map(\.key) == ["b-2025", "a-2025"])
        #expect(province.rows.map { $0.groups[0].coverage } == [0.9, 0.050567])
        #expect(province.rows.map { $0.groups[0].met } == [true, false])
        // The country: Đức Thịnh has no population; its confirmed persons are listed, not in the rate.
        try store.figure(.confirmed, "nguoi-dan", 500, on: "2025-12-06", plan: "c-2025")
        let country = try store.results(by: .province)
        #expect(country.group("nguoi-dan")?.confirmed == 11_017)
        #expect(country.group("nguoi-dan")?.coverage == 0.262925)
        #expect(country.communesWithoutPopulation["nguoi-dan"] == 1)
        #expect(country.rows.map(\.name) == ["Hà Tĩnh", "Quảng Ngãi"])
        #expect(country.rows.map { $0.groups[0].population } == [nil, 40_000])
        let text = ResultsText(language: .vi).render(country)
        #expect(text.contains("  1/3 xã, phường chưa có số dân nhóm 'Người dân trong độ tuổi trưởng thành', không tính vào tỷ lệ\n"))
        let en = ResultsText(language: .en).render(country)
        #expect(en.contains("  1 of 3 communes have no population of 'Adults' and are left out of the coverage\n"))
    }

    /// A commune's figure is its own when recorded, else the sum of its villages'; a plan's
    /// own group rolls up into its national group.
    @Test func villagesAndPlanGroupsRollUp() throws {
        let store = try ResultsFixture.store(ResultsFixture.plan(id: "x-2025", commune: "Thử Nghiệm", province: "Quảng Ngãi", villages: 3))
        try store.figure(.population, "nguoi-dan", 1000, on: "2025-10-01", village: "v1")
        try store.figure(.population, "nguoi-dan", 2000, on: "2025-10-01", village: "Thôn 2")
        try store.figure(.confirmed, "nguoi-dan", 400, on: "2025-11-01", village: "v1")
        try store.figure(.confirmed, "nguoi-cao-tuoi", 100, on: "2025-11-01", village: "v2")
        var report = try store.results(by: .village)
        #expect(report.group("nguoi-dan")?.population == 3000)
        #expect(report.group("nguoi-dan")?.confirmed == 400)
        #expect(report.rows.map(\.name) == ["Thôn 1", "Thôn 2", "Thôn 3"])
        #expect(report.rows.map { $0.groups[0].confirmed } == [400, 100, 0])
        #expect(report.rows.map { $0.groups[0].population } == [1000, 2000, nil])
        // The commune-wide figure, when recorded, counts instead of the villages' sum.
        try store.figure(.population, "nguoi-dan", 3500, on: "2025-10-02")
        report = try store.results()
        #expect(report.group("nguoi-dan")?.population == 3500)
        // A group recorded under its own national key counts instead of the plan's sub-groups.
        try store.figure(.confirmed, "nguoi-dan", 700, on: "2025-12-01")
        #expect(try store.results().group("nguoi-dan")?.confirmed == 700)
    }

    @Test func undoTakesAFigureBack() throws {
        let store = try ResultsFixture.store(Self.ducThinh)
        try store.figure(.confirmed, "nguoi-dan", 900, on: "2025-11-01")
        try store.figure(.confirmed, "nguoi-dan", 1200, on: "2025-12-06")
        let undone = try store.undo(by: "Lan", recordedOn: isoDate("2025-12-31"))
        #expect(undone.kind == .undo)
        #expect(try store.results().group("nguoi-dan")?.confirmed == 900)
    }

    @Test func refusals() throws {
        let store = try ResultsFixture.store(Self.nghiaGiang, Self.ducThinh)
        let noPlan = #expect(throws: ResultsRefusal.self) { try store.figure(.population, "nguoi-dan", 1, on: "2025-10-01") }
        #expect(noPlan?.text(.en) == "several plans are loaded; name one: 'duc-thinh-2025', 'nghia-giang-2025'")
        let village = #expect(throws: RecordRefusal.self) {
            try store.figure(.population, "nguoi-dan", 1, on: "2025-10-01", village: "thon-x", plan: "nghia-giang-2025")
        }
        #expect(village?.text(.vi) == "kế hoạch 'nghia-giang-2025' không có thôn, tổ dân phố 'thon-x'; các thôn, tổ dân phố được khai trong mục 'villages' của kế hoạch")
        let tooMany = #expect(throws: ResultsRefusal.self) {
            try store.figure(.population, "nguoi-dan", 1_000_000_001, on: "2025-10-01", plan: "nghia-giang-2025")
        }
        #expect(tooMany?.text(.en) == "the count must be from 0 to 1.000.000.000, found 1.000.000.001")
        let own = #expect(throws: ResultsRefusal.self) {
            try store.figure(.confirmed, "thanh-vien-to-cns", 5, on: "2025-10-01", plan: "nghia-giang-2025")
        }
        #expect(own == .groupWithoutNational("thanh-vien-to-cns", plan: "nghia-giang-2025"))
        let unit = #expect(throws: RecordRefusal.self) {
            try store.held(3, ParticipantUnit(rawValue: "cái"), on: "2025-10-01", plan: "nghia-giang-2025")
        }
        #expect(unit?.text(.vi).hasPrefix("không có đơn vị tính 'cái'") == true)
        let future = #expect(throws: ChangeError.self) {
            try store.figure(.population, "nguoi-dan", 1, on: "2026-01-01", plan: "nghia-giang-2025")
        }
        #expect(future == .dateAfterToday(on: isoDate("2026-01-01"), today: isoDate("2025-12-31")))
    }

    /// A plan may declare units of its own.
    @Test func declaredUnits() throws {
        let store = try ResultsFixture.store(ResultsFixture.plan(id: "x-2025", commune: "X", province: "Y", units: ["clip"]))
        try store.held(12, ParticipantUnit(rawValue: "Clip"), on: "2025-10-01")
        #expect(try store.results().units == ["clip": 12])
    }

    /// The JSON keys are the ones the issue lists; a missing population is null.
    @Test func jsonKeys() throws {
        let store = try ResultsFixture.store(Self.nghiaGiang)
        let json = try JSONOutput.render(try store.results(by: .commune))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == ["groups", "rows", "teams", "units"])
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.map { $0.keys.sorted() } == Array(repeating: ["confirmed", "coverage", "group", "met", "name", "population", "target"], count: 4))
        #expect(groups[0]["population"] is NSNull && groups[0]["coverage"] is NSNull && groups[0]["met"] is NSNull)
        #expect(groups[0]["target"] as? Double == 80)
        #expect((object["teams"] as? [String: Any])?.keys.sorted() == ["count", "members", "villages", "villages_with_team"])
    }

    /// The example plan carries Nghĩa Giang's 18 thôn and its population of 39.371.
    @Test func nghiaGiangExamplePlan() throws {
        let outcome = PlanLoader.check(text: try String(contentsOf: PackageRoot.url.appendingPathComponent("Plans/nghia-giang-2025.yaml"), encoding: .utf8),
                                       file: "nghia-giang-2025.yaml")
        let plan = try #require(outcome.plan)
        #expect(plan.document.villages?.count == 18)
        #expect(plan.document.population?.count == 39_371)
        let store = try TaskStore.inMemory()
        _ = try store.load(plan, sourcePath: "nghia-giang-2025.yaml")
        #expect(try store.results().teams.villages == 18)
    }

    @Test func duplicateVillageIsLocated() {
        let text = ResultsFixture.plan(id: "x-2025", commune: "X", province: "Y", villages: 2).replacingOccurrences(of: "id: v2,", with: "id: v1,")
        let outcome = PlanLoader.check(text: text, file: "x.yaml")
        #expect(outcome.diagnostics.map(\.description) == ["x.yaml:35:10: error: duplicate village id 'v1'; it is already used at line 34"])
    }
}

/// The year-end report's results per target group: population, persons confirmed,
/// coverage against the target; attendances apart; teams.
@Suite struct ResultsReportTests {
    @Test func theReportShowsCoverageAndNeverAddsEvents() throws {
        let store = try ResultsFixture.store(ResultsTests.nghiaGiang)
        try store.held(145, .people, on: "2025-10-09", groups: [("cbccvc", 45), ("nguoi-dan", 100)])
        try store.held(80, .people, on: "2025-11-19", groups: [("cbccvc", 80)])
        try store.held(16, ParticipantUnit(rawValue: "khóa"), on: "2025-11-19")
        try store.figure(.population, "cbccvc", 640, on: "2025-10-01")
        try store.figure(.confirmed, "cbccvc", 631, on: "2025-12-06")
        try store.figure(.confirmed, "nguoi-dan", 1517, on: "2025-12-06")
        _ = try store.addTeam(TeamInput(plan: nil, village: "v1", members: 5, foundedOn: isoDate("2025-08-05")), by: "Lan",
                              recordedOn: isoDate("2025-12-31"))
        let report = ReportBuilder(data: try store.reportData(plan: "nghia-giang-2025", asOf: isoDate("2025-12-31"))).build()
        #expect(report.blocks.contains(.table(
            headers: ["Nhóm đối tượng", "Số dân", "Số người đạt", "Tỷ lệ", "Chỉ tiêu", "Đánh giá"],
            rows: [["Người dân trong độ tuổi trưởng thành", "—", "1.517", "—", "80%", "—"],
                   ["Cán bộ, công chức, viên chức và người lao động khu vực công", "640", "631", "98,6%", "100%", "Chưa đạt"]],
            numeric: [1, 2, 3, 4])))
        #expect(report.blocks.contains(.table(
            headers: ["Nhóm đối tượng", "Số lượng"],
            rows: [["Cán bộ, công chức, viên chức và người lao động khu vực công", "125 lượt người"],
                   ["Người dân trong độ tuổi trưởng thành", "100 lượt người"]],
            numeric: [1])))
        #expect(report.blocks.contains(.paragraph("Các hoạt động theo đơn vị tính (mỗi đơn vị cộng riêng): 225 lượt người tham gia; 16 khóa.")))
        #expect(report.blocks.contains(.paragraph("Tổ công nghệ số cộng đồng: 1 tổ; 1/18 thôn, tổ dân phố có tổ; 5 thành viên.")))
        #expect(!"\(report.blocks)".contains("Tổng số người"))
    }
}

/// A spreadsheet of figures per village: population and confirmed persons in one file.
@Suite struct ResultsImportTests {
    @Test func figuresPerVillageFromACSVFile() throws {
        let store = try ResultsFixture.store(ResultsTests.nghiaGiang)
        let text = """
            Nhóm đối tượng;Thôn;Ngày;Số dân;Số người đạt;Nguồn
            nguoi-dan;Thôn 1;01/12/2025;1.000;400;Công an xã
            nguoi-dan;v2;01/12/2025;2.000;;Công an xã
            CBCCVC;;06/12/2025;640;631;Cổng BDHVS tỉnh
            """
        let summary = try store.importCSV(text, file: "so-lieu.csv", by: "Lan", recordedOn: isoDate("2025-12-31"))
        #expect(summary.kind == .figure)
        #expect(summary.rows == 5)
        let report = try store.results()
        #expect(report.group("nguoi-dan")?.population == 3000)
        #expect(report.group("nguoi-dan")?.confirmed == 400)
        #expect(report.group("cbccvc")?.coverage == 0.985938)
        let bad = "nhom,thon,ngay,so dan\nnguoi-dan,thon-x,01/12/2025,10\nai-do,v1,01/12/2025,10\n"
        let error = #expect(throws: ImportError.self) { try store.importCSV(bad, file: "x.csv", by: "Lan", recordedOn: isoDate("2025-12-31")) }
        #expect(error?.diagnostics.map(\.description) == [
            "x.csv:2:11: error: plan 'nghia-giang-2025' has no village 'thon-x'; villages are listed under 'villages' in the plan",
            "x.csv:3:1: error: unknown target group 'ai-do'; expected one of 'nguoi-dan', 'hoc-sinh-sinh-vien', 'cbccvc', 'lao-dong-doanh-nghiep' or a group of the plan",
        ])
    }
}

/// More persons confirmed than the population of their group is refused whichever figure
/// comes second: `results` showed a coverage of 500% as met.
@Suite struct ConfirmedOverPopulationTests {
    private func refusal(_ body: () throws -> Any) -> ResultsRefusal? {
        do { _ = try body(); return nil } catch { return error as? ResultsRefusal }
    }

    @Test func confirmedPastThePopulationIsRefusedEitherWay() throws {
        let store = try ResultsFixture.store(ResultsTests.nghiaGiang)
        try store.figure(.population, "cbccvc", 10, on: "2025-10-03")
        let over = refusal { try store.figure(.confirmed, "cbccvc", 50, on: "2025-10-04") }
        #expect(over == .confirmedOverPopulation(group: "cbccvc", village: nil, confirmed: 50, population: 10, on: isoDate("2025-10-04")))
        #expect(over?.text(.vi) == "số người đạt (50) nhiều hơn số dân (10) của nhóm 'cbccvc' tính đến ngày 04/10/2025; hãy kiểm tra lại hai số liệu")
        #expect(over?.text(.en) == "the persons confirmed (50) outnumber the population (10) of group 'cbccvc' as of 04/10/2025; check both figures")
        try store.figure(.confirmed, "cbccvc", 10, on: "2025-10-04")
        // A population lowered below the persons already confirmed, in a village too.
        #expect(refusal { try store.figure(.population, "cbccvc", 9, on: "2025-10-05") }
                == .confirmedOverPopulation(group: "cbccvc", village: nil, confirmed: 10, population: 9, on: isoDate("2025-10-05")))
        try store.figure(.population, "nguoi-dan", 1000, on: "2025-10-01", village: "v1")
        #expect(refusal { try store.figure(.confirmed, "nguoi-dan", 1200, on: "2025-10-02", village: "v1") }?.text(.vi)
                == "số người đạt (1.200) nhiều hơn số dân (1.000) của nhóm 'nguoi-dan' tại 'v1' tính đến ngày 02/10/2025; hãy kiểm tra lại hai số liệu")
        // Figures of another village, or counted before the population, are not compared.
        try store.figure(.confirmed, "nguoi-dan", 1200, on: "2025-10-02", village: "v2")
        try store.figure(.confirmed, "cbccvc", 5, on: "2025-10-01")
        #expect(try store.results().group("cbccvc")?.confirmed == 10)
    }
}

/// A village is shown with its kind before its name, once: "Thôn 3", and "Thôn Một" for a
/// name that already says it (it read "Thôn Thôn Một").
@Suite struct VillageShownTests {
    private func village(_ name: String, kind: String) throws -> VillageRow {
        try JSONDecoder().decode(VillageRow.self, from: Data(#"{"plan_id": 1, "key": "v", "name": "\#(name)", "kind": "\#(kind)"}"#.utf8))
    }

    @Test func theKindIsWrittenOnce() throws {
        #expect(try village("3", kind: "thôn").shown == "Thôn 3")
        #expect(try village("Thôn Một", kind: "thôn").shown == "Thôn Một")
        #expect(try village("thon Hai", kind: "thôn").shown == "thon Hai")
        #expect(try village("Tổ dân phố 5", kind: "tổ dân phố").shown == "Tổ dân phố 5")
        #expect(try village("Thống Nhất", kind: "thôn").shown == "Thôn Thống Nhất")
        #expect(try village("Bản Lác", kind: "").shown == "Bản Lác")
    }
}

/// A place typed with the word for its kind, in full or abbreviated, is the place.
@Suite struct PlaceKeyTests {
    @Test(arguments: [("P. Việt Hưng", "viet hung"), ("P.Việt Hưng", "viet hung"), ("phường Việt Hưng", "viet hung"),
                      ("X. Đông Trà Bồng", "dong tra bong"), ("xã Đông Trà Bồng", "dong tra bong"), ("Đông Trà Bồng", "dong tra bong"),
                      ("Phú Xuân", "phu xuan"), ("Xuân Phương", "xuan phuong")])
    func communes(typed: String, key: String) {
        #expect(TaskStore.placeKey(typed, prefixes: TaskStore.communePrefixes) == key)
    }

    @Test(arguments: [("TP. Hà Nội", "ha noi"), ("TP.Hà Nội", "ha noi"), ("Thành phố Hà Nội", "ha noi"), ("tỉnh Quảng Ngãi", "quang ngai")])
    func provinces(typed: String, key: String) {
        #expect(TaskStore.placeKey(typed, prefixes: TaskStore.provincePrefixes) == key)
    }
}
