import BDHVSCore
import BDHVSTestSupport
import Foundation
import HTTPTypes
import Testing
@testable import BDHVSServer

/// A seeded fuzz run of the dashboard's requests through `Dashboard.answer`, as the server
/// calls it: targets of every route mutated (odd paths, huge and percent-encoded garbage
/// queries, repeated keys, markup and quotes in every value). Each answer is a page or a
/// refusal with its status (never a 500, which would mean an error nobody put into words),
/// within the time limit, and no text of the request reaches the page unescaped.
@Suite struct RequestFuzzTests {
    /// Targets of every route with the parameters each takes.
    static let seeds = [
        "/", "/?q=Ngh%C4%A9a+Giang&lang=en", "/style.css", "/tinh/quang-ngai?overdue=1&q=tr%C3%A0",
        "/xa/dong-tra-bong-2025?status=overdue&agency=ubnd&q=h%E1%BB%8Dc", "/xa/dong-tra-bong-2025/nv1?as_of=31/12/2025",
        "/api/status?province=Qu%E1%BA%A3ng%20Ng%C3%A3i", "/api/tasks?plan=nghia-giang-2025&overdue=1&agency=ubnd",
        "/api/overdue?all=1", "/api/task?plan=dong-tra-bong-2025&task=nv2", "/api/results?by=commune", "/api/freshness?since=2025-01-01",
        "/api/plans", "/csv/tasks?status=done_late&q=x", "/csv/communes?province=quang-ngai", "/csv/provinces", "/csv/by-lead?plan=viet-hung-2025",
        "/csv/results?commune=Vi%E1%BB%87t+H%C6%B0ng", "/csv/freshness?province=ha-noi", "/xa/viet-hung-2025?lang=en&as_of=2025-06-30",
    ]

    /// Words of the grammar and values that break pages: a marker that must never come back
    /// as markup, quotes, encodings of control bytes and of '/', '..', numbers at the edges.
    static let dictionary = [
        "?", "&", "=", "/", "%", "%2", "%zz", "%00", "%0A", "%1b", "%2F", "%2e%2e", "%C3", "%E1%BB", "%F0%9F%98%80", "%FF", "%ED%A0%80",
        "+", "#", ";", "..", ".", "//", "\\", "<i>fz</i>", "%3Ci%3Efz%3C%2Fi%3E", "%22%3E%3Ci%3Efz", "'", "%27", "\"", "%22",
        "as_of=", "lang=en", "lang=vi", "q=", "status=", "agency=", "overdue=", "plan=", "task=", "province=", "commune=", "by=",
        "since=", "all=", "token=", "as_of=9999-12-31", "as_of=0000-01-01", "as_of=29/02/2025", "as_of=2025-W01", "since=-1",
        "by=commune", "by=province", "by=national", "status=overdue", "task=nv99999999999999999999", "tinh", "xa", "api", "csv",
        "=cmd|' /C calc'!A0", "%3Dcmd", "@SUM(1)", String(repeating: "a", count: 300), String(repeating: "%C3%A0", count: 120),
    ]

    @Test func shortSeededRunFindsNothing() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        var campaign = FuzzCampaign.fromEnvironment(corpus: Self.seeds.map { Array($0.utf8) }, dictionary: Self.dictionary,
                                                    iterations: 500, seed: 20261130)
        campaign.timeLimit = .seconds(2)
        let report = campaign.run { bytes in
            var verdict = FuzzCampaign.Verdict()
            // The server hands over a target of bytes as text; invalid UTF-8 is repaired on the way.
            let target = String(decoding: bytes, as: UTF8.self)
            let answer = fixture.get(target)
            verdict.features.insert("\(answer.status) \(target.split(separator: "?").first?.split(separator: "/").first ?? "")")
            if ![200, 400, 404, 414].contains(answer.status) { verdict.problems.append("status \(answer.status)") }
            if answer.body.isEmpty { verdict.problems.append("an empty answer") }
            if answer.body.contains("<i>fz") { verdict.problems.append("request text reached the page as markup") }
            if answer.contentType.hasPrefix("application/json"), (try? JSONSerialization.jsonObject(with: Data(answer.body.utf8))) == nil {
                verdict.problems.append("an answer that is not JSON")
            }
            return verdict
        }
        for finding in report.findings.prefix(5) {
            Issue.record("\(finding.problems.joined(separator: "; ")): \(String(decoding: finding.input, as: UTF8.self))")
        }
        #expect(report.iterations == campaign.iterations)
        #expect(report.findings.count == 0)
    }

    /// Requests through the server's responder with its token (`DashboardServer.respond`):
    /// a method, a target and header lines mutated (cookies, authorization, cache control).
    /// Every answer has a status the server gives, the security headers, and a cookie only
    /// for a request that carried the token (the pages themselves are the run above).
    @Test func shortSeededRunOverTheResponderFindsNothing() async throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let secret = "s3cret-token-0123456789"
        let server = try DashboardServer(dashboard: fixture.dashboard, host: "0.0.0.0", port: 0, token: AccessToken(fileContents: secret))
        let seeds = [
            "GET\n/?token=\(secret)\nCache-Control: no-cache", "HEAD\n/xa/dong-tra-bong-2025\nCookie: a=b; bdhvs_token=\(secret)",
            "GET\n/api/status\nAuthorization: Bearer \(secret)\nAccept: */*", "POST\n/\nContent-Length: 5", "GET\n/tinh/quang-ngai\nCookie: bdhvs_token=",
        ].map { Array($0.utf8) }
        let words = Self.dictionary + ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE", "CONNECT", "get", "Cookie: ", "Authorization: ",
                                       "Bearer ", "Basic ", "bdhvs_token=", secret, "; ", "\r\n", ": ", String(repeating: "x", count: 9000)]
        var mutator = Mutator(seed: 20261130, dictionary: words)
        var problems: [String] = []
        for iteration in 0..<600 {
            let input = iteration < seeds.count ? seeds[iteration] : mutator.mutate(seeds[mutator.random.below(seeds.count)], corpus: seeds)
            let lines = String(decoding: input, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            // What the HTTP parser would refuse never reaches the responder: an invalid method or header name.
            guard lines.count >= 2, let method = HTTPRequest.Method(lines[0]) else { continue }
            var headers = HTTPFields()
            for line in lines.dropFirst(2) {
                let parts = line.split(separator: ":", maxSplits: 1).map(String.init)
                if parts.count == 2, let name = HTTPField.Name(parts[0]) { headers.append(HTTPField(name: name, value: parts[1].trimmingSpaces)) }
            }
            let answer = await server.respond(method: method, target: lines[1], headers: headers)
            let said = "\(method) \(lines[1].prefix(80)) → \(answer.status.code)"
            if ![200, 400, 401, 404, 405, 414].contains(answer.status.code) { problems.append(said) }
            if answer.headers[.contentSecurityPolicy] == nil { problems.append("no security headers: \(said)") }
            // The token remembered in a cookie only for a request that carried it.
            if answer.headers[.setCookie] != nil, answer.status.code == 401 || !lines.contains(where: { $0.contains(secret) }) {
                problems.append("a cookie without the token: \(said)")
            }
        }
        #expect(problems == [])
    }
}
