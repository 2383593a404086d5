import BDHVSCore
import Foundation
import Testing
@testable import BDHVSServer

/// Each level's page shows the numbers of `plan status` for the same scope and day, its
/// rows sorted by overdue, its filters applied, its links keeping the date and language.
@Suite struct DashboardPageTests {
    static let categories = TaskCategory.allCases.map(\.rawValue)

    /// The six counts a page shows, by category key.
    func counts(_ html: String) -> [String] {
        Self.categories.map { dataValues(html, key: $0).first ?? "missing" }
    }

    func expected(_ report: StatusReport) -> [String] {
        TaskCategory.allCases.map { Words(language: .vi).number(report.counts[$0, default: 0]) }
    }

    @Test func everyLevelShowsTheStatusNumbers() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let store = try TaskStore.open(path: fixture.path, access: .read)
        let asOf = DashboardFixture.asOf
        let national = fixture.get("/")
        #expect(national.status == 200)
        #expect(counts(national.body) == expected(try store.status(.all, asOf: asOf)))
        let province = fixture.get("/tinh/quang-ngai")
        #expect(province.status == 200)
        #expect(counts(province.body) == expected(try store.status(PlanScope(province: "Quảng Ngãi"), asOf: asOf)))
        let commune = fixture.get("/xa/dong-tra-bong-2025")
        let report = try store.status(PlanScope(plan: "dong-tra-bong-2025"), asOf: asOf)
        #expect(counts(commune.body) == expected(report))
        // The README's numbers for Đông Trà Bồng as of 31/12/2025.
        #expect(counts(commune.body) == ["0", "0", "0", "2", "2", "1"])
        #expect(dataValues(commune.body, key: "completion") == ["0/5 (0%)"])
        #expect(dataValues(commune.body, key: "due") == ["0/2 (0%)"])
        // Tasks most overdue first: nv1 (122 days) before nv5 (82).
        let overdue = dataValues(commune.body, key: "overdue")
        #expect(overdue.count == 3)
        #expect(commune.body.range(of: ">nv1</a>")!.lowerBound < commune.body.range(of: ">nv5</a>")!.lowerBound)
    }

    @Test func theAsOfDateChosenInThePageCountsAndStaysInLinks() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let store = try TaskStore.open(path: fixture.path, access: .read)
        let early = fixture.get("/xa/dong-tra-bong-2025?as_of=2025-09-02")
        #expect(counts(early.body) == expected(try store.status(PlanScope(plan: "dong-tra-bong-2025"), asOf: CivilDate(iso: "2025-09-02")!)))
        #expect(early.body.contains("<input type=\"text\" name=\"as_of\" value=\"02/09/2025\" placeholder=\"dd/mm/yyyy\" "
            + "inputmode=\"numeric\" pattern=\"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\" size=\"10\" maxlength=\"10\" required>"))
        // The field's own form (dd/mm/yyyy, as typed) counts the same as the links' ISO date.
        let typed = fixture.get("/xa/dong-tra-bong-2025?as_of=2%2F9%2F2025")
        #expect(typed.status == 200)
        #expect(counts(typed.body) == counts(early.body))
        #expect(early.body.contains("href=\"/xa/dong-tra-bong-2025/nv1?as_of=2025-09-02\""))
        #expect(early.body.contains("href=\"/tinh/quang-ngai?as_of=2025-09-02\""))
        // Without a chosen date, links carry none (the page counts as of the day it is opened).
        #expect(fixture.get("/xa/dong-tra-bong-2025").body.contains("href=\"/xa/dong-tra-bong-2025/nv1\""))
    }

    @Test func provincesAndCommunesSortedByOverdueAndFiltered() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let national = fixture.get("/")
        #expect(national.body.contains("href=\"/tinh/quang-ngai\">Quảng Ngãi</a>"))
        #expect(national.body.contains("href=\"/tinh/ha-noi\">Hà Nội</a>"))
        let province = fixture.get("/tinh/quang-ngai")
        #expect(province.body.contains("<h1>Quảng Ngãi</h1>"))
        let overdue = dataValues(province.body, key: "commune-overdue").compactMap { Int($0) }
        #expect(overdue.count == 2)
        #expect(overdue == overdue.sorted(by: >))
        let filtered = fixture.get("/tinh/quang-ngai?q=nghia+giang")
        #expect(dataValues(filtered.body, key: "commune-overdue").count == 1)
        #expect(filtered.body.contains("href=\"/xa/nghia-giang-2025\""))
        #expect(filtered.body.contains("Các xã, phường (quá hạn nhiều nhất trước): 1/2</h2>"))
        let onlyOverdue = fixture.get("/xa/dong-tra-bong-2025?status=overdue")
        // The counts table has one cell per category; the task rows only overdue ones.
        #expect(Array(dataValues(onlyOverdue.body, key: "overdue").dropFirst()) == ["Đang thực hiện quá hạn", "Đang thực hiện quá hạn"])
        #expect(dataValues(onlyOverdue.body, key: "ongoing") == ["2"])
        let byBody = fixture.get("/xa/dong-tra-bong-2025?agency=vhxh")
        #expect(byBody.status == 200)
        #expect(byBody.body.contains(">nv5</a>"))
        #expect(!byBody.body.contains(">nv1</a>"))
    }

    @Test func breadcrumbsAndTheTaskPage() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let task = fixture.get("/xa/dong-tra-bong-2025/nv1?as_of=2025-12-31")
        #expect(task.status == 200)
        #expect(task.body.contains("<nav class=\"crumbs\" aria-label=\"Vị trí\"><a href=\"/?as_of=2025-12-31\">Toàn quốc</a> › <a href=\"/tinh/quang-ngai?as_of=2025-12-31\">Quảng Ngãi</a> › <a href=\"/xa/dong-tra-bong-2025?as_of=2025-12-31\">xã Đông Trà Bồng</a> › nv1</nav>"))
        #expect(task.body.contains("<dt>Tình trạng</dt><dd>Đang thực hiện quá hạn</dd>"))
        #expect(task.body.contains("<dt>Quá hạn</dt><dd>122 ngày</dd>"))
        let english = fixture.get("/xa/dong-tra-bong-2025/nv1?as_of=2025-12-31&lang=en")
        #expect(english.body.contains("<html lang=\"en\">"))
        #expect(english.body.contains("<dt>Status</dt><dd>Overdue</dd>"))
        #expect(english.body.contains("<dt>Overdue</dt><dd>122 days</dd>"))
        #expect(english.body.contains("href=\"/?as_of=2025-12-31&amp;lang=en\">Nationwide</a>"))
    }

    @Test func apiIsTheCLIsJSONAndCSVTheCLIsCSV() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let store = try TaskStore.open(path: fixture.path, access: .read)
        let asOf = CivilDate(iso: "2025-10-01")!
        let status = fixture.get("/api/status?province=quang+ngai&as_of=2025-10-01")
        #expect(status.status == 200)
        #expect(status.contentType == "application/json; charset=utf-8")
        #expect(status.body == (try JSONOutput.render(try store.status(PlanScope(province: "quang ngai"), asOf: asOf))))
        let tasks = fixture.get("/api/tasks?plan=dong-tra-bong-2025&overdue=1&as_of=2025-10-01")
        #expect(tasks.body == (try JSONOutput.render(try store.tasks(PlanScope(plan: "dong-tra-bong-2025"), asOf: asOf,
                                                                      filter: TaskFilter(overdueOnly: true)))))
        let csv = fixture.get("/csv/tasks?plan=dong-tra-bong-2025&as_of=2025-10-01")
        #expect(csv.contentType == "text/csv; charset=utf-8")
        #expect(csv.headers["Content-Disposition"] == "attachment; filename=\"nhiem-vu.csv\"")
        #expect(csv.body == CSVWriter().tasks(try store.tasks(PlanScope(plan: "dong-tra-bong-2025"), asOf: asOf)))
        let communes = fixture.get("/csv/communes?province=Quảng+Ngãi")
        #expect(communes.body.hasPrefix("\u{FEFF}plan,commune,commune_kind,province,year,total,done_on_time,done_late,in_progress,overdue,ongoing,deadline_unknown,worst_days_overdue\r\n"))
        #expect(communes.body.components(separatedBy: "\r\n").count == 4)
        #expect(fixture.get("/csv/by-lead?plan=dong-tra-bong-2025").body.hasPrefix("\u{FEFF}agency,agency_id,total,done,overdue\r\n"))
        #expect(fixture.get("/csv/provinces").body.contains("\r\nQuảng Ngãi,2,"))
        #expect(fixture.get("/api/nothing").status == 404)
    }
}

extension DashboardPageTests {
    /// With a helper connection (as `serve` opens it) a national or province page reads its
    /// status and its results at the same time: the same bytes as reading them in turn, and
    /// an unknown province is still a 404.
    @Test func aHelperConnectionGivesTheSamePages() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let helped = Dashboard(store: try TaskStore.open(path: fixture.path, access: .readOnly),
                               helper: try TaskStore.open(path: fixture.path, access: .readOnly), today: { DashboardFixture.asOf })
        for target in ["/", "/?lang=en", "/tinh/quang-ngai", "/tinh/ha-noi?as_of=2025-09-02", "/tinh/khong-co", "/xa/nghia-giang-2025"] {
            let alone = fixture.get(target), both = helped.answer(target)
            #expect(both.status == alone.status, "\(target)")
            #expect(both.body == alone.body, "\(target)")
        }
        #expect(helped.answer("/tinh/khong-co").status == 404)
        #expect(try helped.store.provinces() == ["Hà Nội", "Quảng Ngãi"], "the names a slug is looked up among")
        #expect(helped.answer("/tinh/quang-ngai").body.contains("xã Nghĩa Giang"))
    }
}
