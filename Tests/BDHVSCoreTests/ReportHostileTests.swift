import Foundation
import Testing
@testable import BDHVSCore

// The report writers with hostile text (issue 10), and the notes problems in both languages.

// MARK: - Hostile text in every report format (issue 10)

extension ReportTests {
    @Suite struct HostileData {
        /// The report of `HostileText.reportData()` and the same report from untouched data.
        static func reports() throws -> (hostile: ReportDocument, plain: ReportDocument) {
            let data = try HostileText.reportData()
            let store = try StoreFixture.store()
            _ = try store.record(ChangeRequest(plan: nil, task: "nv3", action: .start, on: isoDate("2025-09-15"),
                                               recordedOn: isoDate("2025-09-15"), by: "Lan"))
            _ = try store.addActivity(ActivityInput(plan: nil, task: "nv1", heldOn: isoDate("2025-09-05"), participants: 120,
                                                    title: "x", place: "y"), by: "Lan", recordedOn: isoDate("2025-09-05"))
            let plain = try store.reportData(plan: "thu-nghiem-2025", asOf: isoDate("2025-12-31"))
            return (ReportBuilder(data: data, notes: ReportNotes(), language: .vi).build(),
                    ReportBuilder(data: plain, notes: ReportNotes(), language: .vi).build())
        }

        /// Scalars that are neither text, tab, CR nor LF.
        static func forbidden(_ text: String) -> [UInt32] {
            text.unicodeScalars.filter { ScalarKind($0) != .text && ScalarKind($0) != .tab && $0 != "\n" && $0 != "\r" }.map(\.value)
        }

        /// What kind of Markdown block a line opens, as far as the structure goes.
        static func shape(_ line: String) -> String {
            for prefix in ["#### ", "### ", "## ", "# ", "- ", "| ", "**", "_", "*"] where line.hasPrefix(prefix) { return prefix }
            return line.isEmpty ? "" : "text"
        }

        @Test func markdownKeepsEveryTextInline() throws {
            let (hostile, plain) = try Self.reports()
            let markdown = MarkdownRenderer().render(hostile)
            #expect(Self.forbidden(markdown) == [])
            #expect(!markdown.contains("\r"))
            let lines = markdown.components(separatedBy: "\n")
            let plainLines = MarkdownRenderer().render(plain).components(separatedBy: "\n")
            // The same lines, opening the same blocks: no title made a heading, an item or a rule.
            #expect(lines.count == plainLines.count)
            #expect(lines.map(Self.shape) == plainLines.map(Self.shape))
            #expect(lines.contains("1\\. " + HostileText.titleInMarkdown))
            #expect(lines.contains(#"- Phòng \]0;xVH - XH chủ trì; thực hiện thường xuyên."#))
            #expect(lines.contains(#"- \=HYPERLINK("x")\[2J vào ngày 05/09/2025 tại  =1+1 có 120 người tham gia."#))
            #expect(lines.contains(#"| Phòng \]0;xVH - XH | 0 | 1 | 2 |"#))
        }

        static let lineStarts: [(String, String)] = [
            ("- x", #"\- x"#), ("+ x", #"\+ x"#), ("= x", #"\= x"#), ("---", #"\---"#), ("    ~~~ x", #"\~~~ x"#),
            ("2025. x", #"2025\. x"#), ("3) x", #"3\) x"#), ("1234567890. x", "1234567890. x"), ("nv1. x", "nv1. x"),
            ("\r\n- x", #"\- x"#), ("# x", ##"\# x"##), ("> x", #"\> x"#),
        ]

        @Test(arguments: lineStarts)
        func aLeadingBlockMarkerIsEscapedWhereTextStartsALine(text: String, escaped: String) {
            #expect(MarkdownText.inline(text, startsLine: true) == escaped)
            #expect(MarkdownText.inline("a " + text, startsLine: true) == "a " + MarkdownText.inline(text))
        }

        @Test func htmlShowsTheTextAndDropsWhatHTMLCallsErrors() throws {
            #expect(HTMLEscaping.escape(HostileText.title) == HostileText.titleInHTML)
            let html = HTMLRenderer().render(try Self.reports().hostile)
            #expect(Self.forbidden(html) == [])
            #expect(!html.contains("<script") && !html.contains("</script") && !html.contains("<b>A"))
            #expect(html.contains("<p>1. " + HostileText.titleInHTML + "</p>"))
            #expect(html.contains("<li>\t=HYPERLINK(&quot;x&quot;)[2J vào ngày 05/09/2025 tại \r=1+1 có 120 người tham gia.</li>"))
            #expect(html.contains("text-anchor=\"end\">Phòng ]0;xVH\r\n- XH</text>"))
            #expect(htmlTagNames(html).subtracting(HTML.allowedTags) == [])
        }

        /// U+FFFE and U+FFFF written raw made `word/document.xml` ill-formed: Word refused the file.
        @Test func theDocxIsWellFormedXMLAndReadsBackWithoutTheForbiddenCharacters() throws {
            let data = try documentXML(try Self.reports().hostile)
            #expect(Self.forbidden(String(decoding: data, as: UTF8.self)) == [])
            let reading = try parseXML(data).get()
            // An XML reader turns CRLF and CR into LF.
            #expect(reading.runs.contains("1. A\n# B\nC\n- DEFG H I[31mJK2JL M NOPQR\tS</script>\"'&<b>=1,2;\\"))
            #expect(reading.runs.contains("- Phòng ]0;xVH\n- XH chủ trì; thực hiện thường xuyên."))
            #expect(reading.runs.contains("- \t=HYPERLINK(\"x\")[2J vào ngày 05/09/2025 tại \n=1+1 có 120 người tham gia."))
        }
    }
}

// MARK: - Notes problems in both languages

extension ReportTests {
    @Suite struct NotesMessages {
        static func problems(_ text: String) -> [Diagnostic] {
            do {
                _ = try ReportNotes.parse(text, file: "ghi-chu.yaml")
                return []
            } catch let error as ReportNotesError {
                return error.diagnostics
            } catch {
                return []
            }
        }

        @Test func eachProblemReadsInVietnameseAndInEnglish() {
            let cases: [(String, String, String)] = [
                ("strenghts: Tốt\n", "ghi-chu.yaml:1:1: error: không có mục 'strenghts' trong ghi chú; có phải là 'strengths'?",
                 "ghi-chu.yaml:1:1: error: unknown key 'strenghts' in the notes; did you mean 'strengths'?"),
                ("signer:\n  ten: A\n", "ghi-chu.yaml:2:3: error: không có mục 'ten' trong 'signer'; các mục được dùng: 'name', 'title', 'authority', 'on_behalf'",
                 "ghi-chu.yaml:2:3: error: unknown key 'ten' in 'signer'; expected one of 'name', 'title', 'authority', 'on_behalf'"),
                ("date: cuối năm\n", "ghi-chu.yaml:1:7: error: 'date' trong ghi chú không phải là ngày: 'cuối năm'; cần ghi theo dạng ngày/tháng/năm hoặc năm-tháng-ngày",
                 "ghi-chu.yaml:1:7: error: 'date' in the notes is not a date: 'cuối năm'; expected d/m/yyyy or yyyy-mm-dd"),
                ("- a\n", "ghi-chu.yaml:1:1: error: tệp ghi chú phải là danh sách các mục (profile: …, strengths: …)",
                 "ghi-chu.yaml:1:1: error: expected a mapping of notes (profile: …, strengths: …)"),
                ("recipients: Như trên\n", "ghi-chu.yaml:1:13: error: không đọc được 'recipients' trong ghi chú; cần một danh sách văn bản",
                 "ghi-chu.yaml:1:13: error: 'recipients' in the notes cannot be read; expected a list of text"),
            ]
            for (text, vietnamese, english) in cases {
                let found = Self.problems(text)
                #expect(found.map { $0.rendered(.vi) } == [vietnamese], "\(text)")
                #expect(found.map { $0.rendered(.en) } == [english], "\(text)")
            }
        }

        /// A section of a report is at most 20,000 characters, wherever it is written (a list's
        /// item here), and the refusal quotes none of it.
        @Test func aNoteTooLongIsLocated() {
            let found = Self.problems("strengths: Tốt\nrecipients:\n  - Một\n  - " + String(repeating: "x", count: 20_001) + "\n")
            #expect(found.map { $0.rendered(.vi) } == ["ghi-chu.yaml:4:5: error: đoạn ghi chú này dài 20.001 ký tự; tối đa 20.000 ký tự"])
            #expect(found.map { $0.rendered(.en) } == ["ghi-chu.yaml:4:5: error: this note is 20,001 characters long; at most 20,000 are allowed"])
            #expect(Self.problems("recipients:\n  - " + String(repeating: "x", count: 20_000) + "\n") == [])
        }

        /// The notes file is read by the library: why it cannot be is said at its line 1.
        @Test func aNotesFileThatCannotBeReadSaysWhy() throws {
            let directory = try StoreFixture.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: directory) }
            for (path, english) in [(directory.appendingPathComponent("khong-co.yaml").path, "no such file"),
                                    (directory.path, "this is a folder; expected a file")] {
                do {
                    _ = try ReportNotes.read(path: path)
                    Issue.record("\(path) was read")
                } catch let error as ReportNotesError {
                    #expect(error.diagnostics.map { $0.rendered(.en) } == ["\(path):1:1: error: \(english)"])
                }
            }
        }

        @Test func anImpossibleDateSaysWhy() {
            let found = Self.problems("date: 31/02/2026\n")
            #expect(found.map(\.message.id) == ["timeline.impossible-date"])
            #expect(found.map { $0.rendered(.en) } == ["ghi-chu.yaml:1:7: error: impossible date '31/02/2026': February 2026 has 28 days"])
        }
    }
}
