import BDHVSCore
import Foundation
import Testing
@testable import BDHVSServer

/// The province page's table of communes was headed with a count of its plan rows: Nghĩa
/// Giang, with its plans of 2025 and 2026, counted twice ("3/3" for two communes). It counts
/// communes, as `plan status --province` does, and says how many plans when there are more.
@Suite struct ProvinceCommuneCountTests {
    @Test func theProvincePageCountsCommunesOnce() throws {
        let fixture = try DashboardFixture(plans: ["dong-tra-bong-2025", "nghia-giang-2025", "nghia-giang-2026", "viet-hung-2025"])
        defer { fixture.remove() }
        let province = fixture.get("/tinh/quang-ngai")
        #expect(province.body.contains("Các xã, phường (quá hạn nhiều nhất trước): 2/2 (3 kế hoạch)</h2>"))
        // Each plan is still its own row.
        #expect(dataValues(province.body, key: "commune-overdue").count == 3)
        let filtered = fixture.get("/tinh/quang-ngai?q=nghia+giang")
        #expect(dataValues(filtered.body, key: "commune-overdue").count == 2)
        #expect(filtered.body.contains("Các xã, phường (quá hạn nhiều nhất trước): 1/2 (3 kế hoạch)</h2>"))
        let english = fixture.get("/tinh/quang-ngai?lang=en")
        #expect(english.body.contains("Communes (most overdue first): 2/2 (3 plans)</h2>"))
        // One plan a commune: the plans are not said again.
        let hanoi = fixture.get("/tinh/ha-noi")
        #expect(hanoi.body.contains("Các xã, phường (quá hạn nhiều nhất trước): 1/1</h2>"))
    }
}
