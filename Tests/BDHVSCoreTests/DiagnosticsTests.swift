import Foundation
import Testing
@testable import BDHVSCore

/// One kind of bad input: edits of the base plan (or a whole text) with position markers,
/// and the diagnostics expected at the markers.
///
/// In expected messages, `{2️⃣}` stands for "line L, column C" of marker 2️⃣ and
/// `{line 2️⃣}` for "line L", so that messages quoting a place follow the base plan.
struct BadInput: Sendable, CustomTestStringConvertible {
    let name: String
    let edits: [(String, String)]
    let whole: String?
    let expected: [(marker: String, message: String)]

    init(_ name: String, _ edits: [(String, String)], _ expected: [(marker: String, message: String)]) {
        self.name = name
        self.edits = edits
        self.whole = nil
        self.expected = expected
    }

    init(_ name: String, whole: String, _ expected: [(marker: String, message: String)]) {
        self.name = name
        self.edits = []
        self.whole = whole
        self.expected = expected
    }

    var testDescription: String { name }

    /// The input with its markers.
    var marked: MarkedText { MarkedText(whole ?? PlanFixture.variant(edits)) }

    /// The diagnostics expected for `marked` as their English lines, messages with their
    /// places filled in.
    func expectedDiagnostics(_ marked: MarkedText) -> [String] {
        expected.map { marker, message in
            var text = message
            for (name, position) in marked.positions {
                text = text.replacingOccurrences(of: "{line \(name)}", with: "line \(position.line)")
                text = text.replacingOccurrences(of: "{\(name)}", with: "line \(position.line), column \(position.column)")
            }
            let location = marked.location(marker)
            return "\(location.file):\(location.line):\(location.column): error: \(text)"
        }
    }
}

private let agencyList = "expected the id, name or an alias of an agency listed under 'agencies' ('ubnd', 'vhxh', 'ca')"
/// The keys a task may have, as an unknown-key message lists them: read from the schema
/// file (`$defs.task.properties`), sorted.
private let taskKeys: String = {
    guard let data = FileManager.default.contents(atPath: PackageFiles.path("Schemas/plan.schema.json")),
          let schema = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
          let task = (schema["$defs"] as? [String: Any])?["task"] as? [String: Any],
          let properties = task["properties"] as? [String: Any] else { return "(cannot read Schemas/plan.schema.json)" }
    return properties.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
}()

@Suite struct DiagnosticsTests {
    @Test func basePlanIsValid() throws {
        let plan = try PlanFixture.plan()
        #expect(plan.tasks.map(\.id) == ["nv1", "nv2", "nv2a", "nv2b", "nv3"])
    }

    // MARK: - YAML syntax

    static let yaml: [BadInput] = [
        BadInput("unclosed quote", [("title: Tổ chức Lễ phát động", "title: 2️⃣\"Tổ chức Lễ phát động"), ("  total: 5000000\n", "  total: 5000000\n1️⃣")],
                 [("2️⃣", "the quote \" opened here is not closed on its line, so the text runs on to {line 1️⃣}; close it with \"")]),
        BadInput("tab indentation", [("  - id: ca\n    name: Công an xã", "  - id: ca\n1️⃣\tname: Công an xã")],
                 [("1️⃣", "this line is indented with a tab; YAML allows only spaces for indentation: replace each tab with spaces")]),
        BadInput("tab after spaces", [("  - id: ca\n    name: Công an xã", "  - id: ca\n  1️⃣\tname: Công an xã")],
                 [("1️⃣", "this line is indented with a tab; YAML allows only spaces for indentation: replace each tab with spaces")]),
        BadInput("duplicate top-level key", [("province: Quảng Ngãi\n", "2️⃣province: Quảng Ngãi\n1️⃣province: Quảng Nam\n")],
                 [("1️⃣", "duplicate key 'province'; it is already set at {line 2️⃣}")]),
        BadInput("duplicate quoted key", [("province: Quảng Ngãi\n", "2️⃣province: Quảng Ngãi\n1️⃣\"province\": Quảng Nam\n")],
                 [("1️⃣", "duplicate key 'province'; it is already set at {line 2️⃣}")]),
        BadInput("duplicate key in a task", [("    lead: ubnd\n", "    2️⃣lead: ubnd\n    1️⃣lead: vhxh\n")],
                 [("1️⃣", "duplicate key 'lead'; it is already set at {line 2️⃣}")]),
        BadInput("duplicate first key of a list item", [("  - id: nv3\n", "  - 2️⃣id: nv3\n    1️⃣id: nv4\n")],
                 [("1️⃣", "duplicate key 'id'; it is already set at {line 2️⃣}")]),
        BadInput("empty file", whole: "1️⃣", [("1️⃣", "the file is empty; expected a plan starting with 'format: 1'")]),
        BadInput("only a comment", whole: "1️⃣# kế hoạch\n\n", [("1️⃣", "the file is empty; expected a plan starting with 'format: 1'")]),
        BadInput("two documents", whole: PlanFixture.base + "1️⃣---\nformat: 1\n",
                 [("1️⃣", "the file holds more than one YAML document; expected one plan per file")]),
        BadInput("a list instead of a plan", whole: "1️⃣- format: 1\n- id: x\n", [("1️⃣", "the plan must be a mapping, found a list")]),
    ]

    @Test(arguments: yaml)
    func yamlProblems(_ input: BadInput) {
        check(input)
    }

    /// Indentation mistakes, and what is said of them (libyaml's own words, "mapping values
    /// are not allowed in this context", do not tell an official to look at the indentation).
    static let indentation: [(name: String, edits: [(String, String)], message: String)] = [
        ("a key indented more than its siblings", [("  - id: vhxh\n    name: Phòng Văn hóa", "  - id: vhxh\n     name1️⃣: Phòng Văn hóa")],
         "a ':' is not allowed here; check the indentation of this line (keys of one mapping start in the same column), or put text containing ': ' in quotes"),
        ("a key indented less than its siblings",
         [("  - id: nv3\n    title: Ngày hội", "  - id: nv3\n   1️⃣title: Ngày hội"), ("tasks:\n  - id: nv1", "tasks:\n  2️⃣- id: nv1")],
         "bad indentation: this line does not line up with the block that starts at {2️⃣}; items of one list, and keys of one mapping, start in the same column"),
    ]

    @Test func badIndentationIsFoundWhereItIs() {
        for (name, edits, message) in Self.indentation {
            let input = BadInput(name, edits, [("1️⃣", message)])
            check(input)
        }
    }

    /// "mapping values are not allowed in this context" and "did not find expected '-'
    /// indicator" do not tell an official that the line is indented wrongly.
    @Test
    func badIndentationSaysSo() {
        for (name, edits, _) in Self.indentation {
            let marked = BadInput(name, edits, []).marked
            let outcome = PlanFixture.check(marked.text)
            #expect(outcome.diagnostics.map(\.location) == [marked.location()], "\(name)")
            #expect(outcome.diagnostics.first?.message.text(.en).contains("indent") == true, "\(name): \(outcome.diagnostics)")
        }
    }

    /// A final "---" starts an empty second document; the place must be in the file.
    @Test
    func emptySecondDocumentIsPointedAt() {
        check(BadInput("empty second document", whole: PlanFixture.base + "1️⃣---\n",
                       [("1️⃣", "the file holds more than one YAML document; expected one plan per file")]))
    }

    // MARK: - Schema

    static let schema: [BadInput] = [
        BadInput("unknown key with a suggestion", [("format: 1", "2️⃣format: 1"), ("title: Kế hoạch", "1️⃣titel: Kế hoạch")],
                 [("2️⃣", "missing required key 'title' in the plan"), ("1️⃣", "unknown key 'titel' in the plan; did you mean 'title'?")]),
        BadInput("unknown key in a task without a close match", [("    lead: vhxh\n    timeline: Dự kiến", "    lead: vhxh\n    1️⃣ghi_chu: x\n    timeline: Dự kiến")],
                 [("1️⃣", "unknown key 'ghi_chu' in task 'nv3'; expected one of \(taskKeys)")]),
        BadInput("misspelt key in a subtask", [("        timeline: Thường xuyên", "        1️⃣timline: Thường xuyên")],
                 [("1️⃣", "unknown key 'timline' in subtask 'nv2a'; did you mean 'timeline'?")]),
        BadInput("missing required key of the plan", [("format: 1", "1️⃣format: 1"), ("issuer: UBND xã Thử Nghiệm\n", "")],
                 [("1️⃣", "missing required key 'issuer' in the plan")]),
        BadInput("missing required key of an agency", [("  - id: ca\n    name: Công an xã\n", "  - 1️⃣id: ca\n")],
                 [("1️⃣", "missing required key 'name' in agency 'ca'")]),
        BadInput("list where text is expected", [("commune: Thử Nghiệm", "commune:\n  1️⃣- Thử Nghiệm")],
                 [("1️⃣", "'commune' must be text, found a list")]),
        BadInput("flow list where text is expected", [("title: Tổ chức Lễ phát động", "title: 1️⃣[Tổ chức, Lễ phát động]")],
                 [("1️⃣", "'title' must be text, found a list")]),
        BadInput("text where a whole number is expected", [("year: 2025", "year: 1️⃣năm 2025")],
                 [("1️⃣", "'year' must be a whole number, found text 'năm 2025'")]),
        BadInput("year out of range", [("year: 2025", "year: 1️⃣2500")],
                 [("1️⃣", "'year' must be between 2000 and 2100, found 2500")]),
        BadInput("format 2", [("format: 1", "format: 1️⃣2")], [("1️⃣", "'format' must be 1, found a whole number '2'")]),
        BadInput("format as text", [("format: 1", "format: 1️⃣\"1\"")], [("1️⃣", "'format' must be 1, found text '1'")]),
        BadInput("enum value with a suggestion", [("commune_kind: xã", "commune_kind: 1️⃣xa")],
                 [("1️⃣", "'commune_kind' must be one of 'xã', 'phường', 'đặc khu', found text 'xa'; did you mean 'xã'?")]),
        BadInput("plan id pattern", [("id: thu-nghiem-2025", "id: 1️⃣nv 1")],
                 [("1️⃣", "'id' 'nv 1' is not valid; expected an id of ASCII letters, digits, '.', '_' or '-', starting with a letter or digit")]),
        BadInput("task id pattern", [("  - id: nv3\n", "  - id: 1️⃣nv 1\n")],
                 [("1️⃣", "'id' 'nv 1' is not valid; expected an id of ASCII letters, digits, '.', '_' or '-', starting with a letter or digit")]),
        BadInput("empty title", [("title: Tập huấn kỹ năng số", "title: 1️⃣''")], [("1️⃣", "'title' must not be empty")]),
        BadInput("blank title", [("title: Tập huấn kỹ năng số", "title: 1️⃣'   '")], [("1️⃣", "'title' must not be empty")]),
        BadInput("blank timeline, said once", [("timeline: Tháng 8/2025", "timeline: 1️⃣'  '")], [("1️⃣", "'timeline' must not be empty")]),
        BadInput("lead as a mapping", [("    lead: ubnd\n", "    lead: 1️⃣{id: ubnd}\n")],
                 [("1️⃣", "'lead' must be text or a list of text, found a mapping")]),
        BadInput("negative estimate", [("      estimate: 5000000", "      estimate: 1️⃣-5"), ("  total: 5000000", "  total: 2️⃣5000000")],
                 [("1️⃣", "'estimate' must be between 0 and 1,000,000,000,000,000, found -5"),
                  ("2️⃣", "budget total 5.000.000 đồng does not equal the sum of the task estimates, -5 đồng")]),
        BadInput("a task with neither lead nor subtasks",
                 [("  - id: nv3\n    title: Ngày hội toàn dân học tập số\n    lead: vhxh\n", "  - 1️⃣id: nv3\n    title: Ngày hội toàn dân học tập số\n")],
                 [("1️⃣", "task 'nv3' needs 'subtasks' or 'lead'")]),
        BadInput("a duty with both agency and body",
                 [("budget:\n  sources", "duties:\n  - 1️⃣agency: vhxh\n    body: Các thôn\n    items:\n      - Theo dõi\nbudget:\n  sources")],
                 [("1️⃣", "duty has 'agency' and 'body'; keep only one")]),
    ]

    @Test(arguments: schema)
    func schemaProblems(_ input: BadInput) {
        check(input)
    }

    // MARK: - Plan rules

    static let rules: [BadInput] = [
        BadInput("duplicate task id across a task and a subtask", [("  - id: nv1\n", "  - id: 2️⃣nv1\n"), ("id: nv2b", "id: 1️⃣nv1")],
                 [("1️⃣", "duplicate task id 'nv1'; it is already used at {line 2️⃣}")]),
        BadInput("duplicate agency id", [("  - id: vhxh\n", "  - id: 2️⃣vhxh\n"), ("      - CA xã\n", "      - CA xã\n  - id: 1️⃣vhxh\n    name: Phòng Văn hóa - Thông tin\n")],
                 [("1️⃣", "duplicate agency id 'vhxh'; it is already used at {line 2️⃣}")]),
        BadInput("an alias naming two agencies", [("  - id: vhxh\n", "  - id: 2️⃣vhxh\n"), ("      - CA xã\n", "      - CA xã\n      - 1️⃣VHXH\n")],
                 [("1️⃣", "name 'VHXH' of agency 'ca' already names agency 'vhxh' at {line 2️⃣}; a name must point to one agency")]),
        BadInput("an alias that folds to another agency's name", [("      - CA xã\n", "      - CA xã\n      - 1️⃣phong van hoa - xa hoi\n"),
                                                                   ("    name: Phòng Văn hóa - Xã hội", "    name: 2️⃣Phòng Văn hóa - Xã hội")],
                 [("1️⃣", "name 'phong van hoa - xa hoi' of agency 'ca' already names agency 'vhxh' at {line 2️⃣}; a name must point to one agency")]),
        BadInput("unknown lead with a suggestion", [("    lead: ubnd\n", "    lead: 1️⃣vhx\n")],
                 [("1️⃣", "unknown agency 'vhx'; did you mean 'vhxh' (Phòng Văn hóa - Xã hội)?")]),
        BadInput("unknown lead in a list", [("          - ca\n        timeline: Theo", "          - 1️⃣cax\n        timeline: Theo")],
                 [("1️⃣", "unknown agency 'cax'; did you mean 'ca' (Công an xã)?")]),
        BadInput("unknown lead without a close match", [("    lead: ubnd\n", "    lead: 1️⃣Hội Nông dân\n")],
                 [("1️⃣", "unknown agency 'Hội Nông dân'; \(agencyList)")]),
        BadInput("unknown coordinator", [("      - ca\n      - text", "      - 1️⃣Cong an\n      - text")],
                 [("1️⃣", "unknown agency 'Cong an'; \(agencyList)")]),
        BadInput("unknown agency in the duties",
                 [("budget:\n  sources", "duties:\n  - agency: 1️⃣vhx\n    items:\n      - Theo dõi\nbudget:\n  sources")],
                 [("1️⃣", "unknown agency 'vhx'; did you mean 'vhxh' (Phòng Văn hóa - Xã hội)?")]),
        BadInput("unknown target group with a suggestion", [("          - nguoi-dan\n", "          - 1️⃣nguoi-gia\n")],
                 [("1️⃣", "unknown target group 'nguoi-gia'; did you mean 'nguoi-dan'?")]),
        BadInput("unknown target group without a close match", [("          - nguoi-dan\n", "          - 1️⃣zzz\n")],
                 [("1️⃣", "unknown target group 'zzz'; expected one of 'cbccvc', 'hoc-sinh-sinh-vien', 'lao-dong-doanh-nghiep', 'nguoi-dan'")]),
        BadInput("unknown funding source", [("      source: nsnn", "      source: 1️⃣nsdp")],
                 [("1️⃣", "unknown funding source 'nsdp'; expected one of the ids under 'budget.sources' ('nsnn')")]),
        BadInput("budget total not the sum of the estimates", [("  total: 5000000", "  total: 1️⃣6000000")],
                 [("1️⃣", "budget total 6.000.000 đồng does not equal the sum of the task estimates, 5.000.000 đồng")]),
    ]

    @Test(arguments: rules)
    func ruleProblems(_ input: BadInput) {
        check(input)
    }

    // MARK: - Dates and timelines

    static let dates: [BadInput] = [
        BadInput("impossible deadline", [("    timeline: Dự kiến ngày 10/10/2025\n", "    timeline: Dự kiến ngày 10/10/2025\n    deadline: 1️⃣31/02/2025\n")],
                 [("1️⃣", "impossible date '31/02/2025': February 2025 has 28 days")]),
        BadInput("impossible quoted ISO deadline", [("    timeline: Dự kiến ngày 10/10/2025\n", "    timeline: Dự kiến ngày 10/10/2025\n    deadline: '1️⃣2025-02-31'\n")],
                 [("1️⃣", "impossible date '2025-02-31': February 2025 has 28 days")]),
        BadInput("impossible date of a legal basis",
                 [("agencies:\n", "legal_bases:\n  - type: Nghị quyết\n    number: 57-NQ/TW\n    date: 1️⃣30/02/2024\n    issuer: Bộ Chính trị\n    subject: chuyển đổi số\nagencies:\n")],
                 [("1️⃣", "impossible date '30/02/2024': February 2024 has 29 days")]),
        BadInput("month 13 in a timeline", [("timeline: Tháng 8/2025", "timeline: 1️⃣Tháng 13/2025")],
                 [("1️⃣", "impossible date 'Tháng 13/2025': there is no month 13; months run from 1 to 12")]),
        BadInput("month 13 after a word", [("timeline: Tháng 8/2025", "timeline: Trong 1️⃣tháng 13/2025")],
                 [("1️⃣", "impossible date 'tháng 13/2025': there is no month 13; months run from 1 to 12")]),
        BadInput("month 13 at the end of a range", [("timeline: Tháng 8/2025", "timeline: Từ tháng 9 đến 1️⃣tháng 13/2025")],
                 [("1️⃣", "impossible date 'tháng 13/2025': there is no month 13; months run from 1 to 12")]),
        BadInput("31/02 in a plain timeline", [("timeline: Dự kiến ngày 10/10/2025", "timeline: Dự kiến ngày 1️⃣31/02/2025")],
                 [("1️⃣", "impossible date '31/02/2025': February 2025 has 28 days")]),
        BadInput("31/02 in a single-quoted timeline", [("timeline: Dự kiến ngày 10/10/2025", "timeline: 'Dự kiến ngày 1️⃣31/02/2025'")],
                 [("1️⃣", "impossible date '31/02/2025': February 2025 has 28 days")]),
        BadInput("31/02 in a double-quoted timeline", [("timeline: Dự kiến ngày 10/10/2025", "timeline: \"Dự kiến ngày 1️⃣31/02/2025\"")],
                 [("1️⃣", "impossible date '31/02/2025': February 2025 has 28 days")]),
        BadInput("31/02 in an occasion", [("timeline: Dự kiến ngày 10/10/2025", "timeline: Dịp Ngày Chuyển đổi số quốc gia (1️⃣31/02)")],
                 [("1️⃣", "impossible date '31/02': February 2025 has 28 days")]),
        BadInput("29/02 of a leap year is fine, 30/02 is not", [("timeline: Dự kiến ngày 10/10/2025", "timeline: Từ ngày 29/02/2028 đến ngày 1️⃣30/02/2028")],
                 [("1️⃣", "impossible date '30/02/2028': February 2028 has 29 days")]),
        BadInput("timeline not understood", [("timeline: Tháng 8/2025", "timeline: 1️⃣Sau khi có kinh phí")],
                 [("1️⃣", "timeline 'Sau khi có kinh phí' not understood; expected a month ('Tháng 8/2025'), a quarter ('Quý III/2025'), "
                    + "a date ('ngày 10/10/2025'), 'Thường xuyên', 'Hằng tháng' or 'Theo kế hoạch của tỉnh'")]),
        BadInput("timeline with unexpected words after it", [("timeline: Tháng 8/2025", "timeline: Tháng 8/2025 1️⃣hoặc sớm hơn")],
                 [("1️⃣", "unexpected 'hoặc sớm hơn' in 'Tháng 8/2025 hoặc sớm hơn'; expected the text to end after 'Tháng 8/2025'")]),
        BadInput("range that ends before it starts", [("timeline: Tháng 8/2025", "timeline: 1️⃣Từ ngày 15/10/2025 đến ngày 1/10/2025")],
                 [("1️⃣", "range 'Từ ngày 15/10/2025 đến ngày 1/10/2025' ends before it starts: 01/10/2025 is before 15/10/2025; expected the later date last")]),
    ]

    @Test(arguments: dates)
    func dateProblems(_ input: BadInput) {
        check(input)
    }

    // MARK: - Several problems

    /// Problems of every stage that lets the plan decode are all reported, sorted by line.
    @Test func severalProblemsAreAllReportedInLineOrder() {
        let input = BadInput("several", [
            ("commune_kind: xã", "commune_kind: 1️⃣xa"),
            ("    lead: ubnd\n", "    lead: 2️⃣vhx\n"),
            ("id: nv2b", "id: 3️⃣nv1"),
            ("  - id: nv1\n", "  - id: 6️⃣nv1\n"),
            ("    lead: vhxh\n    timeline: Dự kiến", "    lead: vhxh\n    4️⃣ghi_chu: x\n    timeline: Dự kiến"),
            ("  total: 5000000", "  total: 5️⃣6000000"),
        ], [
            ("1️⃣", "'commune_kind' must be one of 'xã', 'phường', 'đặc khu', found text 'xa'; did you mean 'xã'?"),
            ("2️⃣", "unknown agency 'vhx'; did you mean 'vhxh' (Phòng Văn hóa - Xã hội)?"),
            ("3️⃣", "duplicate task id 'nv1'; it is already used at {line 6️⃣}"),
            ("4️⃣", "unknown key 'ghi_chu' in task 'nv3'; expected one of \(taskKeys)"),
            ("5️⃣", "budget total 6.000.000 đồng does not equal the sum of the task estimates, 5.000.000 đồng"),
        ])
        check(input)
        let lines = input.marked.positions.map(\.value.line)
        #expect(Set(lines).count == lines.count, "each problem on its own line")
    }

    /// Several schema problems in one file.
    @Test func severalSchemaProblems() {
        check(BadInput("several schema problems", [
            ("format: 1", "1️⃣format: 1"), ("title: Kế hoạch", "2️⃣titel: Kế hoạch"), ("year: 2025", "year: 3️⃣năm 2025"),
            ("    name: Công an xã\n", ""), ("  - id: ca\n", "  - 4️⃣id: ca\n"), ("title: Tập huấn kỹ năng số", "title: 5️⃣''"),
        ], [
            ("1️⃣", "missing required key 'title' in the plan"),
            ("2️⃣", "unknown key 'titel' in the plan; did you mean 'title'?"),
            ("3️⃣", "'year' must be a whole number, found text 'năm 2025'"),
            ("4️⃣", "missing required key 'name' in agency 'ca'"),
            ("5️⃣", "'title' must not be empty"),
        ]))
    }

    /// When a schema problem stops the plan from decoding (here a misspelt required key),
    /// the problems the plan rules would find are still expected in the same report.
    @Test
    func ruleProblemsAreReportedAlongsideAMisspeltKey() {
        check(BadInput("misspelt key and rule problems", [
            ("format: 1", "1️⃣format: 1"), ("title: Kế hoạch", "2️⃣titel: Kế hoạch"),
            ("    lead: ubnd\n", "    lead: 3️⃣vhx\n"), ("  total: 5000000", "  total: 4️⃣6000000"),
        ], [
            ("1️⃣", "missing required key 'title' in the plan"),
            ("2️⃣", "unknown key 'titel' in the plan; did you mean 'title'?"),
            ("3️⃣", "unknown agency 'vhx'; did you mean 'vhxh' (Phòng Văn hóa - Xã hội)?"),
            ("4️⃣", "budget total 6.000.000 đồng does not equal the sum of the task estimates, 5.000.000 đồng"),
        ]))
    }

    @Test func diagnosticsAreSortedAndDescribed() {
        let outcome = PlanFixture.check(PlanFixture.variant([("    lead: ubnd\n", "    lead: vhx\n"), ("commune_kind: xã", "commune_kind: xa")]))
        let locations = outcome.diagnostics.map(\.location)
        #expect(locations == locations.sorted())
        #expect(outcome.diagnostics.first?.description
            == "plan.yaml:5:15: error: 'commune_kind' must be one of 'xã', 'phường', 'đặc khu', found text 'xa'; did you mean 'xã'?")
    }

    // MARK: - Places that are not yet right

    @Test
    func duplicateKeyInAFlowMappingPointsAtTheSecond() {
        check(BadInput("duplicate key in a flow mapping", [("year: 2025", "year: 2025\nsigner: {name: A, 1️⃣name: B}")],
                       [("1️⃣", "duplicate key 'name'; it is already set at line 8")]))
    }

    @Test
    func dateInAFoldedTimelineIsPointedAt() {
        check(BadInput("31/02 in a folded timeline", [("timeline: Dự kiến ngày 10/10/2025", "timeline: >-\n      Dự kiến ngày 1️⃣31/02/2025")],
                       [("1️⃣", "impossible date '31/02/2025': February 2025 has 28 days")]))
    }

    /// Vietnamese typed in "Unicode tổ hợp" (decomposed: a letter, then its combining
    /// marks) has more Unicode scalars than characters; columns count scalars.
    @Test
    func dateInADecomposedTimelineIsPointedAt() {
        let phrase = "Dự kiến ngày ".decomposedStringWithCanonicalMapping
        check(BadInput("31/02 after decomposed text", [("timeline: Dự kiến ngày 10/10/2025", "timeline: \(phrase)1️⃣31/02/2025")],
                       [("1️⃣", "impossible date '31/02/2025': February 2025 has 28 days")]))
    }

    @Test
    func dateInAnEscapedTimelineIsPointedAt() {
        check(BadInput("31/02 after escapes", [("timeline: Dự kiến ngày 10/10/2025", #"timeline: "D\u1ef1 ki\u1ebfn ng\u00e0y 1️⃣31/02/2025""#)],
                       [("1️⃣", "impossible date '31/02/2025': February 2025 has 28 days")]))
    }

    /// A wrong coordinator is one problem; the schema reports it, and the plan rules
    /// should not report it again as an unknown agency '5'.
    @Test
    func wrongTypeOfCoordinatorIsReportedOnce() {
        check(BadInput("coordinator as a number", [("      - ca\n      - text", "      - 1️⃣5\n      - text")],
                       [("1️⃣", "item 1 of 'coordinating' must be text or a mapping with 'text', found a whole number '5'")]))
    }

    // MARK: - Unclear messages

    /// An unquoted ISO date is a YAML timestamp; the message should say to quote it, since
    /// the format documents yyyy-mm-dd as a valid date.
    @Test
    func unquotedISODeadlineSaysToQuoteIt() {
        let marked = MarkedText(PlanFixture.variant("    timeline: Dự kiến ngày 10/10/2025\n",
                                                    "    timeline: Dự kiến ngày 10/10/2025\n    deadline: 1️⃣2025-10-10\n"))
        let outcome = PlanFixture.check(marked.text)
        #expect(outcome.plan == nil)
        #expect(outcome.diagnostics.map(\.location) == [marked.location()])
        #expect(outcome.diagnostics.first?.message.text(.en).contains("quote") == true, "\(outcome.diagnostics)")
    }

    /// A number too large for 64 bits passes the schema and fails decoding.
    @Test
    func hugeTotalIsReportedClearly() {
        let marked = MarkedText(PlanFixture.variant("  total: 5000000", "  total: 1️⃣99999999999999999999999"))
        let outcome = PlanFixture.check(marked.text)
        #expect(outcome.plan == nil)
        #expect(outcome.diagnostics.map(\.location) == [marked.location()])
        let message = outcome.diagnostics.first?.message.text(.en) ?? ""
        #expect(message.contains("99999999999999999999999"), "\(message)")
        #expect(!message.hasSuffix("."), "\(message)")
        #expect(!message.contains("scalar"), "\(message)")
    }

    // MARK: - Files

    @Test func missingFile() {
        let path = "/nonexistent-\(UUID().uuidString)/plan.yaml"
        let outcome = PlanLoader.load(path: path)
        #expect(outcome.plan == nil)
        #expect(outcome.diagnostics.map(\.description) == ["\(path):1:1: error: no such file"])
        #expect(outcome.diagnostics.first?.message.text(.vi) == "không có tệp này")
    }

    /// Notepad saves "Unicode" as UTF-16 with a byte order mark: such a plan is read, and
    /// its findings are placed as in the same plan saved as UTF-8.
    @Test func planSavedAsUTF16IsRead() throws {
        let text = PlanFixture.base
        let broken = PlanFixture.variant("year: 2025", "year: 20x5")
        for encoding in [String.Encoding.utf16LittleEndian, .utf16BigEndian] {
            let bom: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            let good = PlanLoader.check(data: Data(bom) + text.data(using: encoding)!, file: "plan.yaml")
            #expect(good.diagnostics.map(\.description) == [])
            #expect(good.plan?.tasks.count == PlanFixture.check(text).plan?.tasks.count)
            let bad = PlanLoader.check(data: Data(bom) + broken.data(using: encoding)!, file: "plan.yaml")
            #expect(bad.diagnostics.map(\.description) == PlanFixture.check(broken).diagnostics.map(\.description))
            #expect(bad.diagnostics.count == 1)
        }
        // Without its byte order mark it is not taken for UTF-16.
        #expect(PlanLoader.check(data: text.data(using: .utf16LittleEndian)!, file: "plan.yaml").plan == nil)
    }

    @Test func fileThatIsNotUTF8() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("latin1.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("title: X".utf8) + [0xE3, 0x0A]))
        let outcome = PlanLoader.load(path: path)
        #expect(outcome.plan == nil)
        // Reported where the bytes are, not at 1:1.
        #expect(outcome.diagnostics.map(\.description)
            == ["\(path):1:9: error: the file is not UTF-8 text: byte 0xE3 here is not UTF-8; save it as UTF-8"])
    }

    /// Windows Notepad saves UTF-8 with a byte order mark and CRLF line endings.
    @Test func byteOrderMarkAndCRLFLineEndingsAreAccepted() throws {
        let directory = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("notepad.yaml").path
        let text = "\u{FEFF}" + PlanFixture.base.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
        let outcome = PlanLoader.load(path: path)
        #expect(outcome.diagnostics == [])
        let plan = try #require(outcome.plan)
        #expect(plan.tasks.map(\.id) == ["nv1", "nv2", "nv2a", "nv2b", "nv3"])
        #expect(plan.tasks.first?.title == "Tổ chức Lễ phát động")
        #expect(plan.document.id == "thu-nghiem-2025")
    }

    @Test func crlfLineEndingsAreAcceptedByCheck() throws {
        let plan = try PlanFixture.plan(PlanFixture.base.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(plan.tasks.map(\.title).last == "Ngày hội toàn dân học tập số")
    }

    @Test
    func byteOrderMarkIsAcceptedByCheck() throws {
        let outcome = PlanFixture.check("\u{FEFF}" + PlanFixture.base)
        #expect(outcome.diagnostics == [])
        #expect(outcome.plan?.tasks.count == 5)
    }

    @Test
    func duplicateKeyWithCRLFPointsAtTheSecond() {
        let input = BadInput("duplicate key, CRLF", [("province: Quảng Ngãi\n", "2️⃣province: Quảng Ngãi\n1️⃣province: Quảng Nam\n")],
                             [("1️⃣", "duplicate key 'province'; it is already set at {line 2️⃣}")])
        let marked = input.marked
        let outcome = PlanFixture.check(marked.text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(outcome.diagnostics.map(\.description) == input.expectedDiagnostics(marked))
    }

    // MARK: -

    /// Checks the input and compares every diagnostic: file, line, column and message.
    private func check(_ input: BadInput, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let marked = input.marked
        let outcome = PlanFixture.check(marked.text)
        #expect(outcome.plan == nil, "a file with errors has no plan", sourceLocation: sourceLocation)
        #expect(outcome.diagnostics.map(\.description) == input.expectedDiagnostics(marked), sourceLocation: sourceLocation)
    }
}
