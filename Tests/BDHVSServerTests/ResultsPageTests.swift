import BDHVSCore
import Foundation
import Testing
@testable import BDHVSServer

/// Results per target group on the pages: the latest running total counts (never the sum),
/// coverage is confirmed ÷ population, the API is the CLI's `results` JSON.
@Suite struct ResultsPageTests {
    static func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func coverageOnEachLevelAsOfTheChosenDay() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let writer = try TaskStore.open(path: fixture.path, access: .write)
        let figures: [(GroupFigureKind, Int64, String)] = [(.population, 20_000, "2025-06-30"), (.confirmed, 5_000, "2025-10-01"), (.confirmed, 8_000, "2025-12-01")]
        for (kind, count, on) in figures {
            _ = try writer.recordFigure(GroupFigureInput(kind: kind, plan: "nghia-giang-2025", group: "nguoi-dan", count: count, countedOn: Self.day(on)),
                                        by: "Lan", recordedOn: Self.day(on))
        }
        let commune = fixture.get("/xa/nghia-giang-2025")
        #expect(commune.status == 200)
        let people = try #require(dataValues(commune.body, key: "confirmed").first { $0 != "0" })
        #expect(people == "8.000")
        #expect(dataValues(commune.body, key: "coverage").contains("40%"))
        let november = fixture.get("/xa/nghia-giang-2025?as_of=2025-11-01")
        #expect(dataValues(november.body, key: "confirmed").contains("5.000"))
        #expect(dataValues(november.body, key: "coverage").contains("25%"))
        let province = fixture.get("/tinh/quang-ngai")
        #expect(dataValues(province.body, key: "coverage").contains("40%"))
        #expect(province.body.contains("href=\"/xa/nghia-giang-2025\">"))

        let store = try TaskStore.open(path: fixture.path, access: .read)
        let api = fixture.get("/api/results?province=quang+ngai&by=commune&as_of=2025-11-01")
        #expect(api.status == 200)
        #expect(api.body == (try JSONOutput.render(try store.results(ResultsQuery(scope: PlanScope(province: "quang ngai"), by: .commune,
                                                                                   asOf: Self.day("2025-11-01"))))))
        #expect(fixture.get("/api/results?by=hamlet").status == 400)
        let csv = fixture.get("/csv/results?plan=nghia-giang-2025")
        #expect(csv.body.contains("\r\nnguoi-dan,"))
    }

    /// An English page named the national target groups in Vietnamese ("Người dân trong độ
    /// tuổi trưởng thành") where `results --lang en` says "Adults": the names come from the
    /// same words in both.
    @Test func anEnglishPageNamesTheTargetGroupsInEnglish() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let english = fixture.get("/xa/nghia-giang-2025?lang=en")
        #expect(english.status == 200)
        for name in ["<td>Adults</td>", "<td>Pupils and students</td>", "<td>Public servants and public-sector workers</td>",
                     "<td>Workers in enterprises and cooperatives</td>"] {
            #expect(english.body.contains(name), "\(name)")
        }
        #expect(!english.body.contains("Người dân trong độ tuổi trưởng thành"))
        #expect(fixture.get("/xa/nghia-giang-2025").body.contains("<td>Người dân trong độ tuổi trưởng thành</td>"))
    }
}
