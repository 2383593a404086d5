import Testing
@testable import BDHVSCore

/// Issue 11: a body whose name holds a comma is shown by that name in every listing, not by
/// its id (names were joined with "," and split again).
@Suite struct StatusNameTests {
    static let ministry = "Bộ Văn hóa, Thể thao và Du lịch"

    static func store() throws -> TaskStore {
        try StoreFixture.store(loading: PlanFixture.variant("name: Phòng Văn hóa - Xã hội", "name: \"\(ministry)\""))
    }

    @Test func leadCountsShowANameWithAComma() throws {
        let report = try Self.store().status(PlanScope.all, asOf: isoDate("2025-12-31"))
        #expect(report.byLead.first { $0.agencyID == "vhxh" }?.agency == Self.ministry)
    }

    @Test func overdueGroupsAndTaskRowsShowANameWithAComma() throws {
        let store = try Self.store()
        let groups = try store.overdueByAgency(PlanScope.all, asOf: isoDate("2025-12-31"))
        #expect(groups.filter { $0.agencyID == "vhxh" }.map(\.agency) == [Self.ministry])
        let rows = try store.tasks(PlanScope.all, asOf: isoDate("2025-12-31"), filter: TaskFilter(agency: Self.ministry))
        #expect(rows.map(\.id) == ["nv2a", "nv2b", "nv3"])
        #expect(rows.map(\.lead) == [[Self.ministry], [Self.ministry, "Công an xã"], [Self.ministry]])
    }
}
