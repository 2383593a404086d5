import Foundation
import Testing
@testable import BDHVSCore

/// A running total (`--running-total`, "tính đến ngày …" on a platform) counts by its latest
/// figure everywhere a total is made: `results`, `activity list` (text and JSON, in all and
/// per group) and the report's participants per target group. `activity list` and the
/// report added 1.000 and 2.148 of the same portal into 3.148 while `results` said 2.148.
@Suite struct RunningTotalCountTests {
    /// The provincial portal's figure on 01/11 (1.000: 800 adults, 200 public servants) and
    /// on 06/12 (2.148: 1.517 and 631), and the launch on 09/10 (145: 100 and 45).
    private func portal() throws -> TaskStore {
        let store = try ResultsFixture.store(ResultsTests.nghiaGiang)
        try store.held(145, .people, on: "2025-10-09", title: "Lễ phát động", groups: [("nguoi-dan", 100), ("cbccvc", 45)])
        try store.held(1000, .people, on: "2025-11-01", runningTotal: true, title: "Cổng BDHVS",
                       groups: [("nguoi-dan", 800), ("cbccvc", 200)])
        try store.held(2148, .people, on: "2025-12-06", runningTotal: true, title: "Cổng BDHVS",
                       groups: [("nguoi-dan", 1517), ("cbccvc", 631)])
        return store
    }

    @Test func activityListCountsOnlyTheLatestFigure() throws {
        let store = try portal()
        let report = try store.activities(.all, filter: ActivityFilter(to: isoDate("2025-12-31")))
        #expect(report.people == 2293)
        #expect(report.byGroup == ["cbccvc": 676, "nguoi-dan": 1617])
        #expect(report.activities.map(\.counted) == [true, false, true])
        #expect(report.activities.map(\.runningTotal) == [false, true, true])
        // The same count as `results`.
        #expect(try store.results().units == ["người": 2293])
        // Up to a day between the two figures, the first is the latest.
        let november = try store.activities(.all, filter: ActivityFilter(to: isoDate("2025-11-30")))
        #expect(november.people == 1145)
        #expect(november.byGroup == ["cbccvc": 245, "nguoi-dan": 900])
        #expect(november.activities.map(\.counted) == [true, true])
        // With no last day, the latest recorded.
        #expect(try store.activities(.all).people == 2293)

        let text = RecordText(language: .vi).activities(report)
        #expect(text.contains("số lũy kế đã có số mới hơn, không cộng vào tổng"))
        #expect(text.hasSuffix("""
            Tổng cộng: 2.293 lượt người
            Theo nhóm đối tượng (lượt người):
              Cán bộ, công chức, viên chức và người lao động khu vực công    676
              Người dân trong độ tuổi trưởng thành                         1.617

            """))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try JSONOutput.render(report).utf8)) as? [String: Any])
        #expect(json["people"] as? Int == 2293)
        #expect(json["by_group"] as? [String: Int] == ["cbccvc": 676, "nguoi-dan": 1617])
        let rows = try #require(json["activities"] as? [[String: Any]])
        #expect(rows.map { $0["counted"] as? Bool } == [true, false, true])
        #expect(rows.map { $0["running_total"] as? Bool } == [false, true, true])
    }

    @Test func theReportsGroupTableCountsOnlyTheLatestFigure() throws {
        let store = try portal()
        let report = ReportBuilder(data: try store.reportData(plan: "nghia-giang-2025", asOf: isoDate("2025-12-31"))).build()
        #expect(report.blocks.contains(.table(
            headers: ["Nhóm đối tượng", "Số lượng"],
            rows: [["Cán bộ, công chức, viên chức và người lao động khu vực công", "676 lượt người"],
                   ["Người dân trong độ tuổi trưởng thành", "1.617 lượt người"]],
            numeric: [1])))
        #expect(report.blocks.contains(.paragraph("Các hoạt động theo đơn vị tính (mỗi đơn vị cộng riêng): 2.293 lượt người tham gia.")))
        #expect(!"\(report.blocks)".contains("3.293"))
    }
}
