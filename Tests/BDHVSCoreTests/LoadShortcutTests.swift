import Foundation
import Testing
import Yams
@testable import BDHVSCore

/// The shortcuts of a national load (issue 12) that stand in for a library give what the
/// library gives: the node tree composed from libyaml's events is Yams' own, and the plan
/// document's JSON is `JSONEncoder`'s, byte for byte.
@Suite struct LoadShortcutTests {
    /// The texts compared: every plan of `Plans/`, the plan fixture, the fuzz corpus.
    static func texts() throws -> [String] {
        let plans = try PackageFiles.planFiles().map { try PackageFiles.text("Plans/" + $0) }
        let corpus = ["minimal", "flow-and-quotes", "indicators-budget", "broken"].compactMap {
            try? PackageFiles.text("Tests/Fuzz/corpus/plan/\($0).yaml")
        }
        return plans + corpus + [PlanFixture.base, try PackageFiles.text("Tests/RealPlans/nq03-cp-2025.yaml")]
    }

    /// A node as text: its kind, value, style, tag and place, and its children's.
    static func describe(_ node: Node) -> String {
        func place(_ mark: Mark?) -> String { mark.map { "\($0.line):\($0.column)" } ?? "-" }
        switch node {
        case .scalar(let s):
            return "s(\(s.string.debugDescription) \(s.style.rawValue) \(s.tag.description) \(place(s.mark)))"
        case .sequence(let s):
            let items: [String] = s.map { describe($0) }
            return "q(\(s.style.rawValue) \(s.tag.description) \(place(s.mark)) [\(items.joined(separator: ", "))])"
        case .mapping(let m):
            let pairs: [String] = m.map { pair in describe(pair.key) + ": " + describe(pair.value) }
            return "m(\(m.style.rawValue) \(m.tag.description) \(place(m.mark)) {\(pairs.joined(separator: ", "))})"
        case .alias: return "alias"
        }
    }

    @Test func composedTreesAreYamsTrees() throws {
        let extra = [
            "a: 'x'\nb: \"y\\tz\"\nc: |\n  line\n  two\nd: >\n  folded\n  text\ne: [1, {f: g}, ~]\n",
            "- 1\n- - 2\n  - 3\n- {}\n- []\n", "plain\n", "---\na: 1\n...\n", "x: \"\\0nul\"\n",
        ]
        var composed = 0
        for text in try Self.texts() + extra {
            let yams = try #require(try Parser(yaml: text, resolver: .basic).nextRoot())
            guard let fast = EventComposer.compose(text) else { continue }
            composed += 1
            #expect(fast == YAMLTree(yams), "\(Self.describe(yams))")
        }
        #expect(composed >= 10)
    }

    /// What the shortcut leaves to Yams: errors, anchors and aliases, tags, a key written
    /// twice or not text, no document or several.
    @Test(arguments: [
        "a: [1\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 1\na: 2\n", "? [a]\n: 1\n", "", "# only a comment\n",
        "a: 1\n---\nb: 2\n", "a: !x\n", "a: \u{FEFF}b\n",
        // The same key in other bytes: Yams compares keys by canonical equivalence.
        "caf\u{E9}: 1\ncafe\u{301}: 2\n", "\u{212A}: 1\nK: 2\n", "K: 1\nx: 2\n\u{212A}: 3\n",
    ])
    func unusualFilesGoToYams(text: String) {
        #expect(EventComposer.compose(text) == nil)
    }

    /// A mapping of many keys is composed (its keys are hashed past the first few), and a key
    /// written twice among them is still left to Yams.
    @Test func manyKeysAreComposedAndTheirDuplicatesLeftToYams() throws {
        let keys = (0..<300).map { "k\($0): v\($0)\n" }.joined()
        let root = try #require(EventComposer.compose(keys))
        #expect(root.count(YAMLTree.root) == 300)
        #expect(root.value(YAMLTree.root, forKey: "k299").flatMap(root.scalar) == "v299")
        #expect(EventComposer.compose(keys + "k17: again\n") == nil)
        #expect(EventComposer.compose("\u{212A}0: v\n" + keys + "K0: again\n") == nil)
        #expect(EventComposer.compose(keys + "k3: again\n") == nil)
    }

    /// A task's definition written straight from it is the record's JSON.
    @Test func definitionJSONIsTheRecords() throws {
        let plans = try Self.texts().compactMap { PlanLoader.check(text: $0, file: "plan.yaml").plan }
        let tasks = plans.flatMap(\.tasks)
        #expect(tasks.count >= 50)
        for task in tasks {
            #expect(TaskDefinitionRecord.json(of: task) == TaskDefinitionRecord(task).json)
        }
    }

    /// A new plan's tally counts from remembered groups are the counts worked out, the first
    /// time a group is met and the second.
    @Test func rememberedGroupCountsAreWorkedOutOnes() throws {
        let plans = try Self.texts().compactMap { PlanLoader.check(text: $0, file: "plan.yaml").plan }
        #expect(plans.count >= 5)
        for _ in 0..<2 {
            for plan in plans {
                let schedules = plan.tasks.map(ScheduleColumns.init)
                let agencies = plan.document.agencies.indices.map { Int64(100 + $0) }
                let remembered = NewPlanTally(plan, schedules: schedules).counts(planID: 7, agencyIDs: agencies)
                let worked = NewPlanTally(plan, schedules: schedules, remembering: false).counts(planID: 7, agencyIDs: agencies)
                #expect(remembered.planFinal == worked.planFinal)
                #expect(remembered.planDelta == worked.planDelta)
                #expect(remembered.leadFinal == worked.leadFinal)
                #expect(remembered.leadDelta == worked.leadDelta)
                #expect(!worked.planFinal.isEmpty)
            }
        }
    }

    /// The documents `documentJSONIsTheEncoders` compares set every property of every type a
    /// plan document holds at least once: a property added to one of them and not to the
    /// hand-written JSON (`PlanDocument+JSON.swift`) would otherwise be left out of
    /// `document_json` with no test failing, if no compared document set it.
    @Test func comparedDocumentsSetEveryProperty() throws {
        var set: [String: Bool] = [:]
        /// `value` held by the property `property` ("Type.name"): set when it is not nil or empty.
        func visit(_ value: Any, _ property: String) {
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional:
                if let child = mirror.children.first { visit(child.value, property) } else { set[property] = set[property] ?? false }
            case .collection:
                set[property] = (set[property] ?? false) || !mirror.children.isEmpty
                for child in mirror.children { visit(child.value, property) }
            case .struct:
                set[property] = true
                for child in mirror.children { visit(child.value, "\(type(of: value)).\(child.label ?? "?")") }
            default:
                set[property] = true
            }
        }
        for document in try Self.comparedDocuments() { visit(document, "document") }
        #expect(set.count > 100)
        #expect(set.filter { !$0.value }.keys.sorted() == [])
    }

    /// Every plan's document JSON, and documents holding texts to escape and numbers of every
    /// shape, are the bytes JSONEncoder writes.
    @Test func documentJSONIsTheEncoders() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for document in try Self.comparedDocuments() {
            let expected = String(decoding: try encoder.encode(document), as: UTF8.self)
            #expect(document.sortedJSON == expected)
        }
        // A control character other than a line break or a tab is left to the encoder.
        var odd = try PlanFixture.plan().document
        odd.title = "bell \u{7}"
        #expect(odd.sortedJSON == nil)
        odd.title = "x"
        odd.indicators = [IndicatorDefinition(id: "i", name: "n", kind: "count", of: nil, unit: "u", target: .number(.infinity),
                                              horizons: nil, monitor: "vhxh", targetGroup: nil, task: nil)]
        #expect(odd.sortedJSON == nil)
    }

    /// Every plan's document, and one holding texts to escape and numbers of every shape.
    static func comparedDocuments() throws -> [PlanDocument] {
        var documents = try Self.texts().compactMap { PlanLoader.check(text: $0, file: "plan.yaml").plan?.document }
        #expect(documents.count >= 5)
        var odd = try PlanFixture.plan().document
        odd.title = "a \"quoted\" back\\slash / slash\nline\r\ttab “Ngày hội” 😀"
        odd.years = "2025 - 2030"
        odd.indicators = [0, 85, 0.7, 12.5, -3, 1e20, 1e-7, 123456789.125, 1e16].enumerated().map { index, value in
            IndicatorDefinition(id: "i\(index)", name: "n", kind: "count", of: nil, unit: "u", target: .number(value),
                                horizons: [TargetHorizon(year: 2030, target: .text("≥ 90%"))], monitor: "vhxh", targetGroup: nil, task: nil)
        }
        odd.population = CommunePopulation(count: Int64.max, date: "2025", source: nil)
        odd.settings = Settings(strictBefore: false)
        odd.signer = Signer(name: "A", title: nil, authority: "B", onBehalf: true)
        // What no plan here writes, so that every property is compared at least once.
        odd.units = [UnitDefinition(id: "buoi", name: "buổi")]
        odd.targetGroups = (odd.targetGroups ?? []) + [TargetGroupDefinition(id: "hs", name: "Học sinh", nationalGroup: "nguoi-dan")]
        documents.append(odd)
        return documents
    }
}
