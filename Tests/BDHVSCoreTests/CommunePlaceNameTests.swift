import Testing
@testable import BDHVSCore

/// Communes named to a user with their kind ("xã Trà Bồng", "phường Việt Hưng"), as plan
/// list, status and the reports name them: the list of whom to call, the package messages.
@Suite struct CommunePlaceNameTests {
    private static let asOf = CivilDate(year: 2025, month: 12, day: 31)!

    /// The province's store: a phường's plan loaded, a xã's key trusted with no plan (its kind
    /// is not known: its name as typed), and a commune whose name holds its kind.
    @Test func freshnessRowsCarryTheKindOfTheCommunesPlan() throws {
        let store = try TaskStore.inMemory()
        let phuong = PlanFixture.variant([("id: thu-nghiem-2025", "id: viet-hung-2025"), ("commune: Thử Nghiệm", "commune: Việt Hưng"),
                                          ("commune_kind: xã", "commune_kind: phường"), ("province: Quảng Ngãi", "province: Hà Nội")])
        _ = try store.load(try PlanFixture.plan(phuong), sourcePath: "viet-hung.yaml")
        let numbered = PlanFixture.variant([("id: thu-nghiem-2025", "id: phuong-3-2025"), ("commune: Thử Nghiệm", "commune: Phường 3"),
                                            ("commune_kind: xã", "commune_kind: phường"), ("province: Quảng Ngãi", "province: Hà Nội")])
        _ = try store.load(try PlanFixture.plan(numbered), sourcePath: "phuong-3.yaml")
        let key = "ed25519:" + String(repeating: "A", count: 43) + "="
        try store.trustPackageKey(key, commune: "Trà Bồng", province: "Quảng Ngãi", on: Self.asOf)
        let trusted = try store.trustPackageKey(key, commune: "viet hung", province: "Ha Noi", on: Self.asOf)
        #expect(trusted.place == "phường Việt Hưng")

        let rows = try store.communeFreshness(province: nil)
        #expect(rows.map(\.place) == ["Phường 3", "phường Việt Hưng", "Trà Bồng"])
        let text = PackageFreshnessText(language: .vi).render(PackageFreshness(rows, since: nil))
        #expect(text == """
            Dữ liệu các xã, phường:
              Phường 3          chưa gửi gói dữ liệu
              phường Việt Hưng  chưa gửi gói dữ liệu
              Trà Bồng          chưa gửi gói dữ liệu

            """)
        let json = try JSONOutput.render(PackageFreshness(rows, since: nil))
        #expect(json.contains("\"commune\" : \"Việt Hưng\",\n      \"commune_kind\" : \"phường\""))
    }

    @Test func theListOfWhomToCallNamesEachCommuneWithItsKind() {
        let rows = [
            CommuneFreshnessRow(commune: "Đông Trà Bồng", communeKind: "xã", province: "Quảng Ngãi", asOf: nil, madeAt: nil),
            CommuneFreshnessRow(commune: "Việt Hưng", communeKind: "phường", province: "Hà Nội", asOf: CivilDate(year: 2025, month: 12, day: 1),
                                madeAt: "2025-12-01T00:00:00Z"),
            CommuneFreshnessRow(commune: "Côn Đảo", communeKind: "đặc khu", province: "TP. Hồ Chí Minh", asOf: Self.asOf, madeAt: "2025-12-31T00:00:00Z"),
        ]
        let freshness = PackageFreshness(rows, since: CivilDate(year: 2025, month: 12, day: 15))
        #expect(PackageFreshnessText(language: .vi).render(freshness) == """
            Dữ liệu các xã, phường (cần tính đến ngày 15/12/2025):
              Cần liên hệ (2):
                xã Đông Trà Bồng  chưa gửi gói dữ liệu
                phường Việt Hưng  dữ liệu tính đến ngày 01/12/2025
              Đã cập nhật (1):
                đặc khu Côn Đảo   dữ liệu tính đến ngày 31/12/2025

            """)
        #expect(PackageFreshnessText(language: .en).render(freshness).split(separator: "\n")[2] == "    xã Đông Trà Bồng  no package yet")
    }

    @Test func packageMessagesNameTheCommuneWithItsKind() {
        let meta = PackageMeta(format: 1, province: "Hà Nội", provinceKey: "ha noi", commune: "Việt Hưng", communeKey: "viet hung",
                               asOf: Self.asOf, madeAt: "2025-12-31T01:00:00Z", plans: ["viet-hung-2025"], communeKind: "phường")
        let text = PackageText(language: .vi)
        #expect(text.exported(meta, path: "vh.bdhvs")
            == "Đã đóng gói 1 kế hoạch của phường Việt Hưng, Hà Nội tính đến ngày 31/12/2025 vào vh.bdhvs (viet-hung-2025).\n")
        let unchanged = PackageFileOutcome(file: "vh.bdhvs", result: PackageImportResult(meta: meta, counts: nil), refusal: nil)
        #expect(text.imported([unchanged]) == """
            vh.bdhvs: không đổi (gói của phường Việt Hưng, Hà Nội tính đến ngày 31/12/2025 đã được nhận)
            Tổng: nhận 0, không đổi 1, từ chối 0 gói.

            """)
        #expect(PackageText(language: .en).imported([unchanged]).hasPrefix(
            "vh.bdhvs: unchanged (the package of phường Việt Hưng, Hà Nội as of 2025-12-31 was already imported)\n"))
        #expect(unchanged.json(.vi).communeKind == "phường")
    }
}
