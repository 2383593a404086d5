import Testing
@testable import BDHVSCore

/// Real published plans with task tables, kept as written in `Tests/RealPlans/` (source in
/// each file's header): they validate, load, and count as their tables say.
@Suite struct RealPlansTests {
    /// Nghị quyết 03/NQ-CP: the Government's programme for Nghị quyết 57-NQ/TW, its task
    /// appendix (all seven groups, the 140 tasks; task 42 states no time and counts as
    /// having no known deadline) and
    /// targets of its indicator appendix.
    @Test func governmentProgrammeLoadsAsWritten() throws {
        let outcome = PlanLoader.load(path: PackageFiles.path("Tests/RealPlans/nq03-cp-2025.yaml"))
        #expect(outcome.diagnostics.map(\.description) == [])
        let plan = try #require(outcome.plan)
        #expect(plan.document.planLevel == .chinhPhu)
        #expect(plan.document.place.shown == "Chính phủ")
        #expect(plan.document.yearSpan == YearSpan(first: 2025, last: 2030))
        #expect(plan.tasks.count == 140)
        #expect(plan.document.groups?.map(\.number) == ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII."])
        #expect(Dictionary(grouping: plan.tasks, by: { $0.group ?? "" }).mapValues(\.count)
            == ["nhom-1": 13, "nhom-2": 29, "nhom-3": 34, "nhom-4": 12, "nhom-5": 28, "nhom-6": 15, "nhom-7": 9])
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
        #expect(plan.tasks.first { $0.id == "nv42" }.map { $0.deadline == nil && $0.schedule == nil } == true)
        #expect(deadline("nv73") == isoDate("2025-06-30"))
        #expect(deadline("nv89") == isoDate("2025-09-30"))
        #expect(deadline("nv102") == isoDate("2026-12-31"))
        #expect(deadline("nv110") == isoDate("2025-03-31"))
        #expect(deadline("nv121") == isoDate("2026-03-31"))
        #expect(deadline("nv123") == isoDate("2025-06-30"))
        #expect(deadline("nv127") == isoDate("2028-12-31"))
        #expect(deadline("nv138") == isoDate("2030-12-31"))
        func schedule(_ id: String) -> Schedule? { plan.tasks.first { $0.id == id }?.schedule }
        #expect(schedule("nv47") == .due(isoDate("2026-12-31"), start: isoDate("2025-01-01"), tentative: false))
        #expect(schedule("nv72") == .due(isoDate("2026-12-31"), start: isoDate("2025-01-01"), tentative: false))
        #expect(schedule("nv49") == .recurring(.yearly))
        #expect(schedule("nv61") == .recurring(.yearly))
        #expect(schedule("nv76") == .ongoingFrom(isoDate("2025-01-01")))
        #expect(schedule("nv9") == .ongoing)
        #expect(schedule("nv124") == .recurring(.yearly))
        #expect(schedule("nv115") == .ongoingFrom(isoDate("2025-01-01")))
        #expect(schedule("nv140") == .ongoing)
        #expect(plan.tasks.compactMap(\.deliverable).count == 131)
        // "Các bộ, ngành, địa phương" leads like any body.
        #expect(plan.tasks.filter { $0.leads == ["cbnd"] }.map(\.id)
            == ["nv3", "nv6", "nv7", "nv55", "nv58", "nv65", "nv71", "nv72", "nv73", "nv93", "nv96", "nv121", "nv124", "nv127", "nv129"])
        #expect(plan.document.agencies.filter { $0.collective == true }.count == 10)
        #expect(plan.tasks.first { $0.id == "nv115" }?.leads == ["cttptttw"])
        #expect(plan.tasks.first { $0.id == "nv138" }?.leads == ["tddncns"])
        // Two names of one body ("… Việt Nam") are one agency, and a cell of eight ministries is eight leads.
        #expect(plan.tasks.first { $0.id == "nv83" }?.leads == ["vhlkhvcn", "vhlkhxhvn"])
        #expect(plan.tasks.first { $0.id == "nv108" }?.leads == ["bca", "bldtbvxh", "btnvmt", "bgtvt", "nhnn", "bnnvptnt", "bkhvcn", "btc"])
        #expect(plan.tasks.first { $0.id == "nv113" }?.leads == ["vpcp", "bca"])
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
        #expect(groups.map(\.total) == [13, 29, 34, 12, 28, 15, 9])
        #expect(groups.map(\.overdue) == [6, 4, 2, 0, 6, 2, 0])
        let status = try store.status(.all, asOf: isoDate("2025-07-01"))
        #expect(status.completion.total == 140)
        #expect(status.counts[.deadlineUnknown] == 1, "task 42 states no time")
        #expect(status.counts[.overdue] == 20)
        #expect(status.counts[.ongoing] == 19)
        #expect(try store.plans().map(\.place) == ["Chính phủ"])
        // "Hằng năm" in a programme for 2025 - 2030 falls due every year: three years past by 2028.
        let recurring = try store.status(.all, asOf: isoDate("2028-03-01")).recurring
        #expect(recurring.map { "\($0.id) \($0.occurrences.past) \($0.occurrences.current?.key ?? "-")" }
            == ["nv49 3 2028", "nv61 3 2028", "nv124 3 2028"])
    }

    /// Kế hoạch 552/KH-UBND of Đồng Tháp: a province's plan to 2035, its appendix of 19 tasks
    /// in four groups whose numbering restarts in each group, with collective coordinators
    /// ("Sở, ban, ngành có liên quan", "Viện, Trường") and year ranges.
    @Test func provincesTechnologyPlanLoadsAsWritten() throws {
        let outcome = PlanLoader.load(path: PackageFiles.path("Tests/RealPlans/kh552-dong-thap-2025.yaml"))
        #expect(outcome.diagnostics.map(\.description) == [])
        let plan = try #require(outcome.plan)
        #expect(plan.document.planLevel == .tinh)
        #expect(plan.document.place.shown == "Ủy ban nhân dân tỉnh Đồng Tháp")
        #expect(plan.document.yearSpan == YearSpan(first: 2025, last: 2035))
        #expect(plan.tasks.count == 19)
        #expect(plan.document.groups?.map(\.number) == ["I", "II", "III", "IV"])
        #expect(plan.document.groups?.last?.title == "PHÁT TRIỂN NGUỒN NHÂN LỰC")
        #expect(Dictionary(grouping: plan.tasks, by: { $0.group ?? "" }).mapValues(\.count)
            == ["nhom-1": 4, "nhom-2": 5, "nhom-3": 5, "nhom-4": 5])
        func task(_ id: String) -> PlanTask? { plan.tasks.first { $0.id == id } }
        #expect(task("nv1-2")?.schedule == .due(isoDate("2026-12-31"), start: nil, tentative: false))
        #expect(task("nv2-2")?.schedule == .due(isoDate("2035-12-31"), start: isoDate("2025-01-01"), tentative: false))
        #expect(task("nv4-1")?.schedule == .due(isoDate("2030-12-31"), start: isoDate("2025-01-01"), tentative: false))
        #expect(task("nv1-1")?.schedule == .ongoing)
        #expect(task("nv4-5")?.schedule == .ongoing)
        #expect(task("nv1-3")?.leads == ["lhchkhvkt"])
        #expect(task("nv3-4")?.leads == ["svhttdl"])
        // The same body written two ways is one agency; "Liên hiệp các Hội …" is one body.
        #expect(task("nv3-5")?.leads == ["bqlkkttdt"])
        #expect(plan.document.agencies.first { $0.id == "bqlkkttdt" }?.aliases == ["Ban Quản lý khu Kinh tế"])
        #expect(plan.document.agencies.filter { $0.collective == true }.count == 0)
        #expect(task("nv1-4")?.coordinators == [.text("Viện, Trường"), .text("Doanh nghiệp, Sở, ban, ngành có liên quan")])
        #expect(task("nv1-2")?.coordinators == [.agency("sct"), .agency("bqlkkttdt")])
        #expect(plan.tasks.compactMap(\.deliverable) == [])

        let store = try TaskStore.inMemory()
        _ = try store.load(plan, sourcePath: "kh552-dong-thap-2025.yaml")
        let groups = try store.statusByGroup(.all, asOf: isoDate("2026-07-01"))
        #expect(groups.map(\.total) == [4, 5, 5, 5])
        #expect(groups.map(\.overdue) == [0, 0, 0, 0])
        #expect(try store.status(.all, asOf: isoDate("2026-07-01")).counts[.ongoing] == 6)
        // The three tasks due in 2026 are overdue from the first day of 2027.
        let later = try store.status(.all, asOf: isoDate("2027-01-01"))
        #expect(later.counts[.overdue] == 3)
        #expect(try store.plans().map(\.place) == ["Ủy ban nhân dân tỉnh Đồng Tháp"])
    }

    /// Kế hoạch 617/KH-UBND of Đồng Tháp: 11 tasks numbered through four groups whose rows
    /// are one cell across the table, with deadlines written "Quí IV-2025" and yearly duties.
    @Test func provincesBusinessDigitalPlanLoadsAsWritten() throws {
        let outcome = PlanLoader.load(path: PackageFiles.path("Tests/RealPlans/kh617-dong-thap-2025.yaml"))
        #expect(outcome.diagnostics.map(\.description) == [])
        let plan = try #require(outcome.plan)
        #expect(plan.document.planLevel == .tinh)
        #expect(plan.tasks.count == 11)
        #expect(plan.tasks.map(\.id) == (1...11).map { "nv\($0)" })
        #expect(plan.document.groups?.map(\.number) == ["I.", "II.", "III.", "IV."])
        #expect(plan.document.groups?.first?.title == "NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY")
        #expect(Dictionary(grouping: plan.tasks, by: { $0.group ?? "" }).mapValues(\.count)
            == ["nhom-1": 3, "nhom-2": 4, "nhom-3": 1, "nhom-4": 3])
        func task(_ id: String) -> PlanTask? { plan.tasks.first { $0.id == id } }
        for id in ["nv4", "nv5", "nv6", "nv8", "nv11"] {
            #expect(task(id)?.timeline == "Quí IV-2025")
            #expect(task(id)?.schedule == .due(isoDate("2025-12-31"), start: nil, tentative: false), "\(id)")
        }
        #expect(task("nv3")?.schedule == .recurring(.yearly))
        #expect(task("nv7")?.schedule == .recurring(.yearly))
        #expect(task("nv1")?.schedule == .ongoing)
        #expect(task("nv3")?.leads == ["snv"])
        #expect(task("nv5")?.leads == ["sct"])
        #expect(task("nv8")?.coordinators
            == [.agency("bqlkkt"), .agency("sct"), .text("các doanh nghiệp viễn thông"), .text("các cơ quan, đơn vị liên quan")])

        let store = try TaskStore.inMemory()
        _ = try store.load(plan, sourcePath: "kh617-dong-thap-2025.yaml")
        let groups = try store.statusByGroup(.all, asOf: isoDate("2026-07-01"))
        #expect(groups.map(\.total) == [3, 4, 1, 3])
        #expect(groups.map(\.overdue) == [0, 3, 1, 1])
        let status = try store.status(.all, asOf: isoDate("2026-07-01"))
        #expect(status.completion.total == 11)
        #expect(status.counts[.overdue] == 5)
        #expect(status.counts[.ongoing] == 6)
        #expect(try store.status(.all, asOf: isoDate("2025-12-31")).counts[.overdue] == 0)
    }

    /// Kế hoạch 310/KH-UBND of Hà Nội: a city's plan to 2030 whose appendix of six tasks has
    /// no groups, a lead written for many bodies, and timelines as printed ("Quý III Năm 2026",
    /// "Quý IV/2025- Quý II/2026", "Hàng năm").
    @Test func citysInfrastructurePlanLoadsAsWritten() throws {
        let outcome = PlanLoader.load(path: PackageFiles.path("Tests/RealPlans/kh310-ha-noi-2025.yaml"))
        #expect(outcome.diagnostics.map(\.description) == [])
        let plan = try #require(outcome.plan)
        #expect(plan.document.planLevel == .tinh)
        #expect(plan.document.place.shown == "Ủy ban nhân dân thành phố Hà Nội")
        #expect(plan.document.yearSpan == YearSpan(first: 2025, last: 2030))
        #expect(plan.tasks.map(\.id) == ["nv1", "nv2", "nv3", "nv4", "nv5", "nv6"])
        #expect(plan.document.groups == nil)
        func task(_ id: String) -> PlanTask? { plan.tasks.first { $0.id == id } }
        #expect(task("nv1")?.schedule == .due(isoDate("2026-09-30"), start: nil, tentative: false))
        #expect(task("nv2")?.schedule == .due(isoDate("2026-06-30"), start: isoDate("2025-10-01"), tentative: false))
        #expect(task("nv3")?.schedule == .ongoing)
        #expect(task("nv6")?.schedule == .recurring(.yearly))
        #expect(plan.tasks.filter { $0.leads == ["bqlckcncvkcn"] }.map(\.id) == ["nv1", "nv2", "nv3", "nv4", "nv6"])
        // Enterprises, IoT providers and investors lead task 5, as many bodies at once.
        #expect(task("nv5")?.leads == ["dnnccdvindt"])
        #expect(plan.document.agencies.first { $0.id == "dnnccdvindt" }?.collective == true)
        #expect(task("nv1")?.coordinators == [.agency("skhvcn"), .agency("sct"), .text("UBND các phường, xã")])

        let store = try TaskStore.inMemory()
        _ = try store.load(plan, sourcePath: "kh310-ha-noi-2025.yaml")
        let status = try store.status(.all, asOf: isoDate("2026-07-01"))
        #expect(status.completion.total == 6)
        #expect(status.counts[.overdue] == 1, "task 2 fell due on 30/06/2026")
        #expect(status.counts[.ongoing] == 4)
        #expect(try store.plans().map(\.place) == ["Ủy ban nhân dân thành phố Hà Nội"])
    }

    /// Kế hoạch 179/KH-UBND of Đồng Nai: 94 tasks with their deliverables, in three parts
    /// (A, B, C) each divided into groups, two of them due in 2025, before the plan's years
    /// but after its issue (18/11/2025): work of the year it was issued in, no year typed
    /// wrong, so not warned of.
    @Test func provincesDigitalEconomyPlanLoadsAsWritten() throws {
        let outcome = PlanLoader.load(path: PackageFiles.path("Tests/RealPlans/kh179-dong-nai-2025.yaml"))
        #expect(outcome.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity)" } == [])
        let plan = try #require(outcome.plan)
        #expect(plan.document.planLevel == .tinh)
        #expect(plan.document.yearSpan == YearSpan(first: 2026, last: 2030))
        #expect(plan.tasks.count == 94)
        #expect(plan.tasks.compactMap(\.deliverable).count == 94)
        let numbers = plan.document.groups?.map { $0.number ?? "" } ?? []
        #expect(numbers.prefix(3) == ["A.I", "A.II", "A.III"])
        #expect(numbers.filter { $0.hasPrefix("B.") } == ["B.I", "B.II", "B.III", "B.IV", "B.IV", "B.VI", "B.VII"])
        #expect(numbers.last == "C.VI")
        let counts = Dictionary(grouping: plan.tasks, by: { $0.group ?? "" }).mapValues(\.count)
        #expect((1...22).map { counts["nhom-\($0)"] ?? 0 } == [1, 9, 1, 7, 7, 5, 7, 5, 5, 8, 3, 3, 4, 11, 3, 2, 2, 2, 3, 1, 2, 3])
        func task(_ id: String) -> PlanTask? { plan.tasks.first { $0.id == id } }
        #expect(task("nv1-1-1")?.schedule == .due(isoDate("2030-12-31"), start: isoDate("2026-01-01"), tentative: false))
        #expect(task("nv4-4-1")?.deadline == isoDate("2025-12-31"))
        #expect(task("nv14-5-2-3")?.leads == ["sct"])
        #expect(task("nv9-9-4")?.leads == ["syt", "sgdvdt"])
        #expect(task("nv17-1-2")?.leads == ["skhvcn", "ubndc"])
        #expect(plan.document.agencies.first { $0.id == "ubndc" }.map { ($0.name, $0.collective) } ?? ("", nil) == ("UBND các phường xã", true))
        #expect(task("nv1-1-1")?.deliverable == "Các cơ chế, chính sách; các văn bản quy phạm pháp luật")

        let store = try TaskStore.inMemory()
        _ = try store.load(plan, sourcePath: "kh179-dong-nai-2025.yaml")
        let status = try store.status(.all, asOf: isoDate("2026-01-01"))
        #expect(status.completion.total == 94)
        #expect(status.counts[.overdue] == 2)
        let groups = try store.statusByGroup(.all, asOf: isoDate("2026-01-01"))
        #expect(groups.count == 22)
        #expect(groups.map(\.overdue).reduce(0, +) == 2)
    }
}
