import BDHVSCore
import Testing
@testable import BDHVSServer

/// What the dashboard refuses before building any page: traversal, bad encoding, oversized
/// or repeated queries, unknown paths and parameters, bad values. Each gets its status and
/// a page that says what is wrong, never a stack trace.
@Suite struct RequestSafetyTests {
    @Test func targetsAreTakenApartAndDecoded() throws {
        let target = try RequestTarget("/tinh/qu%E1%BA%A3ng-ng%C3%A3i?q=Ngh%C4%A9a+Giang&as_of=2025-12-31")
        #expect(target.segments == ["tinh", "quảng-ngãi"])
        #expect(target.query == ["q": "Nghĩa Giang", "as_of": "2025-12-31"])
        #expect(try RequestTarget("/").segments.isEmpty)
    }

    @Test(arguments: [
        ("/xa/..", DashboardFailure.traversal), ("/xa/%2e%2E/etc", .traversal), ("/xa/.", .traversal), ("/../../etc/passwd", .traversal),
        ("/xa/a%2Fb", .traversal), ("/xa/a%5Cb", .traversal), ("/xa/%zz", .badEncoding), ("/xa/%ff", .badEncoding),
        ("/xa/a%00b", .badEncoding), ("/?q=%1b%5b31m", .badEncoding), ("/?q=1&q=2", .repeatedParameter("q")), ("xa", .badTarget),
    ])
    func refusedTargets(target: String, failure: DashboardFailure) throws {
        #expect(throws: failure) { try RequestTarget(target) }
    }

    @Test func oversizedTargetsAndQueries() throws {
        #expect(throws: DashboardFailure.tooLong(maximum: 2048)) { try RequestTarget("/?q=" + String(repeating: "a", count: 2045)) }
        _ = try RequestTarget("/?q=" + String(repeating: "a", count: 2044))
        let many = (1...17).map { "p\($0)=1" }.joined(separator: "&")
        #expect(throws: DashboardFailure.tooManyParameters(maximum: 16)) { try RequestTarget("/?" + many) }
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let answer = fixture.get("/?q=" + String(repeating: "x", count: 3000))
        #expect(answer.status == 414)
        #expect(dataValues(answer.body, key: "error") == ["địa chỉ quá dài: tối đa 2048 byte"])
        let long = fixture.get("/?q=" + String(repeating: "x", count: 201))
        #expect(long.status == 400)
    }

    @Test func errorPagesSayWhatIsWrong() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let cases: [(String, Int, String)] = [
            ("/khong-co", 404, "không có trang &#39;/khong-co&#39;"),
            ("/xa/..?lang=en", 400, "the address has a &#39;.&#39; or &#39;..&#39; segment: not allowed"),
            ("/tinh/khong-co-tinh", 404, "không có trang &#39;/tinh/khong-co-tinh&#39;"),
            // An impossible day says why, as the command line does (not "expected DD/MM/YYYY", the form it has).
            ("/xa/dong-tra-bong-2025?as_of=2025-13-01", 400,
             "&#39;as_of&#39; &#39;2025-13-01&#39; không phải là ngày: ngày không có thật &#39;2025-13-01&#39;: không có tháng 13; tháng từ 1 đến 12; cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025"),
            ("/xa/dong-tra-bong-2025?as_of=31/13/2025&lang=en", 400,
             "&#39;as_of&#39; &#39;31/13/2025&#39; is not a date: impossible date &#39;31/13/2025&#39;: there is no month 13; months run from 1 to 12; expected dd/mm/yyyy or YYYY-MM-DD, e.g. 31/12/2025"),
            ("/xa/dong-tra-bong-2025?as_of=2025-02-30", 400,
             "&#39;as_of&#39; &#39;2025-02-30&#39; không phải là ngày: ngày không có thật &#39;2025-02-30&#39;: tháng 2 năm 2025 có 28 ngày; cần dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025"),
            ("/xa/dong-tra-bong-2025?as_of=31/12/20255", 400, "giá trị &#39;31/12/20255&#39; của &#39;as_of&#39; không hợp lệ: cần DD/MM/YYYY"),
            // The Vietnamese page said "cần 'vi' or 'en'", an English word in it.
            ("/?lang=fr", 400, "giá trị &#39;fr&#39; của &#39;lang&#39; không hợp lệ: cần &#39;vi&#39;, &#39;en&#39;"),
            ("/?sql=1", 400, "tham số &#39;sql&#39; không dùng ở trang này; các tham số: &#39;as_of&#39;, &#39;lang&#39;, &#39;q&#39;"),
            ("/xa/dong-tra-bong-2025?status=late&lang=en", 400,
             "value &#39;late&#39; of &#39;status&#39; is not valid: expected done_on_time, done_late, in_progress, overdue, ongoing, deadline_unknown"),
            ("/tinh/quang-ngai?overdue=yes", 400, "giá trị &#39;yes&#39; của &#39;overdue&#39; không hợp lệ: cần 0/1"),
        ]
        for (target, status, message) in cases {
            let answer = fixture.get(target)
            #expect(answer.status == status, "\(target)")
            #expect(dataValues(answer.body, key: "error") == [message], "\(target)")
            #expect(!answer.body.contains("Fatal") && !answer.body.contains(".swift"), "\(target)")
        }
    }

    @Test func unknownPlansTasksAndBodiesGetTheStoresMessage() throws {
        let fixture = try DashboardFixture()
        defer { fixture.remove() }
        let plan = fixture.get("/xa/dong-tra-bong-2052")
        #expect(plan.status == 404)
        #expect(dataValues(plan.body, key: "error") == ["chưa nạp kế hoạch &#39;dong-tra-bong-2052&#39;; có phải là &#39;dong-tra-bong-2025&#39;?"])
        let task = fixture.get("/xa/dong-tra-bong-2025/nv99")
        #expect(task.status == 404)
        let body = fixture.get("/xa/dong-tra-bong-2025?agency=khong-co-co-quan")
        #expect(body.status == 400)
        #expect(dataValues(body.body, key: "error").first?.hasPrefix("không có cơ quan &#39;khong-co-co-quan&#39;") == true)
        let api = fixture.get("/api/status?province=Atlantis")
        #expect(api.status == 404)
        // A plan asked for with a province it is not of is not there, not the province ignored.
        let elsewhere = fixture.get("/api/status?plan=dong-tra-bong-2025&province=H%C3%A0%20N%E1%BB%99i")
        #expect(elsewhere.status == 404)
        // An API route's failure is JSON (`APIErrorTests`).
        #expect(elsewhere.body.contains("\"message\" : \"kế hoạch 'dong-tra-bong-2025' không thuộc 'Hà Nội'\""))
    }
}
