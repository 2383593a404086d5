import Foundation
import Testing
import BDHVSTestSupport

// MARK: - Hostile titles

private let hostilePlan = #"""
    format: 1
    id: thu-thach-2025
    title: Kế hoạch thử <b>thách</b> & “Bình dân học vụ số” năm 2025
    commune: Thử Thách
    commune_kind: xã
    province: Quảng Ngãi
    year: 2025
    issuer: UBND xã Thử Thách
    agencies:
      - id: vhxh
        name: Phòng <Văn hóa> & "Xã hội"
      - id: ca
        name: Công an xã
    tasks:
      - id: nv1
        title: '<script>alert("x")</script> & ''quote'' *bold* | pipe'
        lead: vhxh
        timeline: Tháng 8/2025
      - id: nv2
        title: Họp, bàn; kế hoạch \ dự phòng
        lead: ca
        timeline: Tháng 9/2025

    """#

private let hostileTitle = #"<script>alert("x")</script> & 'quote' *bold* | pipe"#
private let hostileActivity = "Buổi &lt; thử ]]> <x>"

extension ReportCLITests {
    @Suite struct Hostile {
        static func sandbox() throws -> CLI {
            let cli = try CLI()
            let plan = try cli.write("thu-thach.yaml", hostilePlan)
            try cli.ok("plan", "load", plan, "--as-of", "2025-07-01")
            try cli.ok("activity", "add", "nv1", "--date", "2025-08-10", "--participants", "10", "--title", hostileActivity,
                       "--place", "Nhà \"văn hóa\" & <hội trường>", "--as-of", "2025-08-11", "--by", "Lan")
            return cli
        }

        @Test func markdownEscapesMarkup() throws {
            let cli = try Self.sandbox()
            let result = try cli.run("report", "thu-thach-2025", "--as-of", "2025-12-31")
            #expect(result.succeeded, "\(result)")
            let lines = result.stdoutLines
            #expect(lines.contains(#"1\. \<script\>alert("x")\</script\> \& 'quote' \*bold\* \| pipe"#))
            #expect(lines.contains(#"- Buổi \&lt; thử \]\]\> \<x\> vào ngày 10/08/2025 tại Nhà "văn hóa" \& \<hội trường\> có 10 người tham gia."#))
            #expect(lines.contains(#"| Phòng \<Văn hóa\> \& "Xã hội" | 0 | 1 | 0 |"#))
            let bare = zip(["\n"] + result.stdout.map(String.init), result.stdout.map(String.init)).filter { ["<", ">"].contains($1) && $0 != "\\" }
            #expect(bare.isEmpty, "no bare '<' or '>'")
        }

        @Test func htmlShowsTheTextAndRunsNothing() throws {
            let cli = try Self.sandbox()
            let result = try cli.run("report", "thu-thach-2025", "--as-of", "2025-12-31", "--format", "html")
            #expect(result.succeeded, "\(result)")
            let html = result.stdout
            #expect(!html.contains("<script"))
            #expect(!html.contains("<b>thách") && !html.contains("<x>") && !html.contains("<Văn hóa>"))
            #expect(html.contains("<p>1. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39; *bold* | pipe</p>"))
            #expect(html.contains("Buổi &amp;lt; thử ]]&gt; &lt;x&gt; vào ngày 10/08/2025 tại Nhà &quot;văn hóa&quot; &amp; &lt;hội trường&gt; có 10 người tham gia."))
            // The SVG chart: the agency as text, escaped.
            #expect(html.contains("text-anchor=\"end\">Phòng &lt;Văn hóa&gt; &amp; &quot;Xã hội&quot;</text>"))
            #expect(html.contains("aria-label=\"Tình hình thực hiện nhiệm vụ theo cơ quan chủ trì (số nhiệm vụ)\""))
        }

        @Test func theDocxIsWellFormedWithTheTextEscaped() throws {
            let cli = try Self.sandbox()
            try cli.ok("report", "thu-thach-2025", "--as-of", "2025-12-31", "--format", "docx", "--output", cli.path("r.docx"))
            let xml = try #require(try zipEntries(try cli.bytes("r.docx"))["word/document.xml"])
            let runs = try wordRuns(xml).get()
            #expect(runs.contains("1. " + hostileTitle))
            #expect(runs.contains("- " + hostileActivity + " vào ngày 10/08/2025 tại Nhà \"văn hóa\" & <hội trường> có 10 người tham gia."))
            let text = String(decoding: xml, as: UTF8.self)
            #expect(text.contains("1. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39; *bold* | pipe"))
            #expect(text.contains("Buổi &amp;lt; thử ]]&gt; &lt;x&gt;"))
            #expect(!text.contains("<script"))
        }

        @Test func calendarAndCSVEscapeToo() throws {
            let cli = try Self.sandbox()
            let ics = try cli.ok("export", "thu-thach-2025", "--format", "ics", "--as-of", "2025-12-31").stdout
            let (lines, problems) = unfoldICS(ics)
            #expect(problems == [])
            #expect(lines.contains(#"SUMMARY:Hạn: [nv2] Họp\, bàn\; kế hoạch \\ dự phòng"#))
            let summaries = lines.filter { $0.hasPrefix("SUMMARY:") }.map { icsText($0.dropFirst(8)) }
            #expect(summaries == ["Hạn: [nv1] " + hostileTitle, #"Hạn: [nv2] Họp, bàn; kế hoạch \ dự phòng"#])
            let csv = try cli.ok("export", "thu-thach-2025", "--format", "csv", "--as-of", "2025-12-31").stdout
            let rows = try #require(rfc4180(String(csv.unicodeScalars.dropFirst()), delimiter: ","))
            #expect(rows.map { $0[3] } == ["title", hostileTitle, #"Họp, bàn; kế hoạch \ dự phòng"#])
            #expect(csv.contains(#","<script>alert(""x"")</script> & 'quote' *bold* | pipe","#))
        }
    }
}
