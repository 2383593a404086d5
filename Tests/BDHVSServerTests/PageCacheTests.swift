@testable import BDHVSCore
import Foundation
import GRDB
import HTTPTypes
import Testing
@testable import BDHVSServer

/// Answers are kept while the database and the day stay the same: a commit by another
/// connection, a new day or a reload builds them again; failures are never kept.
@Suite struct PageCacheTests {
    /// A day tests move forward.
    final class Day: @unchecked Sendable {
        private let lock = NSLock()
        private var value = DashboardFixture.asOf
        var current: CivilDate { lock.withLock { value } }
        func set(_ day: CivilDate) { lock.withLock { value = day } }
    }

    func pool(_ fixture: DashboardFixture, day: Day) throws -> ReaderPool {
        let readers = try (0..<2).map { _ in
            Dashboard(store: try TaskStore.open(path: fixture.path, access: .readOnly), today: { day.current })
        }
        return ReaderPool(readers, cache: PageCache(watcher: try TaskStore.open(path: fixture.path, access: .readOnly)))
    }

    func isKept(_ origin: ReaderPool.Origin) -> Bool { origin == .kept }

    @Test func aCommitOrANewDayBuildsThePagesAgain() async throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let day = Day()
        let readers = try pool(fixture, day: day)
        let first = await readers.answer("/xa/dong-tra-bong-2025")
        #expect(!isKept(first.origin))
        let second = await readers.answer("/xa/dong-tra-bong-2025")
        #expect(isKept(second.origin))
        #expect(second.response == first.response)
        let reload = await readers.answer("/xa/dong-tra-bong-2025", fresh: true)
        #expect(!isKept(reload.origin))
        #expect(readers.cache?.count == 1)

        // Another connection commits: the page is built again and shows the change.
        let queue = try DatabaseQueue(path: fixture.path)
        try await queue.write { db in try db.execute(sql: "UPDATE task SET title = 'Tên đã đổi' WHERE key = 'nv1'") }
        try queue.close()
        let changed = await readers.answer("/xa/dong-tra-bong-2025")
        #expect(!isKept(changed.origin))
        #expect(changed.response.body.contains("Tên đã đổi"))
        let again = await readers.answer("/xa/dong-tra-bong-2025")
        #expect(isKept(again.origin))

        // A new day: pages without an as_of count as of it.
        day.set(CivilDate(iso: "2026-01-01")!)
        let tomorrow = await readers.answer("/xa/dong-tra-bong-2025")
        #expect(!isKept(tomorrow.origin))
        #expect(tomorrow.response.body.contains("01/01/2026"))
    }

    @Test func failuresAreNotKept() async throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let readers = try pool(fixture, day: Day())
        for target in ["/xa/khong-co", "/?as_of=2025-13-01", "/khong-co"] {
            let first = await readers.answer(target)
            #expect(first.response.status >= 400, "\(target)")
            let second = await readers.answer(target)
            #expect(!isKept(second.origin), "\(target)")
        }
        #expect(readers.cache?.count == 0)
    }

    @Test func theServerSaysWhenAPageWasKept() async throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let server = try DashboardServer(readers: try pool(fixture, day: Day()), host: "127.0.0.1", port: 0, token: nil)
        let built = await server.respond(method: .get, target: "/", headers: [:])
        #expect(built.headers[HTTPField.Name("Server-Timing")!]?.hasPrefix("app;dur=") == true)
        let kept = await server.respond(method: .get, target: "/", headers: [:])
        #expect(kept.headers[HTTPField.Name("Server-Timing")!] == "cache;desc=hit")
        let reload = await server.respond(method: .get, target: "/", headers: [.cacheControl: "no-cache"])
        #expect(reload.headers[HTTPField.Name("Server-Timing")!]?.hasPrefix("app;dur=") == true)
    }
}
