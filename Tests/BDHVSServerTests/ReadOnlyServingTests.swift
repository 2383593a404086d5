@testable import BDHVSCore
import Foundation
import GRDB
import HTTPTypes
import Testing
@testable import BDHVSServer

/// The dashboard never writes: its connections are read-only, an older database is refused
/// rather than migrated, and serving pages leaves the file as it was. Several readers answer
/// concurrent requests, each request getting the page a lone reader gives.
@Suite struct ReadOnlyServingTests {
    static let pages = ["/", "/tinh/quang-ngai", "/tinh/ha-noi", "/xa/dong-tra-bong-2025", "/xa/nghia-giang-2025/nv1",
                        "/api/status?province=quang+ngai", "/csv/tasks?plan=dong-tra-bong-2025"]

    @Test func anOlderDatabaseIsRefusedAndLeftAsItWas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bdhvs-older-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("cu.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(queue, upTo: "v9-status-tallies")
        try queue.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        #expect(throws: StoreError.olderDatabase(path: path)) { try TaskStore.open(path: path, access: .readOnly) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["cu.sqlite"])
        #expect(StoreError.olderDatabase(path: path).text(.vi) == "cơ sở dữ liệu '\(path)' có lược đồ của phiên bản bdhvs cũ hơn và chỉ được mở để đọc nên không được cập nhật; hãy cập nhật trước bằng một lệnh bdhvs trên tệp này (như 'bdhvs plan status')")

        // A reading command may still bring it up to date (the file is writable); then it serves.
        _ = try TaskStore.open(path: path, access: .read)
        _ = try TaskStore.open(path: path, access: .readOnly)
    }

    @Test func servingPagesWritesNothing() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        // The database and its WAL (the loading connection's commits) byte for byte, and when they last changed.
        func state() -> [Data?] {
            ["", "-wal"].flatMap { suffix -> [Data?] in
                let path = fixture.path + suffix
                let modified = try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
                return [try? Data(contentsOf: URL(fileURLWithPath: path)), modified.map { Data("\($0.timeIntervalSince1970)".utf8) }]
            }
        }
        let before = state()
        #expect(before[0] != nil)
        for target in Self.pages { #expect(fixture.dashboard.answer(target).status == 200, "\(target)") }
        #expect(state() == before)
        #expect(throws: StoreError.databaseFailed("attempt to write a readonly database")) {
            try fixture.dashboard.store.write { db in try db.execute(sql: "DELETE FROM task") }
        }
        #expect(state() == before)
    }

    @Test func concurrentRequestsShareTheReaders() async throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let readers = ReaderPool(try (0..<2).map { _ in
            Dashboard(store: try TaskStore.open(path: fixture.path, access: .readOnly), today: { DashboardFixture.asOf })
        })
        #expect(readers.size == 2)
        let expected = Self.pages.map { fixture.dashboard.answer($0) }
        // Ten times more requests than readers, all at once: every one waits its turn and gets its page.
        let answers = await withTaskGroup(of: (Int, DashboardResponse).self) { group in
            for round in 0..<20 {
                let index = round % Self.pages.count
                group.addTask { (index, await readers.answer(Self.pages[index]).response) }
            }
            var answers: [(Int, DashboardResponse)] = []
            for await answer in group { answers.append(answer) }
            return answers
        }
        #expect(answers.count == 20)
        for (index, answer) in answers { #expect(answer == expected[index], "\(Self.pages[index])") }
    }

    @Test func theServerSaysHowLongAPageTookAndWaited() async throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let server = try DashboardServer(dashboard: fixture.dashboard, host: "127.0.0.1", port: 0, token: nil)
        let page = await server.respond(method: .get, target: "/xa/dong-tra-bong-2025", headers: [:])
        let timing = try #require(page.headers[HTTPField.Name("Server-Timing")!])
        #expect(timing.wholeMatch(of: /app;dur=[0-9]+\.[0-9]{3}, wait;dur=[0-9]+\.[0-9]{3}/) != nil, "\(timing)")
        #expect(DashboardServer.milliseconds(.microseconds(12_345)) == "12.345")
        #expect(DashboardServer.milliseconds(.microseconds(7)) == "0.007")
        #expect(DashboardServer.milliseconds(.seconds(2)) == "2000.000")
    }
}
