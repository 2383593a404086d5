import Foundation
import Testing
@testable import BDHVSCore

@Suite struct SchemaTests {
    @Test func embeddedSchemaIsTheShippedFile() throws {
        let file = try #require(FileManager.default.contents(atPath: PackageFiles.path("Schemas/plan.schema.json")))
        #expect(Data(PlanSchema.text.utf8) == file,
                "Sources/BDHVSCore/Validation/PlanSchemaText.swift is out of date: run scripts/embed-schema.sh")
    }

    @Test func embeddedSchemaIsFullySupported() {
        #expect(PlanSchema.document.unsupportedParts() == [])
    }

    /// The check above can fail: an unknown keyword and a dangling `$ref` are found.
    @Test func unsupportedPartsAreFound() throws {
        let document = try SchemaDocument(json: """
            {"type": "object", "properties": {"a": {"$ref": "#/$defs/missing"}, "b": {"type": "string", "format": "date"}},
             "if": {"required": ["a"]}, "$defs": {"x": {"items": {"uniqueItems": true}}}}
            """)
        #expect(document.unsupportedParts() == [
            "#: if", "#/properties/a: $ref #/$defs/missing", "#/properties/b: format", "#/$defs/x/items: uniqueItems",
        ])
    }

    @Test func schemaTextIsJSONWithTheExpectedRoot() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(PlanSchema.text.utf8)) as? [String: Any])
        #expect(object["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(object["required"] as? [String]
            == ["format", "id", "title", "issuer", "agencies", "tasks"])
        #expect(object["additionalProperties"] as? Bool == false)
    }

    // MARK: - The schema and the model

    /// The keys of each mapping are written twice: in the schema (for editors and the
    /// validator) and in the model's `CodingKeys` (the stored JSON and the node reader).
    /// Every mapping of the schema must name exactly the keys of its model type.
    @Test func schemaAndModelNameTheSameKeys() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(PlanSchema.text.utf8)) as? [String: Any])
        let definitions = try #require(schema["$defs"] as? [String: Any])
        func keys(_ object: Any?) -> [String] {
            ((object as? [String: Any])?["properties"] as? [String: Any])?.keys.sorted() ?? []
        }
        func names<Key: CodingKey & CaseIterable>(_ type: Key.Type) -> [String] { Key.allCases.map(\.stringValue).sorted() }
        let models: [String: [String]] = [
            "document": names(DocumentReference.CodingKeys.self), "legal_basis": names(LegalBasis.CodingKeys.self),
            "objectives": names(Objectives.CodingKeys.self), "target_group": names(TargetGroupDefinition.CodingKeys.self),
            "indicator": names(IndicatorDefinition.CodingKeys.self), "agency": names(AgencyDefinition.CodingKeys.self),
            "task": names(TaskDefinition.CodingKeys.self),
            // A sub-task is in its parent's group.
            "subtask": names(TaskDefinition.CodingKeys.self).filter { $0 != "subtasks" && $0 != "group" },
            "task_group": names(TaskGroupDefinition.CodingKeys.self), "target_horizon": names(TargetHorizon.CodingKeys.self),
            "task_budget": names(TaskBudget.CodingKeys.self), "funding_source": names(FundingSource.CodingKeys.self),
            "budget": names(BudgetClause.CodingKeys.self), "duty": names(Duty.CodingKeys.self),
            "recipient": names(Recipient.CodingKeys.self), "signer": names(Signer.CodingKeys.self),
            "settings": names(Settings.CodingKeys.self), "village": names(VillageDefinition.CodingKeys.self),
            "population": names(CommunePopulation.CodingKeys.self), "unit": names(UnitDefinition.CodingKeys.self),
        ]
        #expect(keys(schema).filter { $0 != "$schema" } == names(PlanDocument.CodingKeys.self))
        for (name, model) in models.sorted(by: { $0.key < $1.key }) {
            #expect(keys(definitions[name]) == model, "$defs/\(name)")
        }
        // The coordinator written as text is the second branch of `coordinator`.
        let coordinator = (definitions["coordinator"] as? [String: Any])?["oneOf"] as? [Any]
        #expect(keys(coordinator?.last) == names(Coordinator.Keys.self))
        // No mapping of the schema is left without its model.
        let mappings = definitions.filter { !keys($0.value).isEmpty }.keys.sorted()
        #expect(mappings == models.keys.sorted())
    }

    // MARK: - Cross-check with Python's jsonschema

    @Test(.enabled(if: Subprocess.pythonWithJSONSchema, "needs python3 with the jsonschema and yaml modules"))
    func pythonAgreesThatEveryPlanIsValid() throws {
        let result = try #require(Subprocess.run(["python3", "scripts/check-schema.py"]))
        #expect(result.status == 0, "\(result.output)\(result.error)")
        let count = PackageFiles.planFiles().count
        #expect(count >= 2)
        #expect(result.output.hasSuffix("\(count) passed, 0 failed\n"), "\(result.output)")
    }

    /// YAML snippets (edits of the base plan) and whether they satisfy the schema. Our
    /// validator and Python's jsonschema must both give that answer. Problems that only
    /// the plan rules find (an impossible date, an unknown agency) are schema-valid.
    struct Snippet: Sendable, CustomTestStringConvertible {
        let name: String
        let edits: [(String, String)]
        let valid: Bool
        var testDescription: String { name }
        var text: String { PlanFixture.variant(edits) }
    }

    static let snippets: [Snippet] = [
        Snippet(name: "base plan", edits: [], valid: true),
        Snippet(name: "$schema key", edits: [("format: 1\n", "$schema: ../Schemas/plan.schema.json\nformat: 1\n")], valid: true),
        Snippet(name: "mass_organisation: True", edits: [("    name: Công an xã\n", "    name: Công an xã\n    mass_organisation: True\n")], valid: true),
        Snippet(name: "lead as a one-item list", edits: [("    lead: ubnd\n", "    lead: [ubnd]\n")], valid: true),
        Snippet(name: "impossible date is a rule problem", edits: [("timeline: Tháng 8/2025", "timeline: Tháng 8/2025\n    deadline: 31/02/2025")], valid: true),
        Snippet(name: "unknown agency is a rule problem", edits: [("    lead: ubnd\n", "    lead: vhx\n")], valid: true),
        Snippet(name: "budget total is a rule problem", edits: [("  total: 5000000", "  total: 6000000")], valid: true),
        Snippet(name: "titel", edits: [("title: Kế hoạch", "titel: Kế hoạch")], valid: false),
        Snippet(name: "missing issuer", edits: [("issuer: UBND xã Thử Nghiệm\n", "")], valid: false),
        Snippet(name: "format 2", edits: [("format: 1", "format: 2")], valid: false),
        Snippet(name: "format as text", edits: [("format: 1", "format: '1'")], valid: false),
        Snippet(name: "commune_kind xa", edits: [("commune_kind: xã", "commune_kind: xa")], valid: false),
        Snippet(name: "id with a space", edits: [("id: thu-nghiem-2025", "id: nv 1")], valid: false),
        Snippet(name: "id with diacritics", edits: [("id: thu-nghiem-2025", "id: thử-nghiệm")], valid: false),
        Snippet(name: "empty title", edits: [("title: Tập huấn kỹ năng số", "title: ''")], valid: false),
        Snippet(name: "null title", edits: [("title: Tập huấn kỹ năng số", "title: null")], valid: false),
        Snippet(name: "year as text", edits: [("year: 2025", "year: năm 2025")], valid: false),
        Snippet(name: "year as a date", edits: [("year: 2025", "year: 2025-01-01")], valid: false),
        Snippet(name: "year too large", edits: [("year: 2025", "year: 2500")], valid: false),
        Snippet(name: "commune as a list", edits: [("commune: Thử Nghiệm", "commune: [Thử Nghiệm]")], valid: false),
        Snippet(name: "unquoted ISO deadline", edits: [("timeline: Tháng 8/2025", "timeline: Tháng 8/2025\n    deadline: 2025-08-31")], valid: false),
        Snippet(name: "deadline in words", edits: [("timeline: Tháng 8/2025", "timeline: Tháng 8/2025\n    deadline: cuối tháng 8")], valid: false),
        Snippet(name: "negative estimate", edits: [("      estimate: 5000000", "      estimate: -5")], valid: false),
        Snippet(name: "empty lead list", edits: [("    lead: ubnd\n", "    lead: []\n")], valid: false),
        Snippet(name: "null advisory", edits: [("    advisory: vhxh\n", "    advisory: ~\n")], valid: false),
        Snippet(name: "coordinating text with an extra key", edits: [("      - text: các thôn", "      - text: các thôn\n        extra: y")], valid: false),
        Snippet(name: "task with neither lead and timeline nor subtasks", edits: [("    lead: vhxh\n    timeline: Dự kiến ngày 10/10/2025\n", "")], valid: false),
        // A document may state no time for a task: it counts as having no known deadline.
        Snippet(name: "subtask without timeline", edits: [("        timeline: Thường xuyên\n", "")], valid: true),
        Snippet(name: "subtask without lead", edits: [("        title: Tập huấn cho người dân\n        lead: vhxh\n", "        title: Tập huấn cho người dân\n")], valid: false),
        Snippet(name: "duty with neither agency nor body", edits: [("budget:\n  sources", "duties:\n  - items:\n      - Theo dõi\nbudget:\n  sources")], valid: false),
        Snippet(name: "duty with both agency and body", edits: [("budget:\n  sources", "duties:\n  - agency: vhxh\n    body: Các thôn\n    items:\n      - Theo dõi\nbudget:\n  sources")], valid: false),
        Snippet(name: "duty without items", edits: [("budget:\n  sources", "duties:\n  - agency: vhxh\n    items: []\nbudget:\n  sources")], valid: false),
        Snippet(name: "empty subtasks", edits: [("    subtasks:\n      - id: nv2a", "    lead: vhxh\n    timeline: Năm 2025\n    subtasks: []\n    x_subtasks:\n      - id: nv2a")], valid: false),
        Snippet(name: "duplicate key", edits: [("province: Quảng Ngãi\n", "province: Quảng Ngãi\nprovince: Quảng Nam\n")], valid: false),
        Snippet(name: "number as a key", edits: [("year: 2025", "year: 2025\n1: x")], valid: false),
        Snippet(name: "no agencies", edits: [("  - id: ubnd\n    name: Ủy ban nhân dân xã Thử Nghiệm\n    aliases:\n      - UBND xã\n      - Ủy ban nhân dân xã\n  - id: vhxh\n    name: Phòng Văn hóa - Xã hội\n    aliases:\n      - Phòng VH-XH\n      - VHXH\n  - id: ca\n    name: Công an xã\n    aliases:\n      - CA xã\n", ""), ("agencies:\n", "agencies: []\n")], valid: false),
    ]

    /// Whether our side accepts `text`: YAML composes and the schema finds nothing.
    static func ourVerdict(_ text: String) -> (valid: Bool, findings: [Diagnostic]) {
        let composed = YAMLSource.composeTree(text, file: "snippet.yaml")
        guard let tree = composed.tree else { return (false, composed.diagnostics) }
        let findings = SchemaValidator(document: PlanSchema.document, file: "snippet.yaml").validate(tree)
        return (findings.isEmpty, findings)
    }

    /// Python's verdict on every snippet, from one run of scripts/check-schema.py over all
    /// of them; nil when Python cannot be run.
    static let pythonVerdicts: [String: Bool]? = {
        guard Subprocess.pythonWithJSONSchema, let directory = try? StoreFixture.temporaryDirectory() else { return nil }
        defer { try? FileManager.default.removeItem(at: directory) }
        var paths: [String: String] = [:]
        for (index, snippet) in snippets.enumerated() {
            let path = directory.appendingPathComponent("snippet-\(index).yaml").path
            guard FileManager.default.createFile(atPath: path, contents: Data(snippet.text.utf8)) else { return nil }
            paths[snippet.name] = path
        }
        guard let result = Subprocess.run(["python3", "scripts/check-schema.py"] + snippets.map { paths[$0.name]! }),
              result.output.hasSuffix(" failed\n") else { return nil }
        let failedLines = result.output.split(separator: "\n")
        return paths.mapValues { path in !failedLines.contains { $0.hasPrefix(path + ":") } }
    }()

    @Test(arguments: snippets)
    func ourValidatorAcceptsOrRejects(_ snippet: Snippet) {
        let verdict = Self.ourVerdict(snippet.text)
        #expect(verdict.valid == snippet.valid, "\(verdict.findings)")
    }

    @Test(.enabled(if: Subprocess.pythonWithJSONSchema, "needs python3 with the jsonschema and yaml modules"),
          arguments: snippets)
    func pythonAgrees(_ snippet: Snippet) throws {
        let verdicts = try #require(Self.pythonVerdicts, "scripts/check-schema.py could not be run on the snippets")
        #expect(verdicts[snippet.name] == snippet.valid)
    }

    /// JSON Schema patterns are ECMA-262 regular expressions, where `$` matches only at the
    /// very end: an id with a final line break does not match. (Python's `re.search` and
    /// ICU both let `$` match before a final newline.)
    @Test
    func idWithAFinalLineBreakIsRejected() {
        let text = PlanFixture.variant("id: thu-nghiem-2025", #"id: "thu-nghiem-2025\n""#)
        #expect(Self.ourVerdict(text).valid == false)
        #expect(PlanFixture.check(text).plan == nil)
    }
}
