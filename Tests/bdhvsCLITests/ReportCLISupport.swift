import Foundation
import Testing
import BDHVSTestSupport
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

// What the report and export tests share: a year of Đông Trà Bồng, its notes, and readers
// of what the commands write (zip, WordprocessingML, CSV, iCalendar).

let dongTraBongID = "dong-tra-bong-2025"

// MARK: - Scenario and helpers

extension CLI {
    /// Runs `arguments`, expecting success.
    @discardableResult
    func ok(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        try ok(arguments, sourceLocation: sourceLocation)
    }

    /// Runs `arguments`, expecting success.
    @discardableResult
    func ok(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
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
let dongTraBongNotes = """
    number: 215/BC-UBND
    date: 05/01/2026
    requested_by: Công văn số 166-CV/ĐU ngày 06/11/2025 của Đảng ủy xã Đông Trà Bồng
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
func runTool(_ arguments: [String], timeout: TimeInterval = 180) -> (status: Int32, output: String, error: String)? {
    RunningProcess.tool(arguments, timeout: timeout).map { ($0.status, $0.stdout, $0.stderr) }
}

/// True when `program` is on PATH.
func installed(_ program: String) -> Bool {
    runTool(["which", program])?.status == 0
}

/// True when python3 imports `module`.
func pythonHas(_ module: String) -> Bool {
    runTool(["python3", "-c", "import \(module)"])?.status == 0
}

/// The text of every `w:t` run of a WordprocessingML part, or the parser's error.
final class RunCollector: NSObject, XMLParserDelegate {
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

func wordRuns(_ xml: Data) -> Result<[String], Error> {
    let collector = RunCollector()
    let parser = XMLParser(data: xml)
    parser.delegate = collector
    if parser.parse() { return .success(collector.runs) }
    return .failure(parser.parserError ?? CocoaError(.coderReadCorrupt))
}

/// The rows Python's csv module reads from a file (nil without python3).
func pythonCSVRows(_ path: String, delimiter: String) throws -> [[String]]? {
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
func unfoldICS(_ text: String) -> (lines: [String], problems: [String]) {
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
func icsText(_ value: Substring) -> String {
    var out = "", escaped = false
    for character in value {
        if escaped { out.append(character == "n" || character == "N" ? "\n" : character); escaped = false } else if character == "\\" { escaped = true } else { out.append(character) }
    }
    return out
}
