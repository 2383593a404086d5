import Foundation
import Testing
@testable import BDHVSServer

/// An `/api/` route that fails answers JSON, as its success does: a program reading it
/// got an HTML page it could not parse.
@Suite struct APIErrorTests {
    @Test func apiFailuresAreJSON() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let bad = fixture.get("/api/status?as_of=2025-02-30")
        #expect(bad.status == 400)
        #expect(bad.contentType == "application/json; charset=utf-8")
        #expect(bad.body == """
            {
              "error" : {
                "id" : "dashboard.refused",
                "message" : "'as_of' '2025-02-30' không phải là ngày: ngày không có thật '2025-02-30': tháng 2 năm 2025 có 28 ngày; cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025",
                "status" : 400
              }
            }

            """)
        let missing = fixture.get("/api/task?task=nv99&lang=en")
        #expect(missing.status == 404)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(missing.body.utf8)) as? [String: [String: Any]])
        #expect(object["error"]?["id"] as? String == "dashboard.missing")
        #expect(fixture.get("/api/nothing").contentType == "application/json; charset=utf-8")
        // A page's failure stays a page.
        #expect(fixture.get("/xa/nghia-giang-2025?as_of=2025-02-30").contentType == "text/html; charset=utf-8")
    }
}

/// A page asked for a day before the plans it shows says so, as the command line does.
@Suite struct AsOfNoticeTests {
    @Test func aDayBeforeThePlanIsWarnedOfOnItsPages() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let warning = "ngày tính 01/06/2024 trước thời gian của kế hoạch &#39;nghia-giang-2025&#39; (năm 2025); "
            + "số liệu dưới đây là tình hình trước khi kế hoạch bắt đầu, hãy kiểm tra lại năm"
        for target in ["/xa/nghia-giang-2025?as_of=2024-06-01", "/xa/nghia-giang-2025/nv1?as_of=01/06/2024"] {
            let page = fixture.get(target)
            #expect(page.status == 200, "\(target)")
            #expect(dataValues(page.body, key: "notice") == [warning], "\(target)")
        }
        #expect(dataValues(fixture.get("/xa/nghia-giang-2025?as_of=2025-01-01").body, key: "notice") == [])
    }
}
