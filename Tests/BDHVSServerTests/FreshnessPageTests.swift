import BDHVSCore
import Foundation
import GRDB
import Testing
@testable import BDHVSServer

/// In a province's database (one that receives packages) each level lists how recent each
/// commune's data is, the communes that sent nothing first; a commune's own database does not.
@Suite struct FreshnessPageTests {
    @Test func communesWithoutAPackageComeFirst() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        #expect(!fixture.get("/tinh/quang-ngai").body.contains("Dữ liệu của các xã, phường"))
        // What `package trust` and `package import` leave behind, written directly.
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO package_key VALUES ('quang ngai', 'nghia giang', 'Quảng Ngãi', 'Nghĩa Giang', 'ed25519:x', '2025-10-01');
                INSERT INTO package_import VALUES ('quang ngai', 'nghia giang', 'Quảng Ngãi', 'Nghĩa Giang', '2025-12-20', '2025-12-21T08:00:00Z', 'abc');
                """)
        }
        try queue.close()
        let dashboard = Dashboard(store: try TaskStore.open(path: fixture.path, access: .read), today: { DashboardFixture.asOf })
        let province = dashboard.answer("/tinh/quang-ngai")
        #expect(province.body.contains("Dữ liệu của các xã, phường (gói dữ liệu mới nhất)"))
        #expect(dataValues(province.body, key: "not-reported") == ["chưa gửi gói dữ liệu"])
        #expect(dataValues(province.body, key: "as-of") == ["20/12/2025"])
        #expect(province.body.range(of: "chưa gửi gói dữ liệu")!.lowerBound < province.body.range(of: "20/12/2025")!.lowerBound)
        // Each commune named with its kind, as the rest of the page and plan list name it.
        #expect(province.body.contains("<td>xã Đông Trà Bồng</td><td>Quảng Ngãi</td><td data-key=\"not-reported\">"))
        #expect(province.body.contains("<td>xã Nghĩa Giang</td><td>Quảng Ngãi</td><td data-key=\"as-of\">"))
        let national = dashboard.answer("/?lang=en")
        #expect(dataValues(national.body, key: "not-reported") == ["no package received", "no package received"])
        let csv = dashboard.answer("/csv/freshness?province=quang+ngai")
        #expect(csv.body == "\u{FEFF}commune,commune_kind,province,as_of\r\nĐông Trà Bồng,xã,Quảng Ngãi,\r\nNghĩa Giang,xã,Quảng Ngãi,2025-12-20\r\n")
        let api = dashboard.answer("/api/freshness?province=quang+ngai&since=2025-12-25")
        let store = try TaskStore.open(path: fixture.path, access: .read)
        #expect(api.body == (try JSONOutput.render(PackageFreshness(try store.communeFreshness(province: "quang ngai"), since: CivilDate(iso: "2025-12-25")))))
        #expect(api.body.contains("\"state\" : \"stale\""))
    }
}
