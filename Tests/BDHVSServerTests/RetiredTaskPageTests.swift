import BDHVSCore
import BDHVSTestSupport
import Foundation
import Testing
@testable import BDHVSServer

/// A task a later load retired (no longer in its plan file) is still shown by its address,
/// as `task show` shows it since it no longer refuses it: its page must say it is retired,
/// or it reads as a task still followed.
@Suite struct RetiredTaskPageTests {
    @Test func theTaskPageOfARetiredTaskSaysSo() throws {
        let fixture = try DashboardFixture(plans: ["nghia-giang-2025"])
        defer { fixture.remove() }
        // The plan loaded again without nv4 (and its total without nv4's 10.000.000 đồng).
        let text = try String(contentsOf: PackageRoot.url.appendingPathComponent("Plans/nghia-giang-2025.yaml"), encoding: .utf8)
        let start = try #require(text.range(of: "  - id: nv4\n")), end = try #require(text.range(of: "  - id: nv5\n"))
        let without = (text[..<start.lowerBound] + text[end.lowerBound...]).replacingOccurrences(of: "total: 60000000", with: "total: 50000000")
        let plan = try #require(PlanLoader.check(text: String(without), file: "nghia-giang-2025.yaml").plan)
        let summary = try TaskStore.open(path: fixture.path, access: .write).load(plan, sourcePath: "Plans/nghia-giang-2025.yaml")
        #expect(summary.retired == ["nv4"])

        let page = fixture.get("/xa/nghia-giang-2025/nv4?as_of=2025-12-31")
        #expect(page.status == 200)
        #expect(page.body.contains("<dt>Đã thôi theo dõi</dt><dd>nhiệm vụ không còn trong tệp kế hoạch từ lần nạp lại kế hoạch; dữ liệu đã ghi được giữ lại, không cập nhật được nữa</dd>"))
        let english = fixture.get("/xa/nghia-giang-2025/nv4?as_of=2025-12-31&lang=en")
        #expect(english.body.contains("<dt>Retired</dt><dd>the task is no longer in the plan file since the plan was loaded again; what was recorded is kept, and it can no longer be updated</dd>"))
        // A task still followed says nothing of it.
        #expect(!fixture.get("/xa/nghia-giang-2025/nv5?as_of=2025-12-31").body.contains("Đã thôi theo dõi"))
    }
}
