import Foundation
import Testing
import BDHVSTestSupport
import ZIPFoundation
@testable import BDHVSCore

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The year-end report (Báo cáo kết quả): what `ReportBuilder` drafts from tracked data,
/// the notes that fill its blanks, and the three renderers (Markdown, HTML, .docx) with
/// hostile text.
///
/// By hand, for `PlanFixture.base` with the progress of `reportFixtureStore()`, as of
/// 31/12/2025: nv1 "Tháng 8/2025" is due 31/08 and done 05/09 (done late); nv2 rolls up
/// from nv2a (ongoing) and nv2b (deadline set to 30/11, done 20/11: on time), so it is
/// ongoing; nv3 "Dự kiến ngày 10/10/2025" is not done: overdue 82 days (21 + 30 + 31), 40%.
/// Three tasks: done 1 (on time 0, late 1), not done 1 (within 0, overdue 1), ongoing 1,
/// unknown 0; completion 1/3 (33,3%), over the tasks come due (nv1, nv3) 1/2 (50%).
/// Lead bodies: vhxh leads nv2a (open), nv2b (done) and nv3 (overdue); ca leads nv2b (done);
/// ubnd leads nv1 (done). Participants up to 31/12: 120 (20 public servants, 100 citizens)
/// and 2.148 (631 + 1.517): 651 public servants, 1.617 citizens as attendances (never one total of people); the
/// activity of 10/01/2026 is after the as-of date and left out.
@Suite struct ReportTests {}

// MARK: - Fixtures

private let reportAsOf = "2025-12-31"

/// The fixture plan with a year of progress and activities recorded.
private func reportFixtureStore(_ text: String = PlanFixture.base) throws -> TaskStore {
    let store = try StoreFixture.store(loading: text)
    func change(_ task: String, _ action: TaskAction, on: String) throws {
        _ = try store.record(ChangeRequest(plan: nil, task: task, action: action, on: isoDate(on), recordedOn: isoDate(on), by: "Lan"))
    }
    try change("nv1", .start, on: "2025-08-01")
    try change("nv1", .done(period: nil), on: "2025-09-05")
    try change("nv2b", .deadline(isoDate("2025-11-30")), on: "2025-10-01")
    try change("nv2b", .done(period: nil), on: "2025-11-20")
    try change("nv3", .start, on: "2025-09-15")
    try change("nv3", .progress(40), on: "2025-09-20")
    func activity(_ task: String, _ date: String, _ participants: Int, _ groups: [(group: String, count: Int)], title: String?, place: String?) throws {
        _ = try store.addActivity(ActivityInput(plan: nil, task: task, heldOn: isoDate(date), participants: participants, groups: groups,
                                                title: title, place: place), by: "Lan", recordedOn: isoDate(date))
    }
    try activity("nv1", "2025-09-05", 120, [("can-bo-cong-chuc", 20), ("nguoi-dan", 100)], title: "Lễ phát động", place: "Hội trường xã")
    try activity("nv2a", "2025-11-19", 2148, [("can-bo-cong-chuc", 631), ("nguoi-dan", 1517)], title: "Tập huấn trên Cổng BDHVS tỉnh", place: nil)
    try activity("nv2a", "2026-01-10", 50, [("nguoi-dan", 50)], title: "Buổi sau ngày báo cáo", place: nil)
    return store
}

private func reportFixture(notes: ReportNotes = ReportNotes(), language: Language = .vi) throws -> ReportDocument {
    let store = try reportFixtureStore()
    let data = try store.reportData(plan: "thu-nghiem-2025", asOf: isoDate(reportAsOf))
    return ReportBuilder(data: data, notes: notes, language: language).build()
}

/// The hostile strings of the escaping tests.
private enum Hostile {
    static let taskTitle = #"<script>alert("x")</script> & 'quote' *bold* | pipe"#
    static let activityTitle = "Buổi &lt; thử ]]> <x>"
    static let agency = #"Phòng <Văn hóa> & "Xã hội" 'A'"#

    /// A report document holding the hostile strings in every kind of block.
    static var document: ReportDocument {
        ReportDocument(
            issuer: ["ỦY BAN NHÂN DÂN", "XÃ <I>THỬ</I>"], number: "Số: 1/BC-UBND",
            motto: ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], placeAndDate: "Thử, ngày 31 tháng 12 năm 2025",
            kind: "BÁO CÁO", title: "Kết quả \"thử\"", addressees: ["Sở <Khoa học>"],
            blocks: [.heading(level: 1, text: "I. <H1> & #"), .heading(level: 2, text: "1. *mục*"),
                     .paragraph("nv1. " + taskTitle), .bullets([activityTitle, "dòng 1\ndòng 2"]),
                     .blank("[Cán bộ bổ sung: <gì>]"),
                     .table(headers: ["Cơ quan | chủ trì", "Số"], rows: [[agency, "1"], [taskTitle, "2"]], numeric: [1]),
                     .statusChart([ChartRow(agency: agency, done: 1, overdue: 1, open: 0),
                                   ChartRow(agency: "Công an xã", done: 0, overdue: 0, open: 2)])],
            recipients: ["Như trên;", "<Lưu>: VT."], signature: ["TM. ỦY BAN NHÂN DÂN", "", "Nguyễn Văn <A>"])
    }
}

// MARK: - What the builder drafts

extension ReportTests {
    @Suite struct Builder {
        @Test func sectionsInTheOrderOfTheCommunesReports() throws {
            let report = try reportFixture()
            let headings = report.blocks.compactMap { block -> String? in
                if case .heading(1, let text) = block { return text }
                return nil
            }
            #expect(headings == ["I. ĐẶC ĐIỂM, TÌNH HÌNH", "II. KẾT QUẢ THỰC HIỆN", "III. ĐÁNH GIÁ CHUNG",
                                 "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "V. ĐỀ XUẤT, KIẾN NGHỊ"])
            #expect(report.issuer == ["ỦY BAN NHÂN DÂN", "XÃ THỬ NGHIỆM"])
            #expect(report.motto == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])
            #expect(report.kind == "BÁO CÁO")
            #expect(report.title == "Kết quả thực hiện Phong trào “Bình dân học vụ số” năm 2025")
            #expect(report.placeAndDate == "Thử Nghiệm, ngày 31 tháng 12 năm 2025")
            #expect(report.number == "Số: \u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}/BC-UBND")
            #expect(report.addressees == [], "the fixture plan marks no recipient for reporting")
            #expect(report.recipients == ["Lưu: VT."])
            #expect(report.signature == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "[Họ và tên người ký]"])
        }

        @Test func theOfficialCountSentence() throws {
            let report = try reportFixture()
            #expect(report.blocks.contains(.paragraph(
                "Kế hoạch có 03 nhiệm vụ: đã hoàn thành 01 (đúng hạn 0, quá hạn 1); chưa hoàn thành 01 (trong hạn 0, quá hạn 1); "
                    + "thực hiện thường xuyên 1; chưa xác định thời hạn 0. Tỷ lệ hoàn thành 1/3 nhiệm vụ (33,3%); "
                    + "trên số nhiệm vụ đã đến hạn 1/2 (50%).")))
        }

        @Test func chartRowsPerLeadBody() throws {
            let report = try reportFixture()
            let rows = report.blocks.compactMap { block -> [ChartRow]? in
                if case .statusChart(let rows) = block { return rows }
                return nil
            }
            #expect(rows.count == 1)
            let byName = Dictionary(uniqueKeysWithValues: (rows.first ?? []).map { ($0.agency, [$0.done, $0.overdue, $0.open]) })
            #expect(byName == ["Phòng Văn hóa - Xã hội": [1, 1, 1], "Công an xã": [1, 0, 0], "Ủy ban nhân dân xã Thử Nghiệm": [1, 0, 0]])
            #expect(rows.first?.first?.agency == "Phòng Văn hóa - Xã hội", "the body with most tasks comes first")
        }

        @Test func taskByTaskInSentencesNumberedAsInThePlan() throws {
            let report = try reportFixture()
            #expect(report.blocks.contains(.paragraph("1. Tổ chức Lễ phát động")))
            #expect(report.blocks.contains(.bullets([
                "Lễ phát động vào ngày 05/09/2025 tại Hội trường xã có 120 người tham gia, trong đó cán bộ, công chức, viên chức và "
                    + "người lao động khu vực công 20 người; người dân trong độ tuổi trưởng thành 100 người.",
                "Ủy ban nhân dân xã Thử Nghiệm chủ trì; đã hoàn thành ngày 05/09/2025, chậm 05 ngày so với thời hạn 31/08/2025.",
            ])))
            // A task with sub-tasks is told through them.
            let parent = try #require(report.blocks.firstIndex(of: .paragraph("2. Tập huấn kỹ năng số")))
            #expect(report.blocks[parent + 1] == .paragraph("2.1. Tập huấn cho người dân"))
            #expect(report.blocks.contains(.paragraph("2.2. Tập huấn cho học sinh")))
            #expect(report.blocks.contains(.bullets([
                "Phòng Văn hóa - Xã hội, Công an xã chủ trì; đã hoàn thành ngày 20/11/2025, đúng thời hạn 30/11/2025."])))
            #expect(report.blocks.contains(.bullets([
                "Phòng Văn hóa - Xã hội chủ trì; chưa hoàn thành, quá hạn 82 ngày (thời hạn 10/10/2025), đạt 40%."])))
            let everything = "\(report.blocks)"
            #expect(!everything.contains("Buổi sau ngày báo cáo"), "an activity after the as-of date is not in the report")
            #expect(!everything.contains("nv1") && !everything.contains("nv2a"), "no internal id")
        }

        @Test func participantsPerTargetGroupAndTheBudget() throws {
            let report = try reportFixture()
            #expect(report.blocks.contains(.table(
                headers: ["Nhóm đối tượng", "Số lượng"],
                rows: [["Cán bộ, công chức, viên chức và người lao động khu vực công", "651 lượt người"],
                       ["Người dân trong độ tuổi trưởng thành", "1.617 lượt người"]],
                numeric: [1])))
            #expect(report.blocks.contains(.paragraph("Các hoạt động theo đơn vị tính (mỗi đơn vị cộng riêng): 2.268 lượt người tham gia.")))
            #expect(!"\(report.blocks)".contains("Tổng số người"))
            #expect(report.blocks.contains(.paragraph("Kế hoạch không đặt chỉ tiêu định lượng.")))
            let budget = report.blocks.compactMap { block -> [[String]]? in
                if case .table(let headers, let rows, _) = block, headers.first == "Nguồn kinh phí" { return rows }
                return nil
            }
            #expect(budget == [[["Ngân sách nhà nước", "5.000.000\u{00A0}đồng", "0\u{00A0}đồng", "0\u{00A0}đồng", "5.000.000\u{00A0}đồng"]]])
        }

        @Test func shortcomingsListTheOverdueByLeadBodyAndTheLate() throws {
            let report = try reportFixture()
            #expect(report.blocks.contains(.paragraph("Còn 01 nhiệm vụ chưa hoàn thành đã quá hạn:")))
            #expect(report.blocks.contains(.bullets([
                "3. Ngày hội toàn dân học tập số (Phòng Văn hóa - Xã hội chủ trì; thời hạn 10/10/2025, quá hạn 82 ngày)"])))
            #expect(report.blocks.contains(.paragraph(
                "Hoàn thành nhưng chậm so với thời hạn: 1. Tổ chức Lễ phát động (thời hạn 31/08/2025, hoàn thành 05/09/2025).")))
        }

        @Test func directionsCarryOverTheUnfinishedAndKeepTheOngoing() throws {
            let report = try reportFixture()
            let index = try #require(report.blocks.firstIndex(of: .heading(level: 1, text: "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026")))
            let section = Array(report.blocks[index...].prefix(6))
            #expect(section == [
                .heading(level: 1, text: "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
                .paragraph("Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành:"),
                .bullets(["3. Ngày hội toàn dân học tập số (Phòng Văn hóa - Xã hội)"]),
                .paragraph("Duy trì các nhiệm vụ thường xuyên, định kỳ:"),
                .bullets(["2.1. Tập huấn cho người dân (Phòng Văn hóa - Xã hội)"]),
                .blank("[Cán bộ bổ sung: nhiệm vụ trọng tâm năm 2026]"),
            ])
        }

        @Test func whatOnlyTheOfficerKnowsIsAMarkedBlank() throws {
            let report = try reportFixture()
            let blanks = report.blocks.compactMap { block -> String? in
                if case .blank(let text) = block { return text }
                return nil
            }
            #expect(blanks == [
                "[Cán bộ bổ sung: diện tích tự nhiên, dân số, số thôn/tổ dân phố, văn bản thành lập]",
                "[Cán bộ bổ sung: những kết quả nổi bật, cách làm hiệu quả]",
                "[Cán bộ bổ sung: nguyên nhân của các tồn tại, hạn chế]",
                "[Cán bộ bổ sung: bài học kinh nghiệm]",
                "[Cán bộ bổ sung: nhiệm vụ trọng tâm năm 2026]",
                "[Cán bộ bổ sung: đề xuất, kiến nghị với cấp trên]",
            ])
        }

        @Test func inEnglish() throws {
            let report = try reportFixture(language: .en)
            #expect(report.kind == "REPORT")
            #expect(report.placeAndDate == "Thử Nghiệm, 31/12/2025")
            #expect(report.blocks.contains(.paragraph(
                "The plan has 3 tasks: done 1 (on time 0, late 1); not done 1 (within deadline 0, overdue 1); ongoing 1; "
                    + "deadline unknown 0. Completion 1/3 tasks (33.3%); of tasks come due 1/2 (50%).")))
        }
    }
}

// MARK: - Notes

extension ReportTests {
    @Suite struct Notes {
        static let text = """
            number: 12/BC-UBND
            date: 05/01/2026
            profile: |-
              Xã có diện tích tự nhiên 47,7 km2, dân số 18.250 người, 12 thôn.

              Ban Chỉ đạo thành lập theo Quyết định số 96/QĐ-UBND.
            documents:
              - Công văn số 45/UBND ngày 10/9/2025 về tập huấn kỹ năng số
            strengths: Cả hệ thống chính trị vào cuộc.
            shortcomings: Kinh phí hạn hẹp.
            lessons: Phân công rõ người, rõ việc.
            directions: Phổ cập kỹ năng số cho 100% cán bộ.
            proposals: Đề nghị tỉnh sớm thông báo kế hoạch mở lớp.
            recipients:
              - Sở Khoa học và Công nghệ (b/c);
              - "Lưu: VT, VHXH."
            signer:
              authority: TM. ỦY BAN NHÂN DÂN
              title: Chủ tịch
              name: Nguyễn Văn A

            """

        @Test func notesFillEveryBlankAndTheHeaderAndSignature() throws {
            let notes = try ReportNotes.parse(Self.text, file: "ghi-chu.yaml")
            let report = try reportFixture(notes: notes)
            #expect(!report.blocks.contains { if case .blank = $0 { return true } else { return false } })
            #expect(report.number == "Số: 12/BC-UBND")
            #expect(report.placeAndDate == "Thử Nghiệm, ngày 05 tháng 01 năm 2026")
            #expect(report.signature == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Văn A"])
            #expect(report.recipients == ["Sở Khoa học và Công nghệ (b/c);", "Lưu: VT, VHXH."])
            let profile = try #require(report.blocks.firstIndex(of: .heading(level: 1, text: "I. ĐẶC ĐIỂM, TÌNH HÌNH")))
            #expect(Array(report.blocks[(profile + 1)...(profile + 2)]) == [
                .paragraph("Xã có diện tích tự nhiên 47,7 km2, dân số 18.250 người, 12 thôn."),
                .paragraph("Ban Chỉ đạo thành lập theo Quyết định số 96/QĐ-UBND."),
            ])
            for text in ["Cả hệ thống chính trị vào cuộc.", "Kinh phí hạn hẹp.", "Phân công rõ người, rõ việc.",
                         "Phổ cập kỹ năng số cho 100% cán bộ.", "Đề nghị tỉnh sớm thông báo kế hoạch mở lớp."] {
                #expect(report.blocks.contains(.paragraph(text)), "\(text)")
            }
            #expect(report.blocks.contains(.bullets(["Kế hoạch thử nghiệm Phong trào “Bình dân học vụ số” năm 2025",
                                                     "Công văn số 45/UBND ngày 10/9/2025 về tập huấn kỹ năng số"])))
            // The as-of date stays the date of the data, whatever the report's own date.
            #expect(report.blocks.first.map { "\($0)" }?.contains("(số liệu tính đến ngày 31 tháng 12 năm 2025)") == true)
        }

        @Test func anUnknownKeyIsReportedWhereItIsWithASuggestion() {
            let marked = MarkedText("""
                number: 12/BC-UBND
                1️⃣strenghts: Tốt
                2️⃣xyzzy: 1

                """)
            #expect(throws: ReportNotesError.self) { try ReportNotes.parse(marked.text, file: "ghi-chu.yaml") }
            do {
                _ = try ReportNotes.parse(marked.text, file: "ghi-chu.yaml")
            } catch let error as ReportNotesError {
                #expect(error.diagnostics.map(\.description) == [
                    "ghi-chu.yaml:2:1: error: unknown key 'strenghts' in the notes; did you mean 'strengths'?",
                    "ghi-chu.yaml:3:1: error: unknown key 'xyzzy' in the notes; expected one of 'form', 'issuer', 'to', 'requested_by', 'number', 'date', 'profile', "
                        + "'documents', 'results', 'strengths', 'shortcomings', 'lessons', 'directions', 'proposals', "
                        + "'recipients', 'signer'",
                ])
                #expect(error.diagnostics.first?.location == marked.location("1️⃣", file: "ghi-chu.yaml"))
                #expect(error.diagnostics.last?.location == marked.location("2️⃣", file: "ghi-chu.yaml"))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }

        @Test func aValueOfTheWrongShapeIsReportedAtTheValue() {
            let marked = MarkedText("""
                documents: 1️⃣Quyết định số 1

                """)
            do {
                _ = try ReportNotes.parse(marked.text, file: "ghi-chu.yaml")
                Issue.record("a text where a list is expected was accepted")
            } catch let error as ReportNotesError {
                #expect(error.diagnostics.map(\.description) == [
                    "ghi-chu.yaml:1:12: error: 'documents' in the notes cannot be read; expected a list of text"])
                #expect(error.diagnostics.first?.location == marked.location("1️⃣", file: "ghi-chu.yaml"))
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }

        @Test
        func anUnknownKeyInsideTheSignerIsReported() {
            let marked = MarkedText("""
                signer:
                  name: Nguyễn Văn A
                  1️⃣titel: Phó Chủ tịch

                """)
            do {
                let notes = try ReportNotes.parse(marked.text, file: "ghi-chu.yaml")
                Issue.record("accepted, signer: \(String(describing: notes.signer))")
            } catch let error as ReportNotesError {
                #expect(error.diagnostics.count == 1)
                #expect(error.diagnostics.first?.location == marked.location("1️⃣", file: "ghi-chu.yaml"))
                #expect(error.diagnostics.first?.description.contains("unknown key 'titel'") == true)
                #expect(error.diagnostics.first?.description.contains("did you mean 'title'?") == true)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }
}

// MARK: - Markdown

extension ReportTests {
    @Suite struct Markdown {
        static let escapes: [(String, String)] = [
            (Hostile.taskTitle, #"\<script\>alert("x")\</script\> \& 'quote' \*bold\* \| pipe"#),
            (Hostile.activityTitle, #"Buổi \&lt; thử \]\]\> \<x\>"#),
            ("a_b `c` # d \\ e", ##"a\_b \`c\` \# d \\ e"##),
            ("dòng 1\ndòng 2", "dòng 1 dòng 2"),
            ("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội"),
        ]

        @Test(arguments: escapes)
        func markupCharactersAreEscaped(text: String, escaped: String) {
            #expect(MarkdownRenderer().escape(text) == escaped)
        }

        @Test func aHostileDocumentPrintsAsWritten() {
            let markdown = MarkdownRenderer().render(Hostile.document)
            let lines = markdown.components(separatedBy: "\n")
            #expect(lines.contains(#"nv1. \<script\>alert("x")\</script\> \& 'quote' \*bold\* \| pipe"#))
            #expect(lines.contains(#"- Buổi \&lt; thử \]\]\> \<x\>"#))
            #expect(lines.contains("- dòng 1 dòng 2"), "a line break inside a bullet does not end it")
            #expect(lines.contains(#"_\[Cán bộ bổ sung: \<gì\>\]_"#))
            #expect(lines.contains("## I. \\<H1\\> \\& \\#"))
            #expect(lines.contains("### 1. \\*mục\\*"))
            // No markup character is left bare: every '<', '>' and '&' of the text is backslash-escaped.
            let bare = zip(["\n"] + markdown.map(String.init), markdown.map(String.init)).filter { previous, character in
                ["<", ">", "&"].contains(character) && previous != "\\"
            }
            #expect(bare.isEmpty, "\(bare)")
            // Every table row has as many unescaped pipes as the header: an escaped '|' does not add a column.
            let tableRows = lines.filter { $0.hasPrefix("|") }
            #expect(tableRows.count == 4 + 4, "the table: header, rule and two rows; the chart: header, rule and two rows")
            func cells(_ line: String) -> Int {
                var count = 0, escaped = false
                for character in line {
                    if escaped { escaped = false; continue }
                    if character == "\\" { escaped = true } else if character == "|" { count += 1 }
                }
                return count - 1
            }
            #expect(tableRows.prefix(4).map(cells) == [2, 2, 2, 2])
            #expect(tableRows.suffix(4).map(cells) == [4, 4, 4, 4])
            #expect(lines.contains(#"| Phòng \<Văn hóa\> \& "Xã hội" 'A' | 1 |"#))
            #expect(lines.contains("| --- | ---: |"))
            #expect(lines.contains("**Nguyễn Văn \\<A\\>**  "))
            #expect(markdown.hasSuffix("\n") && !markdown.hasSuffix("\n\n"))
        }
    }
}

// MARK: - HTML and the SVG chart

extension ReportTests {
    @Suite struct HTML {
        static let allowedTags: Set<String> = ["!doctype", "html", "head", "meta", "title", "style", "body", "main", "table", "tr", "td",
                                              "th", "p", "b", "i", "h1", "h2", "h3", "ul", "li", "figure", "svg", "rect", "text",
                                              "figcaption"]

        @Test func hostileTextIsShownNotInterpreted() {
            let html = HTMLRenderer().render(Hostile.document)
            #expect(!html.contains("<script"))
            #expect(!html.contains("<x>") && !html.contains("<A>") && !html.contains("<gì>") && !html.contains("<H1>"))
            #expect(html.contains("<p>nv1. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39; *bold* | pipe</p>"))
            #expect(html.contains("<li>Buổi &amp;lt; thử ]]&gt; &lt;x&gt;</li>"))
            #expect(html.contains("<td>Phòng &lt;Văn hóa&gt; &amp; &quot;Xã hội&quot; &#39;A&#39;</td><td class=\"num\">1</td>"))
            #expect(html.contains("<p class=\"issuer\">ỦY BAN NHÂN DÂN</p><p class=\"issuer\">XÃ &lt;I&gt;THỬ&lt;/I&gt;</p>"))
            #expect(html.contains("<p class=\"to end\">Kính gửi: Sở &lt;Khoa học&gt;.</p>"))
            #expect(html.contains("<title>BÁO CÁO — Kết quả &quot;thử&quot;</title>"))
            #expect(htmlTagNames(html).subtracting(Self.allowedTags) == [], "only the renderer's own elements")
        }

        @Test func theChartIsWellFormedSVGWithTheNamesEscaped() throws {
            let svg = StatusChartSVG(language: .vi).render([
                ChartRow(agency: Hostile.agency, done: 2, overdue: 1, open: 1),
                ChartRow(agency: "Công an xã", done: 0, overdue: 0, open: 2),
                ChartRow(agency: "Ban Chỉ đạo cải cách hành chính, chuyển đổi số và Đề án 06", done: 1, overdue: 0, open: 0),
            ])
            #expect(svg.contains(">Phòng &lt;Văn hóa&gt; &amp; &quot;Xã hội&quot; &#39;A&#39;</text>"))
            let start = try #require(svg.range(of: "<svg"))
            let end = try #require(svg.range(of: "</svg>"))
            let reading = try parseXML(Data(svg[start.lowerBound..<end.upperBound].utf8), runElement: "text").get()
            let labels = reading.runs.filter { !$0.allSatisfy(\.isNumber) }
            #expect(labels == ["Hoàn thành", "Quá hạn", "Chưa quá hạn", Hostile.agency, "Công an xã",
                               "Ban Chỉ đạo cải cách hành chính, chu…"])
            // The bars of the first row (4 tasks, the largest) span the whole bar width: 2/4, 1/4, 1/4 of 330.
            #expect(svg.contains("<rect x=\"250\" y=\"32\" width=\"165\" height=\"18\" fill=\"#2e7d32\"/>"))
            #expect(svg.contains("<rect x=\"415\" y=\"32\" width=\"82\" height=\"18\" fill=\"#c62828\"/>"))
            #expect(svg.contains("<rect x=\"497\" y=\"32\" width=\"82\" height=\"18\" fill=\"#9e9e9e\"/>"))
            #expect(reading.elements.filter { $0 == "rect" }.count == 3 + 3 + 1 + 1, "legend 3, then 3, 1 and 1 bars")
        }

        @Test func aSelfContainedA4PageWithTheMottoAndOneBarPerLeadBody() throws {
            let html = HTMLRenderer().render(try reportFixture())
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
            #expect(html.contains("<meta charset=\"utf-8\">"))
            #expect(html.contains("@page { size: A4"))
            #expect(html.contains("\"Times New Roman\""))
            #expect(html.contains("<p class=\"motto\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"))
            #expect(html.contains("<p class=\"motto2\">Độc lập - Tự do - Hạnh phúc</p>"))
            // Nothing is fetched: the only URI is the SVG namespace.
            var uris: [String] = []
            var rest = Substring(html)
            while let range = rest.range(of: "http") {
                uris.append(String(rest[range.lowerBound...].prefix { $0 != "\"" && $0 != " " && $0 != ")" }))
                rest = rest[range.upperBound...]
            }
            #expect(uris == ["http://www.w3.org/2000/svg"])
            for resource in ["src=", "href=", "url(", "@import", "<link", "<script"] {
                #expect(!html.contains(resource), "\(resource)")
            }
            #expect(html.components(separatedBy: "<svg").count == 2)
            #expect(html.components(separatedBy: "text-anchor=\"end\"").count - 1 == 3, "one bar label per lead body")
            #expect(htmlTagNames(html).subtracting(Self.allowedTags) == [])
        }
    }
}

// MARK: - .docx

extension ReportTests {
    @Suite struct Docx {
        @Test func aZipOfTheWordParts() throws {
            let entries = try zipEntries(try DocxWriter().data(try reportFixture()))
            #expect(Set(entries.keys) == ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/styles.xml",
                                          "word/header1.xml", "word/document.xml"])
            for (path, data) in entries {
                #expect(throws: Never.self, "\(path) is well-formed XML") { _ = try parseXML(data).get() }
            }
            let styles = String(decoding: try #require(entries["word/styles.xml"]), as: UTF8.self)
            #expect(styles.contains("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\""))
            #expect(styles.contains("<w:sz w:val=\"28\"/>"), "14 pt")
            let document = String(decoding: try #require(entries["word/document.xml"]), as: UTF8.self)
            #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4")
            let types = String(decoding: try #require(entries["[Content_Types].xml"]), as: UTF8.self)
            #expect(types.contains("PartName=\"/word/document.xml\""))
        }

        @Test func theDocumentSaysWhatTheReportSays() throws {
            let report = try reportFixture()
            let reading = try parseXML(try documentXML(report)).get()
            let runs = reading.runs
            for expected in ["ỦY BAN NHÂN DÂN", "XÃ THỬ NGHIỆM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                             "Thử Nghiệm, ngày 31 tháng 12 năm 2025", "BÁO CÁO", "II. KẾT QUẢ THỰC HIỆN",
                             "- Phòng Văn hóa - Xã hội chủ trì; chưa hoàn thành, quá hạn 82 ngày (thời hạn 10/10/2025), đạt 40%.", "Nơi nhận:", "- Lưu: VT.",
                             "TM. ỦY BAN NHÂN DÂN", "[Họ và tên người ký]", "1.617 lượt người"] {
                #expect(runs.contains(expected), "\(expected)")
            }
            // The status chart is a table in Word: header and one row per lead body.
            #expect(runs.contains("Tình hình thực hiện theo cơ quan chủ trì:"))
            #expect(runs.contains("Chưa quá hạn"))
        }

        @Test func hostileTextIsEscapedAndReadsBackAsWritten() throws {
            let data = try documentXML(Hostile.document)
            let xml = String(decoding: data, as: UTF8.self)
            #expect(!xml.contains("<script"))
            #expect(xml.contains("nv1. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39; *bold* | pipe"))
            #expect(xml.contains("- Buổi &amp;lt; thử ]]&gt; &lt;x&gt;"))
            let reading = try parseXML(data).get()
            #expect(reading.runs.contains("nv1. " + Hostile.taskTitle))
            #expect(reading.runs.contains("- " + Hostile.activityTitle))
            #expect(reading.runs.contains(Hostile.agency))
            #expect(reading.runs.contains("Nguyễn Văn <A>"))
        }

        @Test
        func controlCharactersDoNotBreakTheXML() throws {
            var document = Hostile.document
            document.blocks = [.paragraph("Tập huấn\u{0B}buổi 2\u{01}"), .bullets(["a\u{1F}b"])]
            let data = try documentXML(document)
            #expect(throws: Never.self) { _ = try parseXML(data).get() }
        }

        @Test func pageNumbersHeadingStylesRowsThatDoNotSplitAndTheSameBytes() throws {
            let report = try reportFixture()
            let bytes = try DocxWriter().data(report)
            #expect(try DocxWriter().data(report) == bytes, "the same report gives the same bytes")
            let entries = try zipEntries(bytes)
            let header = String(decoding: try #require(entries["word/header1.xml"]), as: UTF8.self)
            #expect(header.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
            let document = String(decoding: try #require(entries["word/document.xml"]), as: UTF8.self)
            #expect(document.contains("<w:headerReference w:type=\"default\" r:id=\"rId2\"/>"))
            #expect(document.contains("<w:titlePg/>"), "no number on the first page")
            let relationships = String(decoding: try #require(entries["word/_rels/document.xml.rels"]), as: UTF8.self)
            #expect(relationships.contains("Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\""))
            #expect(document.contains("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">II. KẾT QUẢ THỰC HIỆN</w:t>"))
            #expect(document.contains("<w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t xml:space=\"preserve\">1. Ưu điểm</w:t>"))
            let styles = String(decoding: try #require(entries["word/styles.xml"]), as: UTF8.self)
            #expect(styles.contains("<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"))
            let rows = document.components(separatedBy: "<w:tr>").count - 1
            #expect(rows > 10)
            #expect(document.components(separatedBy: "<w:tr><w:trPr><w:cantSplit/>").count - 1 == rows - 2,
                    "every data row; the header and signature layout tables are one row each")
            #expect(document.contains("5.000.000\u{00A0}đồng"))
        }

        @Test
        func everyTableHasAGrid() throws {
            let xml = String(decoding: try documentXML(try reportFixture()), as: UTF8.self)
            let tables = xml.components(separatedBy: "<w:tbl>").dropFirst()
            #expect(tables.count >= 4)
            for table in tables {
                #expect(table.contains("<w:tblGrid>"), "\(table.prefix(200))")
            }
        }
    }
}
