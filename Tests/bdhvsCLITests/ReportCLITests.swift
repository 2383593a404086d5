import Foundation
import Testing
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

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

private let dongTraBongID = "dong-tra-bong-2025"

// MARK: - Scenario and helpers

private extension CLI {
    /// Runs `arguments`, expecting success.
    @discardableResult
    func ok(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        let result = try run(arguments)
        #expect(result.succeeded, "\(result)", sourceLocation: sourceLocation)
        return result
    }

    /// Đông Trà Bồng with a realistic year recorded (see the suite's comment).
    static func dongTraBongYear() throws -> CLI {
        let cli = try CLI()
        try cli.ok("plan", "load", ExamplePlan.dongTraBong, "--as-of", "2025-07-30")
        try cli.ok("task", "start", "nv1", "--on", "2025-08-01", "--as-of", "2025-08-01", "--by", "Lan")
        try cli.ok("task", "done", "nv1", "--on", "2025-09-03", "--as-of", "2025-09-05", "--by", "Lan",
                   "--note", "Lễ phát động tổ chức ngày 03/9 tại hội trường xã")
        try cli.ok("activity", "add", "nv1", "--date", "2025-09-03", "--participants", "250", "--group", "can-bo-cong-chuc=60",
                   "--group", "nguoi-dan=190", "--title", "Lễ phát động", "--place", "Hội trường xã", "--as-of", "2025-09-05", "--by", "Lan")
        try cli.ok("task", "deadline", "nv3b", "2025-11-30", "--reason", "Sở KH&CN mở lớp tháng 11", "--as-of", "2025-10-01", "--by", "Lan")
        try cli.ok("task", "progress", "nv5", "60", "--as-of", "2025-10-05", "--by", "Hùng", "--note", "Đã chuẩn bị gian hàng")
        try cli.ok("activity", "add", "nv3a", "--date", "2025-11-19", "--participants", "1205", "--group", "nguoi-dan=1205",
                   "--title", "Tập huấn kỹ năng số cơ bản cho người dân", "--place", "Nhà văn hóa các thôn", "--as-of", "2025-11-20", "--by", "Lan")
        try cli.ok("task", "done", "nv3b", "--on", "2025-11-25", "--as-of", "2025-11-25", "--by", "Lan")
        try cli.ok("activity", "add", "nv3b", "--date", "2025-11-25", "--participants", "45", "--group", "can-bo-cong-chuc=45",
                   "--title", "Lớp bồi dưỡng kỹ năng số cho cán bộ, công chức", "--place", "Hội trường xã", "--as-of", "2025-11-25", "--by", "Lan")
        try cli.ok("activity", "add", "nv4", "--date", "2025-12-06", "--participants", "2491", "--unit", "lượt",
                   "--title", "Học trên nền tảng “Bình dân học vụ số”", "--as-of", "2025-12-06", "--by", "Lan")
        try cli.ok("activity", "add", "nv3a", "--date", "2026-01-08", "--participants", "80", "--group", "nguoi-dan=80",
                   "--title", "Tập huấn đầu năm 2026", "--as-of", "2026-01-08", "--by", "Lan")
        return cli
    }

    /// The bytes of a file in the sandbox.
    func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path(name)))
    }
}

/// The notes of the officer of Đông Trà Bồng (what the data cannot say).
private let dongTraBongNotes = """
    number: 215/BC-UBND
    date: 05/01/2026
    profile: |-
      Xã Đông Trà Bồng có diện tích tự nhiên 150,5 km2, dân số 18.250 người, 12 thôn.

      Ban Chỉ đạo cải cách hành chính, chuyển đổi số và Đề án 06 được thành lập theo Quyết định số 96/QĐ-UBND ngày 24/7/2025.
    strengths: Cả hệ thống chính trị vào cuộc; Lễ phát động thu hút 250 người tham gia.
    lessons: Phân công rõ người, rõ việc, rõ thời hạn; tranh thủ sự hỗ trợ của Tổ công nghệ số cộng đồng.
    proposals: Đề nghị Sở Khoa học và Công nghệ sớm thông báo kế hoạch mở lớp năm 2026.
    signer:
      authority: TM. ỦY BAN NHÂN DÂN
      title: Chủ tịch
      name: Đặng Ngọc Hoàng

    """

/// Runs a program found on PATH; nil when it cannot be started.
private func runTool(_ arguments: [String], timeout: TimeInterval = 180) -> (status: Int32, output: String, error: String)? {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("bdhvs-tool-\(UUID().uuidString)")
    guard (try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)) != nil else { return nil }
    defer { try? FileManager.default.removeItem(at: scratch) }
    guard let finished = try? CLI.spawn(URL(fileURLWithPath: "/usr/bin/env"), arguments, scratch: scratch, timeout: timeout) else {
        return nil
    }
    return (finished.status, finished.stdout, finished.stderr)
}

/// True when `program` is on PATH.
private func installed(_ program: String) -> Bool {
    runTool(["which", program])?.status == 0
}

/// True when python3 imports `module`.
private func pythonHas(_ module: String) -> Bool {
    runTool(["python3", "-c", "import \(module)"])?.status == 0
}

/// The entries of a zip archive by path.
private func zipEntries(_ data: Data) throws -> [String: Data] {
    let archive = try Archive(data: data, accessMode: .read)
    var entries: [String: Data] = [:]
    for entry in archive {
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        entries[entry.path] = bytes
    }
    return entries
}

/// The text of every `w:t` run of a WordprocessingML part, or the parser's error.
private final class RunCollector: NSObject, XMLParserDelegate {
    var runs: [String] = []
    private var inRun = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                attributes attributeDict: [String: String] = [:]) {
        if elementName == "w:t" { inRun = true; runs.append("") }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        if elementName == "w:t" { inRun = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inRun { runs[runs.count - 1] += string }
    }
}

private func wordRuns(_ xml: Data) -> Result<[String], Error> {
    let collector = RunCollector()
    let parser = XMLParser(data: xml)
    parser.delegate = collector
    if parser.parse() { return .success(collector.runs) }
    return .failure(parser.parserError ?? CocoaError(.coderReadCorrupt))
}

/// Reads CSV by RFC 4180 (records end with CRLF, quotes doubled inside quoted fields), by
/// Unicode scalars; nil when the text breaks the grammar.
private func rfc4180(_ text: String, delimiter: Unicode.Scalar) -> [[String]]? {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var records: [[String]] = []
    var record: [String] = []
    while index < scalars.count {
        var field = String.UnicodeScalarView()
        if scalars[index] == "\"" {
            index += 1
            while true {
                guard index < scalars.count else { return nil }
                if scalars[index] == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" { field.append("\""); index += 2; continue }
                    index += 1
                    break
                }
                field.append(scalars[index])
                index += 1
            }
        } else {
            while index < scalars.count, scalars[index] != delimiter, scalars[index] != "\r", scalars[index] != "\n" {
                if scalars[index] == "\"" { return nil }
                field.append(scalars[index])
                index += 1
            }
        }
        record.append(String(field))
        guard index < scalars.count else { return nil }
        if scalars[index] == delimiter {
            index += 1
        } else if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
            records.append(record)
            record = []
            index += 2
        } else {
            return nil
        }
    }
    return records
}

/// The rows Python's csv module reads from a file (nil without python3).
private func pythonCSVRows(_ path: String, delimiter: String) throws -> [[String]]? {
    guard installed("python3") else { return nil }
    let script = """
        import csv, json, sys
        with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
            sys.stdout.write(json.dumps(list(csv.reader(f, delimiter=sys.argv[2], strict=True)), ensure_ascii=False))
        """
    let result = try #require(runTool(["python3", "-c", script, path, delimiter]))
    #expect(result.status == 0, "\(result.error)")
    return try JSONDecoder().decode([[String]].self, from: Data(result.output.utf8))
}

/// iCalendar content lines after unfolding, with framing problems found on the way.
private func unfoldICS(_ text: String) -> (lines: [String], problems: [String]) {
    var problems: [String] = []
    let bytes = Array(text.utf8)
    for (offset, byte) in bytes.enumerated() where byte == 0x0A && (offset == 0 || bytes[offset - 1] != 0x0D) {
        problems.append("bare LF at byte \(offset)")
    }
    if !text.hasSuffix("\r\n") { problems.append("no final CRLF") }
    var physical = text.components(separatedBy: "\r\n")
    if physical.last == "" { physical.removeLast() }
    var lines: [String] = []
    for (number, line) in physical.enumerated() {
        if line.utf8.count > 75 { problems.append("line \(number + 1) is \(line.utf8.count) octets") }
        if line.hasPrefix(" ") {
            if lines.isEmpty { problems.append("the first line is a continuation") } else { lines[lines.count - 1] += line.dropFirst() }
        } else {
            lines.append(line)
        }
    }
    var stack: [String] = []
    for line in lines {
        if line.hasPrefix("BEGIN:") { stack.append(String(line.dropFirst(6))) }
        if line.hasPrefix("END:"), stack.popLast() != String(line.dropFirst(4)) { problems.append("unbalanced \(line)") }
    }
    if !stack.isEmpty { problems.append("left open: \(stack)") }
    return (lines, problems)
}

/// A TEXT value unescaped (RFC 5545 §3.3.11).
private func icsText(_ value: Substring) -> String {
    var out = "", escaped = false
    for character in value {
        if escaped { out.append(character == "n" || character == "N" ? "\n" : character); escaped = false } else if character == "\\" { escaped = true } else { out.append(character) }
    }
    return out
}

// MARK: - The Markdown report

extension ReportCLITests {
    @Suite struct Markdown {
        @Test func aYearOfDongTraBong() throws {
            let cli = try CLI.dongTraBongYear()
            let result = try cli.run("report", dongTraBongID, "--as-of", "2025-12-31")
            #expect(result.succeeded, "\(result)")
            let lines = result.stdoutLines
            #expect(lines.contains("Kế hoạch có 5 nhiệm vụ: đã hoàn thành 1 (đúng hạn 0, quá hạn 1); chưa hoàn thành 1 (trong hạn 0, quá hạn 1); "
                + "thực hiện thường xuyên 3; chưa xác định thời hạn 0. Tỷ lệ hoàn thành 1/5 nhiệm vụ (20%); trên số nhiệm vụ đã đến hạn 1/2 (50%)."))
            #expect(lines.contains("| Phòng Văn hóa - Xã hội | 1 | 1 | 2 |"))
            #expect(lines.contains("| Ủy ban nhân dân xã Đông Trà Bồng | 1 | 0 | 0 |"))
            #expect(lines.contains("- Kết quả: Đang thực hiện quá hạn (82 ngày), đạt 60%"))
            #expect(lines.contains("- Kết quả: Hoàn thành đúng hạn ngày 25/11/2025"))
            // III.2: the overdue by lead body, then the done late.
            #expect(lines.contains("- Phòng Văn hóa - Xã hội: nv5 “Tổ chức tuyên truyền “Ngày hội toàn dân học tập số” vào Ngày Chuyển đổi số "
                + "quốc gia (10/10) tại địa phương” (hạn 10/10/2025, quá hạn 82 ngày)"))
            #expect(lines.contains("Hoàn thành nhưng quá hạn: nv1 (hạn 31/08/2025, xong 03/09/2025)."))
            // The participants table.
            let table = lines.drop { $0 != "| Nhóm đối tượng | Số lượng |" }.prefix { $0.hasPrefix("|") }
            #expect(Array(table) == [
                "| Nhóm đối tượng | Số lượng |",
                "| --- | ---: |",
                "| Cán bộ, công chức, viên chức và người lao động khu vực công | 105 người |",
                "| Người dân trong độ tuổi trưởng thành | 1.395 người |",
                "| Tổng số người tham gia các hoạt động | 1.500 người |",
                "| Tổng số lượt học viên | 2.491 lượt |",
            ])
            #expect(!result.stdout.contains("Tập huấn đầu năm 2026"), "an activity after the as-of date")
            // IV: carried over and kept up.
            let directions = lines.drop { $0 != "## IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026" }.prefix { $0 != "## V. ĐỀ XUẤT, KIẾN NGHỊ" }
            let carried = directions.filter { $0.hasPrefix("- nv") }.map { String($0.dropFirst(2).prefix { $0 != ":" }) }
            #expect(carried == ["nv5", "nv2", "nv3a", "nv4"])
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
            #expect(Array(lines.prefix(7)) == ["**ỦY BAN NHÂN DÂN XÃ ĐÔNG TRÀ BỒNG**  ", "Số: 215/BC-UBND", "",
                                               "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ", "**Độc lập - Tự do - Hạnh phúc**", "",
                                               "*Đông Trà Bồng, ngày 05 tháng 01 năm 2026*"])
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
            #expect(result.stdout.contains("báo cáo kết quả thực hiện tính đến ngày 31 tháng 12 năm 2025 như sau:"))
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
            #expect(missing.stderr == "bdhvs: error: không đọc được tệp ghi chú '<TMP>/khong-co.yaml'\n")
            let unknown = try cli.run("report", "khong-co-2025")
            #expect(unknown.exitCode == 2)
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
            #expect(html.contains("<td>Người dân trong độ tuổi trưởng thành</td><td class=\"num\">1.395 người</td>"))
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
                         "BÁO CÁO", "CHỦ TỊCH", "Đặng Ngọc Hoàng", "- Kết quả: Đang thực hiện quá hạn (82 ngày), đạt 60%", "2.491 lượt"] {
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
            #expect(lines.contains(#"nv1. \<script\>alert("x")\</script\> \& 'quote' \*bold\* \| pipe"#))
            #expect(lines.contains(#"- 10/08/2025: Buổi \&lt; thử \]\]\> \<x\> tại Nhà "văn hóa" \& \<hội trường\>, 10 người"#))
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
            #expect(html.contains("<p>nv1. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39; *bold* | pipe</p>"))
            #expect(html.contains("10/08/2025: Buổi &amp;lt; thử ]]&gt; &lt;x&gt; tại Nhà &quot;văn hóa&quot; &amp; &lt;hội trường&gt;, 10 người"))
            // The SVG chart: the agency as text, escaped.
            #expect(html.contains("text-anchor=\"end\">Phòng &lt;Văn hóa&gt; &amp; &quot;Xã hội&quot;</text>"))
            #expect(html.contains("aria-label=\"Tình hình thực hiện nhiệm vụ theo cơ quan chủ trì (số nhiệm vụ)\""))
        }

        @Test func theDocxIsWellFormedWithTheTextEscaped() throws {
            let cli = try Self.sandbox()
            try cli.ok("report", "thu-thach-2025", "--as-of", "2025-12-31", "--format", "docx", "--output", cli.path("r.docx"))
            let xml = try #require(try zipEntries(try cli.bytes("r.docx"))["word/document.xml"])
            let runs = try wordRuns(xml).get()
            #expect(runs.contains("nv1. " + hostileTitle))
            #expect(runs.contains("- 10/08/2025: " + hostileActivity + " tại Nhà \"văn hóa\" & <hội trường>, 10 người"))
            let text = String(decoding: xml, as: UTF8.self)
            #expect(text.contains("nv1. &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quote&#39; *bold* | pipe"))
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

// MARK: - Exports

extension ReportCLITests {
    @Suite struct Exports {
        @Test func csvOfTasksForExcel() throws {
            let cli = try CLI.dongTraBongYear()
            let result = try cli.run("export", dongTraBongID, "--format", "csv", "--as-of", "2025-12-31", "--output", cli.path("nhiem-vu.csv"))
            #expect(result.succeeded, "\(result)")
            let data = try cli.bytes("nhiem-vu.csv")
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 with a BOM")
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.unicodeScalars.enumerated().contains { index, scalar in
                scalar == "\n" && Array(text.unicodeScalars)[index - 1] != "\r"
            }, "every line ends with CRLF")
            let rows = try #require(rfc4180(String(text.unicodeScalars.dropFirst()), delimiter: ","))
            #expect(rows.count == 8)
            #expect(rows.map { $0[1] } == ["id", "nv1", "nv2", "nv3", "nv3a", "nv3b", "nv4", "nv5"])
            #expect(rows[1] == [dongTraBongID, "nv1", "", "Tổ chức Lễ phát động “Bình dân học vụ số” trên địa bàn toàn xã",
                                "Ủy ban nhân dân xã Đông Trà Bồng", "Tháng 8/2025", "2025-08-31", "0", "done_late", "Hoàn thành quá hạn",
                                "0", "100", "2025-09-03", ""])
            #expect(rows[7] == [dongTraBongID, "nv5", "", "Tổ chức tuyên truyền “Ngày hội toàn dân học tập số” vào Ngày Chuyển đổi số quốc gia (10/10) tại địa phương",
                                "Phòng Văn hóa - Xã hội", "Dự kiến ngày 10/10/2025", "2025-10-10", "1", "overdue", "Đang thực hiện quá hạn",
                                "82", "60", "", ""])
            #expect(rows[5][1] == "nv3b" && rows[5][2] == "nv3" && rows[5][4] == "Phòng Văn hóa - Xã hội")
            // Titles with commas are quoted.
            #expect(text.contains(#",nv2,,"Thực hiện truyền thông sâu rộng trên các phương tiện thông tin đại chúng, cổng/trang"#))
            if let python = try pythonCSVRows(cli.path("nhiem-vu.csv"), delimiter: ",") {
                #expect(python == rows)
            }
        }

        @Test func csvWithSemicolonsAndOneBodysTasks() throws {
            let cli = try CLI.dongTraBongYear()
            let result = try cli.run("export", dongTraBongID, "--format", "csv", "--delimiter", ";", "--agency", "Phòng VH-XH",
                                     "--as-of", "2025-12-31", "--output", cli.path("vhxh.csv"))
            #expect(result.succeeded, "\(result)")
            let text = String(decoding: try cli.bytes("vhxh.csv"), as: UTF8.self)
            #expect(text.hasPrefix("\u{FEFF}plan;id;parent;title;lead;timeline;deadline;tentative;status;status_vi;days_overdue;percent;completed_on;extended_from\r\n"))
            let rows = try #require(rfc4180(String(text.unicodeScalars.dropFirst()), delimiter: ";"))
            #expect(rows.dropFirst().map { $0[1] } == ["nv3a", "nv3b", "nv4", "nv5"])
            #expect(rows.allSatisfy { $0.count == 14 })
            #expect(rows[3][4] == "Phòng Văn hóa - Xã hội; Công an xã")
            #expect(text.contains(";\"Phòng Văn hóa - Xã hội; Công an xã\";"), "a field holding ';' is quoted")
            if let python = try pythonCSVRows(cli.path("vhxh.csv"), delimiter: ";") {
                #expect(python == rows)
            }
            let bad = try cli.run("export", dongTraBongID, "--format", "csv", "--delimiter", "|")
            #expect(bad.exitCode == 64)
            #expect(bad.stderrLines.first == "bdhvs: error: giá trị '|' của '--delimiter' không hợp lệ; cần ',' hoặc ';'")
        }

        @Test func csvOfActivitiesHasAColumnPerTargetGroup() throws {
            let cli = try CLI.dongTraBongYear()
            let text = try cli.ok("export", dongTraBongID, "--format", "csv", "--activities", "--as-of", "2026-01-10").stdout
            let rows = try #require(rfc4180(String(text.unicodeScalars.dropFirst()), delimiter: ","))
            #expect(rows == [
                ["plan", "task", "date", "title", "place", "participants", "unit", "can-bo-cong-chuc", "nguoi-dan"],
                [dongTraBongID, "nv1", "2025-09-03", "Lễ phát động", "Hội trường xã", "250", "người", "60", "190"],
                [dongTraBongID, "nv3a", "2025-11-19", "Tập huấn kỹ năng số cơ bản cho người dân", "Nhà văn hóa các thôn", "1205", "người", "", "1205"],
                [dongTraBongID, "nv3b", "2025-11-25", "Lớp bồi dưỡng kỹ năng số cho cán bộ, công chức", "Hội trường xã", "45", "người", "45", ""],
                [dongTraBongID, "nv4", "2025-12-06", "Học trên nền tảng “Bình dân học vụ số”", "", "2491", "lượt", "", ""],
                [dongTraBongID, "nv3a", "2026-01-08", "Tập huấn đầu năm 2026", "", "80", "người", "", "80"],
            ])
            let ubnd = try cli.ok("export", dongTraBongID, "--format", "csv", "--activities", "--agency", "ubnd", "--as-of", "2026-01-10").stdout
            #expect(ubnd == "\u{FEFF}plan,task,date,title,place,participants,unit,can-bo-cong-chuc,nguoi-dan\r\n"
                + "\(dongTraBongID),nv1,2025-09-03,Lễ phát động,Hội trường xã,250,người,60,190\r\n")
            let misuse = try cli.run("export", dongTraBongID, "--format", "ics", "--activities")
            #expect(misuse.exitCode == 64)
        }

        @Test
        func csvOfActivitiesStopsAtTheAsOfDate() throws {
            let cli = try CLI.dongTraBongYear()
            let text = try cli.ok("export", dongTraBongID, "--format", "csv", "--activities", "--as-of", "2025-12-31").stdout
            #expect(!text.contains("2026-01-08"))
            #expect(text.components(separatedBy: "\r\n").count == 1 + 4 + 1)
        }

        @Test func icsOfNghiaGiang() throws {
            let cli = try CLI()
            try cli.load(ExamplePlan.nghiaGiang)
            let result = try cli.run("export", "nghia-giang-2026", "--format", "ics", "--as-of", "2026-03-15", "--output", cli.path("lich.ics"))
            #expect(result.succeeded, "\(result)")
            let text = String(decoding: try cli.bytes("lich.ics"), as: UTF8.self)
            let (lines, problems) = unfoldICS(text)
            #expect(problems == [])
            #expect(text.components(separatedBy: "\r\n").contains { $0.hasPrefix(" ") }, "long lines are folded")
            #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
            #expect(lines.contains("VERSION:2.0"))
            #expect(lines.contains { $0.hasPrefix("PRODID:") })
            let uids = lines.filter { $0.hasPrefix("UID:") }
            #expect(uids.count == 14 && Set(uids).count == 14)
            #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 14)
            #expect(lines.filter { $0 == "DTSTAMP:20260315T000000Z" }.count == 14)
            #expect(lines.filter { $0.hasPrefix("DTSTART;VALUE=DATE:") }.count == 14)
            let nv1 = lines.drop { $0 != "UID:nghia-giang-2026-nv1@bdhvs" }.prefix { $0 != "END:VEVENT" }
            #expect(nv1.contains("DTSTART;VALUE=DATE:20260131"))
            #expect(nv1.contains("RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20261231"))
            let summary = try #require(nv1.first { $0.hasPrefix("SUMMARY:") })
            #expect(icsText(summary.dropFirst(8)) == "[nv1] Đẩy mạnh công tác tuyên truyền sâu rộng trên các phương tiện thông tin đại chúng, "
                + "Cổng thông tin điện tử xã, hệ thống truyền thanh, các nền tảng về chuyển đổi số và Phong trào")
            let nv9 = lines.drop { $0 != "UID:nghia-giang-2026-nv9@bdhvs" }.prefix { $0 != "END:VEVENT" }
            #expect(nv9.contains("RRULE:FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;UNTIL=20261231"))
            let nv10 = lines.drop { $0 != "UID:nghia-giang-2026-nv10@bdhvs" }.prefix { $0 != "END:VEVENT" }
            #expect(nv10.contains("DTSTART;VALUE=DATE:20261214"))
            #expect(!nv10.contains { $0.hasPrefix("RRULE") })

            if pythonHas("icalendar") {
                let script = """
                    import icalendar, sys
                    cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
                    events = list(cal.walk("VEVENT"))
                    print(len(events), len({str(e["UID"]) for e in events}), sum(1 for e in events if "RRULE" in e))
                    """
                let parsed = try #require(runTool(["python3", "-c", script, cli.path("lich.ics")]))
                #expect(parsed.status == 0, "\(parsed.error)")
                #expect(parsed.output == "14 14 3\n")
            }
        }

        @Test func icsOfOneLeadBody() throws {
            let cli = try CLI()
            try cli.load(ExamplePlan.nghiaGiang)
            let text = try cli.ok("export", "nghia-giang-2026", "--format", "ics", "--agency", "vhxh", "--as-of", "2026-03-15").stdout
            let (lines, problems) = unfoldICS(text)
            #expect(problems == [])
            #expect(lines.filter { $0.hasPrefix("UID:") } == ["nv2", "nv5a", "nv5b", "nv5c", "nv5d", "nv9", "nv10"].map { "UID:nghia-giang-2026-\($0)@bdhvs" })
            #expect(lines.contains("X-WR-CALNAME:bdhvs nghia-giang-2026 — vhxh"))
            let unknown = try cli.run("export", "nghia-giang-2026", "--format", "ics", "--agency", "Phòng Không Có", "--as-of", "2026-03-15")
            #expect(unknown.exitCode == 2, "\(unknown)")
        }

        @Test func jsonOfTheWholePlan() throws {
            let cli = try CLI.dongTraBongYear()
            let result = try cli.run("export", dongTraBongID, "--format", "json", "--as-of", "2025-12-31")
            #expect(result.succeeded, "\(result)")
            let export = try object(parseJSON(result))
            #expect(Set(export.keys) == ["format", "plan", "as_of", "status", "tasks", "activities"])
            #expect(export["format"] as? Int == 1)
            #expect(export["as_of"] as? String == "2025-12-31")
            #expect(try object(export["plan"])["id"] as? String == dongTraBongID)
            let counts = try object(try object(export["status"])["counts"])
            #expect(counts as? [String: Int] == ["done_on_time": 0, "done_late": 1, "in_progress": 0, "overdue": 1, "ongoing": 3, "deadline_unknown": 0])
            #expect(try array(export["tasks"]).count == 7)
            let activities = try array(export["activities"]).map { try object($0) }
            #expect(activities.compactMap { $0["date"] as? String } == ["2025-09-03", "2025-11-19", "2025-11-25", "2025-12-06"])
        }
    }
}
