@testable import BDHVSCore
import Foundation
import HTTPTypes
import Hummingbird
import Testing
@testable import BDHVSServer

/// The server's safety: loopback unless a token is given, the token compared in constant
/// time and remembered in a cookie, read-only methods, the headers every answer carries,
/// hostile text inert.
@Suite struct ServerSafetyTests {
    static let secret = "s3cret-token-0123456789"

    @Test func anotherAddressNeedsAToken() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        #expect(throws: ServeError.tokenNeeded(host: "0.0.0.0")) {
            try DashboardServer(dashboard: fixture.dashboard, host: "0.0.0.0", port: 0, token: nil)
        }
        for host in ["127.0.0.1", "127.1.2.3", "::1", "localhost"] {
            #expect(DashboardServer.isLoopback(host), "\(host)")
        }
        for host in ["0.0.0.0", "192.168.1.10", "127.0.0.1.example", "::", "127.0.0.256"] {
            #expect(!DashboardServer.isLoopback(host), "\(host)")
        }
        _ = try DashboardServer(dashboard: fixture.dashboard, host: "0.0.0.0", port: 0, token: AccessToken(fileContents: Self.secret + "\n"))
    }

    @Test func weakTokensAreRefused() {
        #expect(AccessToken(fileContents: "short") == nil)
        #expect(AccessToken(fileContents: "sixteen chars no") == nil)
        #expect(AccessToken(fileContents: "mật-khẩu-có-dấu-dài-đủ") == nil)
        #expect(AccessToken(fileContents: "  \(Self.secret)  \nsecond line") != nil)
    }

    @Test func tokenComparison() throws {
        let token = try #require(AccessToken(fileContents: Self.secret))
        #expect(token.matches(Self.secret))
        #expect(!token.matches(Self.secret + "x"))
        #expect(!token.matches(String(Self.secret.dropLast())))
        #expect(!token.matches(""))
        #expect(token.admits(query: nil, authorization: "Bearer \(Self.secret)", cookie: nil))
        #expect(token.admits(query: nil, authorization: nil, cookie: "a=b; bdhvs_token=\(Self.secret)"))
        #expect(!token.admits(query: "wrong-token-0123456789", authorization: "Basic x", cookie: "bdhvs_token=nope"))
    }

    @Test func headersMethodsAndTheTokenOverTheResponder() async throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let open = try DashboardServer(dashboard: fixture.dashboard, host: "127.0.0.1", port: 0, token: nil)
        let page = await open.respond(method: .get, target: "/xa/dong-tra-bong-2025", headers: [:])
        #expect(page.status == .ok)
        #expect(page.headers[.contentSecurityPolicy] == SecurityHeaders.contentSecurityPolicy)
        #expect(page.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none';") == true)
        #expect(page.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
        #expect(page.headers[.cacheControl] == "no-cache")
        #expect(page.headers[.contentType] == "text/html; charset=utf-8")
        for method in [HTTPRequest.Method.post, .put, .delete, .patch] {
            let refused = await open.respond(method: method, target: "/", headers: [:])
            #expect(refused.status.code == 405, "\(method)")
        }

        let guarded = try DashboardServer(dashboard: fixture.dashboard, host: "0.0.0.0", port: 0, token: AccessToken(fileContents: Self.secret))
        let anonymous = await guarded.respond(method: .get, target: "/", headers: [:])
        #expect(anonymous.status.code == 401)
        #expect(anonymous.headers[.cacheControl] == "no-store")
        let wrong = await guarded.respond(method: .get, target: "/?token=wrong-token-0123456789", headers: [:])
        #expect(wrong.status.code == 401)
        let first = await guarded.respond(method: .get, target: "/?token=\(Self.secret)", headers: [:])
        #expect(first.status == .ok)
        #expect(first.headers[.setCookie] == "bdhvs_token=\(Self.secret); Path=/; HttpOnly; SameSite=Strict")
        #expect(first.headers[.cacheControl] == "no-store")
        let later = await guarded.respond(method: .get, target: "/tinh/quang-ngai", headers: [.cookie: "bdhvs_token=\(Self.secret)"])
        #expect(later.status == .ok)
        #expect(later.headers[.setCookie] == nil)
        let program = await guarded.respond(method: .get, target: "/api/status", headers: [.authorization: "Bearer \(Self.secret)"])
        #expect(program.status == .ok)
    }

    @Test func hostileTextRendersInert() throws {
        let hostile = "</td><script>alert(1)</script><img src=x onerror=alert(2)>\"'&\u{1B}[31m\u{0}"
        let inert = "&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;[31m"
        let context = PageContext(asOf: DashboardFixture.asOf, language: .vi, chosenAsOf: nil)
        let task = TaskRow(plan: hostile, id: hostile, parent: nil, title: hostile, lead: [hostile], timeline: hostile, deadline: nil,
                           tentative: false, status: .overdue, daysOverdue: 3)
        let row = PlanStatusRow(plan: hostile, commune: hostile, communeKind: "xã", province: hostile, year: 2025,
                                counts: [.overdue: 1], total: 1, overdue: 1, worstDaysOverdue: 3)
        let lead = LeadCount(agency: hostile, agencyID: hostile, total: 1, done: 0, overdue: 1)
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        var report = try fixture.dashboard.store.status(.all, asOf: DashboardFixture.asOf)
        report.title = hostile
        report.plans = [row]
        report.byLead = [lead]
        let commune = CommuneView.render(CommunePage(report: report, row: row, tasks: [task], tasksInAll: 1, category: nil, filter: nil),
                                         filters: .init(category: nil, agency: hostile, text: hostile), context: context)
        let province = ProvinceView.render(ProvincePage(province: hostile, report: report, filter: hostile, overdueOnly: false),
                                           freshness: [CommuneFreshness(commune: hostile, province: hostile, asOf: nil)],
                                           filter: nil, overdueOnly: false, context: context)
        let national = NationalView.render(NationalPage(report: report, filter: nil), freshness: nil, filter: hostile, context: context)
        for page in [commune, province, national] {
            #expect(!page.contains("<script"))
            #expect(!page.contains("<img"))
            #expect(!page.contains("\u{1B}"))
            #expect(!page.contains("\u{0}"))
            #expect(page.contains(inert))
        }
        let error = ErrorPage.render(.notFound(path: hostile), language: .vi)
        #expect(!error.body.contains("<script"))
        #expect(error.body.contains(inert))
    }
}

/// The causes of a socket that does not open, each told plainly (`bdhvs serve`); that they
/// are recognised is tested on real sockets (`ServeCLITests`).
@Suite struct BindProblemTests {
    @Test func messagesSayWhatToDo() {
        #expect(ServeError.cannotBind(host: "127.0.0.1", port: 80, problem: .notPermitted).text(.vi)
                == "máy không cho phép mở cổng 80 (cổng dưới 1024 cần quyền quản trị); hãy chọn cổng từ 1024 trở lên, ví dụ 8080")
        #expect(ServeError.cannotBind(host: "127.0.0.1", port: 8080, problem: .inUse).text(.en)
                == "port 8080 of '127.0.0.1' is in use by another program (perhaps another 'bdhvs serve'); choose another port")
        #expect(ServeError.cannotBind(host: "10.0.0.9", port: 8080, problem: .notThisMachine).text(.vi)
                == "'10.0.0.9' không phải địa chỉ của máy này; cần một địa chỉ IP của máy, ví dụ 127.0.0.1 hoặc 0.0.0.0")
    }
}
