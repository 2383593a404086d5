import Testing
@testable import BDHVSCore

/// The overdue lists of many plans read the open-leaf indexes and the tallies instead of
/// every task's status: on every one of the 50 as-of dates they are those of the full
/// computation, national and for a province.
extension StatusTallyTests {
    @Test func fastOverdueListsEqualTheFullComputationOnFiftyDates() throws {
        let store = try Self.store()
        var listed = 0, ledListed = 0
        for date in Self.dates {
            for scope in [PlanScope.all, PlanScope(province: "Quảng Ngãi")] {
                let fast = try store.overdueByAgency(scope, asOf: date, limit: 50, tallies: true)
                let full = try store.overdueByAgency(scope, asOf: date, limit: 50, tallies: false)
                #expect(fast.groups == full.groups, "as of \(date.iso), \(scope)")
                #expect(fast.total == full.total, "as of \(date.iso), \(scope)")
                listed += fast.groups.map(\.tasks.count).reduce(0, +)
            }
            // A kind of body everywhere, and one body: the overdue among all it leads.
            for (scope, agency) in [(PlanScope.all, "vhxh"), (PlanScope(province: "Quảng Ngãi"), "Phòng VHXH")] {
                let fast = try store.tasks(scope, asOf: date, filter: TaskFilter(agency: agency, overdueOnly: true))
                let full = try store.tasks(scope, asOf: date, filter: TaskFilter(agency: agency)).filter { $0.status == .overdue }
                #expect(fast == full, "as of \(date.iso), \(agency) in \(scope)")
                ledListed += fast.count
            }
        }
        // The dates cover overdue tasks in the lists, not only empty ones.
        #expect(listed > 500)
        #expect(ledListed > 500)
    }
}

extension StatusTallyTests {
    /// A province's status (several plans) reads the tallies of its plans: the same report
    /// as the full computation on every date.
    @Test func fastProvinceStatusEqualsTheFullComputationOnFiftyDates() throws {
        let store = try Self.store()
        var overdueSeen = 0
        for date in Self.dates {
            for province in ["Quảng Ngãi", "Hà Nội"] {
                let scope = PlanScope(province: province)
                let fast = try store.status(scope, asOf: date, tallies: true)
                let full = try store.status(scope, asOf: date, tallies: false)
                #expect(fast == full, "as of \(date.iso), \(province)")
                #expect(full.plans.count == 2)
                overdueSeen += full.overdueTotal
            }
        }
        #expect(overdueSeen > 0)
    }
}
