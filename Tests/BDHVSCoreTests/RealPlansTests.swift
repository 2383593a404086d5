import Testing
@testable import BDHVSCore

/// Real published plans with task tables, kept as written in `Tests/RealPlans/` (source in
/// each file's header): they validate, load, and count as their tables say.
@Suite struct RealPlansTests {
    /// Nghị quyết 03/NQ-CP: the Government's programme for Nghị quyết 57-NQ/TW, its task
    /// appendix (groups I to III, tasks 1 to 41 and 43 to 76) and targets of its indicator
    /// appendix.
    @Test func governmentProgrammeLoadsAsWritten() throws {
        let outcome = PlanLoader.load(path: PackageFiles.path("Tests/RealPlans/nq03-cp-2025.yaml"))
        #expect(outcome.diagnostics.map(\.description) == [])
        let plan = try #require(outcome.plan)
        #expect(plan.document.planLevel == .chinhPhu)
        #expect(plan.document.place.shown == "Chính phủ")
        #expect(plan.document.yearSpan == YearSpan(first: 2025, last: 2030))
        #expect(plan.tasks.count == 75)
        #expect(plan.document.groups?.map(\.number) == ["I.", "II.", "III."])
        #expect(Dictionary(grouping: plan.tasks, by: { $0.group ?? "" }).mapValues(\.count) == ["nhom-1": 13, "nhom-2": 28, "nhom-3": 34])
        func deadline(_ id: String) -> CivilDate? { plan.tasks.first { $0.id == id }?.deadline }
        #expect(deadline("nv1") == isoDate("2025-06-30"))
        #expect(deadline("nv7") == isoDate("2025-01-31"))
        #expect(deadline("nv16") == isoDate("2025-10-31"))
        #expect(deadline("nv20") == isoDate("2025-02-28"))
        #expect(deadline("nv27") == isoDate("2026-12-31"))
        #expect(deadline("nv31") == isoDate("2027-12-31"))
        #expect(deadline("nv38") == isoDate("2026-09-30"))
        #expect(deadline("nv46") == isoDate("2030-12-31"))
        #expect(deadline("nv58") == isoDate("2028-12-31"))
        #expect(deadline("nv73") == isoDate("2025-06-30"))
        func schedule(_ id: String) -> Schedule? { plan.tasks.first { $0.id == id }?.schedule }
        #expect(schedule("nv47") == .due(isoDate("2026-12-31"), start: isoDate("2025-01-01"), tentative: false))
        #expect(schedule("nv72") == .due(isoDate("2026-12-31"), start: isoDate("2025-01-01"), tentative: false))
        #expect(schedule("nv49") == .recurring(.yearly))
        #expect(schedule("nv61") == .recurring(.yearly))
        #expect(schedule("nv76") == .ongoing)
        #expect(schedule("nv9") == .ongoing)
        #expect(plan.tasks.compactMap(\.deliverable).count == 71)
        // "Các bộ, ngành, địa phương" leads like any body.
        #expect(plan.tasks.filter { $0.leads == ["cbnd"] }.map(\.id) == ["nv3", "nv6", "nv7", "nv55", "nv58", "nv65", "nv71", "nv72", "nv73"])
        #expect(plan.document.agencies.filter { $0.collective == true }.count == 8)
        // "Bộ Khoa học và Công nghệ và các địa phương" is two leads.
        #expect(plan.tasks.first { $0.id == "nv46" }?.leads == ["bkhvcn", "cd"])
        #expect(plan.tasks.first { $0.id == "nv14" }?.coordinators
            == [.agency("bca"), .agency("bnv"), .agency("btc"), .agency("bldtbvxh"), .agency("ttcp"), .text("các bộ, ngành và địa phương")])
        // Targets as Phụ lục I states them, each with the body that monitors it.
        #expect(plan.indicators.count == 14)
        let rank = try #require(plan.indicators.first { $0.id == "pl1-4" })
        #expect(rank.target == IndicatorTarget(direction: .atMost, lowTenths: 500))
        #expect(rank.monitor == "btttt")
        #expect(plan.indicators.first { $0.id == "pl1-14" }?.target == IndicatorTarget(direction: .above, lowTenths: 7))
        #expect(plan.indicators.first { $0.id == "pl1-19" }?.target == IndicatorTarget(lowTenths: 400, highTenths: 500))

        let store = try TaskStore.inMemory()
        _ = try store.load(plan, sourcePath: "nq03-cp-2025.yaml")
        let groups = try store.statusByGroup(.all, asOf: isoDate("2025-07-01"))
        #expect(groups.map(\.total) == [13, 28, 34])
        #expect(groups.map(\.overdue) == [6, 4, 2])
        let status = try store.status(.all, asOf: isoDate("2025-07-01"))
        #expect(status.completion.total == 75)
        #expect(try store.plans().map(\.place) == ["Chính phủ"])
    }
}
