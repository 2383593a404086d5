import Foundation
import Testing
import BDHVSTestSupport

/// `bdhvs report` and `bdhvs export` run as a user would, on the Đông Trà Bồng plan with a
/// year of recorded progress, on Nghĩa Giang 2026 for the calendar, and on a plan with
/// hostile titles.
///
/// By hand, as of 31/12/2025 after `recordYear()`: nv1 "Tháng 8/2025" is due 31/08 and done
/// 03/09 (done late); nv3b gets the deadline 30/11 and is done 25/11 (on time) but its
/// parent nv3 stays ongoing through nv3a; nv5 "Dự kiến ngày 10/10/2025" is at 60%, overdue
/// 82 days (21 + 30 + 31); nv2 and nv4 are ongoing. So 5 tasks: done 1 (on time 0, late 1),
/// not done 1 (within 0, overdue 1), ongoing 3, unknown 0; 1/5 (20%), over the 2 come due
/// (nv1, nv5) 1/2 (50%). Lead bodies: Phòng Văn hóa - Xã hội leads nv3a, nv3b, nv4, nv5
/// (done 1, overdue 1, open 2); Công an xã nv4; Trung tâm Cung ứng dịch vụ công nv2; UBND
/// nv1 (done). Participants up to 31/12: public servants 60 + 45 = 105, citizens 190 +
/// 1.205 = 1.395, 1.500 people in all, plus 2.491 enrolments (lượt); the activity of
/// 08/01/2026 is after the as-of date. Carried over to 2026: nv5; kept up: nv2, nv3a, nv4.
@Suite struct ReportCLITests {}

// MARK: - The Markdown report

extension ReportCLITests {
    @Suite struct Markdown {
        @Test func aYearOfDongTraBong() throws {
            let cli = try CLI.dongTraBongYear()
            let result = try cli.run("report", dongTraBongID, "--as-of", "2025-12-31")
            #expect(result.succeeded, "\(result)")
            let lines = result.stdoutLines
            #expect(lines.contains("Kế hoạch có 05 nhiệm vụ: đã hoàn thành 01 (đúng hạn 0, quá hạn 1); chưa hoàn thành 01 (trong hạn 0, quá hạn 1); "
                + "thực hiện thường xuyên 3; chưa xác định thời hạn 0. Tỷ lệ hoàn thành 1/5 nhiệm vụ (20%); trên số nhiệm vụ đã đến hạn 1/2 (50%)."))
            #expect(lines.contains("| Phòng Văn hóa - Xã hội | 1 | 1 | 2 |"))
            #expect(lines.contains("| Ủy ban nhân dân xã Đông Trà Bồng | 1 | 0 | 0 |"))
            #expect(lines.contains("- Phòng Văn hóa - Xã hội chủ trì; chưa hoàn thành, quá hạn 82 ngày (thời hạn 10/10/2025), đạt 60%."))
            #expect(lines.contains("- Phòng Văn hóa - Xã hội chủ trì; đã hoàn thành ngày 25/11/2025, đúng thời hạn 30/11/2025."))
            #expect(lines.contains("- Lễ phát động vào ngày 03/09/2025 tại Hội trường xã có 250 người tham gia, trong đó cán bộ, công chức, "
                + "viên chức và người lao động khu vực công 60 người; người dân trong độ tuổi trưởng thành 190 người."))
            // III.2: the overdue, each once with its leads, then the done late.
            #expect(lines.contains("- 5\\. Tổ chức tuyên truyền “Ngày hội toàn dân học tập số” vào Ngày Chuyển đổi số "
                + "quốc gia (10/10) tại địa phương (Phòng Văn hóa - Xã hội chủ trì; thời hạn 10/10/2025, quá hạn 82 ngày)"))
            #expect(lines.contains("Hoàn thành nhưng chậm so với thời hạn: 1. Tổ chức Lễ phát động “Bình dân học vụ số” trên địa bàn toàn xã "
                + "(thời hạn 31/08/2025, hoàn thành 03/09/2025)."))
            // The participants table.
            let table = lines.drop { $0 != "| Nhóm đối tượng | Số lượng |" }.prefix { $0.hasPrefix("|") }
            #expect(Array(table) == [
                "| Nhóm đối tượng | Số lượng |",
                "| --- | ---: |",
                "| Cán bộ, công chức, viên chức và người lao động khu vực công | 105 lượt người |",
                "| Người dân trong độ tuổi trưởng thành | 1.395 lượt người |",
            ])
            // Attendances are never added into a number of people; each unit is added up on its own.
            #expect(!result.stdout.contains("Tổng số người"))
            #expect(lines.contains("Các hoạt động theo đơn vị tính (mỗi đơn vị cộng riêng): 1.500 lượt người tham gia; 2.491 lượt."))
            #expect(!result.stdout.contains("Tập huấn đầu năm 2026"), "an activity after the as-of date")
            // IV: carried over and kept up.
            let directions = lines.drop { $0 != "## IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026" }.prefix { $0 != "## V. ĐỀ XUẤT, KIẾN NGHỊ" }
            let carried = directions.filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2).prefix { $0 != " " }.filter { $0 != "\\" }.dropLast()) }
            #expect(carried == ["5", "2", "3.1", "4"], "numbered as in the plan")
            #expect(directions.contains("Tiếp tục thực hiện các nhiệm vụ chưa hoàn thành:"))
            #expect(lines.filter { $0.hasPrefix("_\\[Cán bộ bổ sung:") }.count == 6)
            Golden.expect(result, matches: "report-dong-tra-bong-2025-12-31")
        }

        @Test func notesFillTheBlanksTheNumberTheDateAndTheSignature() throws {
            let cli = try CLI.dongTraBongYear()
            let notes = try cli.write("ghi-chu.yaml", dongTraBongNotes)
            let result = try cli.run("report", dongTraBongID, "--as-of", "2025-12-31", "--notes", notes)
            #expect(result.succeeded, "\(result)")
            let lines = result.stdoutLines
            #expect(Array(lines.prefix(8)) == ["**ỦY BAN NHÂN DÂN**  ", "**XÃ ĐÔNG TRÀ BỒNG**  ", "Số: 215/BC-UBND", "",
                                               "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ", "**Độc lập - Tự do - Hạnh phúc**", "",
                                               "*Đông Trà Bồng, ngày 05 tháng 01 năm 2026*"])
            // "Kính gửi" the plan's recipients for reporting; the opening names the document that asked.
            #expect(Array(lines[13...16]) == ["Kính gửi:", "- Sở Khoa học và Công nghệ;", "- Thường trực Đảng ủy xã;", "- Thường trực HĐND xã."])
            #expect(lines.contains("Thực hiện Công văn số 166-CV/ĐU ngày 06/11/2025 của Đảng ủy xã Đông Trà Bồng, UBND xã Đông Trà Bồng báo cáo "
                + "kết quả thực hiện Phong trào “Bình dân học vụ số” năm 2025 (số liệu tính đến ngày 31 tháng 12 năm 2025) như sau:"))
            #expect(lines.contains("Trên đây là báo cáo kết quả thực hiện Phong trào “Bình dân học vụ số” năm 2025; UBND xã Đông Trà Bồng kính báo cáo./."))
            #expect(lines.contains("Xã Đông Trà Bồng có diện tích tự nhiên 150,5 km2, dân số 18.250 người, 12 thôn."))
            #expect(lines.contains("Cả hệ thống chính trị vào cuộc; Lễ phát động thu hút 250 người tham gia."))
            #expect(lines.contains("Đề nghị Sở Khoa học và Công nghệ sớm thông báo kế hoạch mở lớp năm 2026."))
            #expect(Array(lines.suffix(4)) == ["**TM. ỦY BAN NHÂN DÂN**  ", "**CHỦ TỊCH**  ", "", "**Đặng Ngọc Hoàng**  "])
            // Only what the notes leave out stays blank.
            #expect(lines.filter { $0.hasPrefix("_\\[Cán bộ bổ sung:") } == [
                "_\\[Cán bộ bổ sung: nguyên nhân của các tồn tại, hạn chế\\]_",
                "_\\[Cán bộ bổ sung: nhiệm vụ trọng tâm năm 2026\\]_",
            ])
            // The data stays as of the as-of date.
            #expect(result.stdout.contains("(số liệu tính đến ngày 31 tháng 12 năm 2025) như sau:"))
            Golden.expect(result, matches: "report-dong-tra-bong-2025-12-31-notes")
        }

        @Test func anUnknownKeyInTheNotesIsAnErrorWithItsPlace() throws {
            let cli = try CLI()
            try cli.load(ExamplePlan.dongTraBong)
            let notes = try cli.write("ghi-chu.yaml", "number: 215/BC-UBND\n\nstrenghts: Tốt\n")
            let result = try cli.run("report", dongTraBongID, "--as-of", "2025-12-31", "--notes", notes)
            #expect(result.exitCode == 1)
            #expect(result.stdout == "")
            #expect(result.stderr == "<TMP>/ghi-chu.yaml:3:1: error: không có mục 'strenghts' trong ghi chú; có phải là 'strengths'?\n")
            Golden.expect(result, matches: "report-notes-unknown-key")
        }

        @Test
        func anImpossibleDateInTheNotesIsAnError() throws {
            let cli = try CLI()
            try cli.load(ExamplePlan.dongTraBong)
            let notes = try cli.write("ghi-chu.yaml", "number: 215/BC-UBND\ndate: 31/02/2026\n")
            let result = try cli.run("report", dongTraBongID, "--as-of", "2025-12-31", "--notes", notes)
            #expect(result.exitCode == 1)
            #expect(result.stdout == "")
            #expect(result.stderr.hasPrefix("<TMP>/ghi-chu.yaml:2:7: error: "), "\(result)")
            #expect(result.stderr.contains("31/02/2026"))
        }

        @Test
        func anEmptyNotesFileIsNotCalledAPlan() throws {
            let cli = try CLI()
            try cli.load(ExamplePlan.dongTraBong)
            let notes = try cli.write("ghi-chu.yaml", "# chưa ghi gì\n")
            let result = try cli.run("report", dongTraBongID, "--as-of", "2025-12-31", "--notes", notes)
            #expect(!result.stderr.contains("format: 1") && !result.stderr.contains("plan"), "\(result)")
            #expect(result.exitCode == 0 || result.stderr.hasPrefix("<TMP>/ghi-chu.yaml:1:1: error: "), "\(result)")
        }

        @Test func aNotesFileThatCannotBeReadAndAnUnknownPlan() throws {
            let cli = try CLI()
            try cli.load(ExamplePlan.dongTraBong)
            let missing = try cli.run("report", dongTraBongID, "--notes", cli.path("khong-co.yaml"))
            #expect(missing.exitCode == 1)
            #expect(missing.stderr == "<TMP>/khong-co.yaml:1:1: error: không có tệp này\n")
            let unknown = try cli.run("report", "khong-co-2025")
            #expect(unknown.exitCode == 1)
            #expect(unknown.stderr.contains("chưa nạp kế hoạch 'khong-co-2025'"))
            let docxToStdout = try cli.run("report", dongTraBongID, "--format", "docx")
            #expect(docxToStdout.exitCode == 64)
            #expect(docxToStdout.stderrLines.first == "bdhvs: error: '--format docx' ghi ra tệp; hãy ghi '--output TỆP.docx'")
        }
    }
}

// MARK: - HTML and .docx

extension ReportCLITests {
    @Suite struct HTMLAndWord {
        @Test func htmlIsOneA4PageWithTheMottoAndABarPerLeadBody() throws {
            let cli = try CLI.dongTraBongYear()
            let result = try cli.run("report", dongTraBongID, "--as-of", "2025-12-31", "--format", "html")
            #expect(result.succeeded, "\(result)")
            let html = result.stdout
            #expect(html.contains("<meta charset=\"utf-8\">"))
            #expect(html.contains("@page { size: A4"))
            #expect(html.contains("font-family: \"Times New Roman\""))
            #expect(html.contains(">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<"))
            #expect(html.contains(">Độc lập - Tự do - Hạnh phúc<"))
            let uris = html.components(separatedBy: "http").dropFirst().map { $0.prefix { $0 != "\"" } }
            #expect(uris == ["://www.w3.org/2000/svg"], "self-contained: the SVG namespace is the only URI")
            #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src=") && !html.contains("url("))
            let svg = try #require(html.range(of: "<svg")).lowerBound
            let svgEnd = try #require(html.range(of: "</svg>")).upperBound
            let chart = String(html[svg..<svgEnd])
            let labels = chart.components(separatedBy: "text-anchor=\"end\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
            #expect(labels == ["Phòng Văn hóa - Xã hội", "Công an xã", "Trung tâm Cung ứng dịch vụ công", "Ủy ban nhân dân xã Đông Trà Bồng"])
            #expect(html.contains("<td>Người dân trong độ tuổi trưởng thành</td><td class=\"num\">1.395 lượt người</td>"))
            #expect(html.contains("Số: \u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}\u{00A0}/BC-UBND"))
        }

        @Test func docxIsAWordPackageInA4TimesNewRoman() throws {
            let cli = try CLI.dongTraBongYear()
            let notes = try cli.write("ghi-chu.yaml", dongTraBongNotes)
            let result = try cli.run("report", dongTraBongID, "--as-of", "2025-12-31", "--format", "docx", "--notes", notes,
                                     "--output", cli.path("bao-cao.docx"))
            #expect(result.succeeded, "\(result)")
            #expect(result.stdout == "")
            let data = try cli.bytes("bao-cao.docx")
            #expect(Array(data.prefix(4)) == [0x50, 0x4B, 0x03, 0x04], "a zip file")
            let entries = try zipEntries(data)
            for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels"] {
                #expect(entries[part] != nil, "\(part)")
            }
            let styles = String(decoding: try #require(entries["word/styles.xml"]), as: UTF8.self)
            #expect(styles.contains("w:ascii=\"Times New Roman\""))
            let documentData = try #require(entries["word/document.xml"])
            let document = String(decoding: documentData, as: UTF8.self)
            #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
            let runs = try wordRuns(documentData).get()
            for text in ["Số: 215/BC-UBND", "Đông Trà Bồng, ngày 05 tháng 01 năm 2026", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "BÁO CÁO", "CHỦ TỊCH", "Đặng Ngọc Hoàng",
                         "- Phòng Văn hóa - Xã hội chủ trì; chưa hoàn thành, quá hạn 82 ngày (thời hạn 10/10/2025), đạt 60%.", "105 lượt người"] {
                #expect(runs.contains(text), "\(text)")
            }
        }

        @Test(.enabled(if: installed("soffice"), "LibreOffice is not installed"))
        func libreOfficeConvertsTheDocxToPDF() throws {
            let cli = try CLI.dongTraBongYear()
            let notes = try cli.write("ghi-chu.yaml", dongTraBongNotes)
            try cli.ok("report", dongTraBongID, "--as-of", "2025-12-31", "--format", "docx", "--notes", notes, "--output", cli.path("bao-cao.docx"))
            let profile = URL(fileURLWithPath: cli.path("lo-profile")).absoluteString
            let conversion = try #require(runTool(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
                                                   "--outdir", cli.path("pdf"), cli.path("bao-cao.docx")]))
            #expect(conversion.status == 0, "\(conversion.error)")
            let pdf = try cli.bytes("pdf/bao-cao.pdf")
            #expect(pdf.count > 10_000)
            #expect(pdf.starts(with: Data("%PDF-".utf8)))
            if installed("pdftotext"), let text = runTool(["pdftotext", cli.path("pdf/bao-cao.pdf"), "-"]) {
                for expected in ["BÁO CÁO", "Số: 215/BC-UBND", "Độc lập - Tự do - Hạnh phúc", "Đặng Ngọc Hoàng", "II. KẾT QUẢ THỰC HIỆN"] {
                    #expect(text.output.contains(expected), "\(expected)")
                }
            }
        }

        @Test(.enabled(if: installed("soffice") && installed("pdftotext"), "LibreOffice or pdftotext is not installed"))
        func theMottoStaysOnOneLine() throws {
            let cli = try CLI.dongTraBongYear()
            try cli.ok("report", dongTraBongID, "--as-of", "2025-12-31", "--format", "docx", "--output", cli.path("bao-cao.docx"))
            let profile = URL(fileURLWithPath: cli.path("lo-profile")).absoluteString
            _ = runTool(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", cli.path("pdf"),
                         cli.path("bao-cao.docx")])
            let text = try #require(runTool(["pdftotext", "-layout", cli.path("pdf/bao-cao.pdf"), "-"])).output
            #expect(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        }
    }
}
