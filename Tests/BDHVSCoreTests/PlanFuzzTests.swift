import BDHVSTestSupport
import Foundation
import Testing
@testable import BDHVSCore

/// A seeded mutation fuzz run of the plan loader: no input crashes it or hangs it, every
/// finding is inside the file, in both languages, and a plan comes back exactly when there
/// is no error. The tests run a short campaign; for a long one:
///
///     BDHVS_FUZZ_ITERATIONS=200000 BDHVS_FUZZ_SEED=7 BDHVS_FUZZ_OUT=/tmp/fuzz \
///         swift test --filter PlanFuzzTests
@Suite struct PlanFuzzTests {
    /// The seed corpus: `Tests/Fuzz/corpus/plan/*.yaml`, the test fixture and the example plans.
    static func corpus() throws -> [[UInt8]] {
        let folder = PackageFiles.path("Tests/Fuzz/corpus/plan")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        let seeds = try names.map { try PackageFiles.text("Tests/Fuzz/corpus/plan/" + $0) }
        let plans = try PackageFiles.planFiles().map { try PackageFiles.text("Plans/" + $0) }
        return ([PlanFixture.base] + seeds + plans).map { Array($0.utf8) }
    }

    /// The format's words: YAML punctuation, the schema's keys, phrases and escapes.
    static let dictionary: [String] = {
        var words = [
            "---\n", "...\n", "- ", ": ", "? ", "<<: *a\n", "&a ", "*a", "!!str ", "!!int ", "|\n  ", ">-\n  ", "{", "}", "[", "]",
            ", ", "# ", "\t", "\r\n", "\r", "\u{FEFF}", "\u{2028}", "\u{85}", "\"", "'", "\"\\0\"", "\"\\a\\x1b\"", "\"\\u1ef1\"",
            "\"\\uD800\"", "\"\\U0010FFFF\"", "''", "~", "null", "yes", "2025-10-10", "31/02/2025", "Tháng 13/2025",
            "Quý IV/2025", "Thường xuyên", "Hằng tháng", "Theo kế hoạch của tỉnh", "Từ ngày 15/10/2025 đến ngày 1/10/2025",
            "Dịp Ngày Chuyển đổi số quốc gia (10/10)", "percent", "count", "xã", "phường", "hằng quý",
        ]
        let schema = PlanSchema.text
        // Every quoted word of the schema that looks like a key.
        var index = schema.startIndex
        while let open = schema[index...].firstIndex(of: "\"") {
            guard let close = schema[schema.index(after: open)...].firstIndex(of: "\"") else { break }
            let word = schema[schema.index(after: open)..<close]
            if !word.isEmpty, word.count < 20, word.allSatisfy({ $0.isLowercase || $0 == "_" }) { words.append(word + ": ") }
            index = schema.index(after: close)
        }
        return Array(Set(words)).sorted()
    }()

    /// What is wrong with the loader's answer to `bytes`.
    static func verdict(_ bytes: [UInt8]) -> FuzzCampaign.Verdict {
        let outcome = PlanLoader.check(data: Data(bytes), file: "fuzz.yaml")
        var verdict = FuzzCampaign.Verdict()
        verdict.features = Set(outcome.diagnostics.map(\.message.id))
        if outcome.plan != nil { verdict.features.insert("valid") }
        if (outcome.plan == nil) != outcome.diagnostics.hasErrors {
            verdict.problems.append("a plan \(outcome.plan == nil ? "missing" : "returned") with \(outcome.diagnostics.count) diagnostics")
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.unicodeScalars.removeFirst() }
        let lines = SourceText(text).lines()
        for diagnostic in outcome.diagnostics {
            let location = diagnostic.location
            if location.line < 1 || location.line > lines.count
                || location.column < 1 || location.column > lines[location.line - 1].count + 1 {
                verdict.problems.append("outside the file (\(lines.count) lines): \(diagnostic)")
            }
            for language in Language.allCases {
                let message = diagnostic.message.text(language)
                if message.isEmpty || diagnostic.message.id == "untranslated" {
                    verdict.problems.append("no \(language) message: \(diagnostic)")
                }
            }
        }
        if let plan = outcome.plan {
            if Set(plan.tasks.map(\.id)).count != plan.tasks.count { verdict.problems.append("task ids repeat in a valid plan") }
            let texts = plan.tasks.map(\.title) + [plan.document.title, plan.document.commune]
            if texts.contains(where: { $0.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" } }) {
                verdict.problems.append("a control character in a valid plan's text")
            }
        }
        return verdict
    }

    /// A short run, the same every time (its seed is fixed): a few seconds.
    @Test func shortSeededRunFindsNothing() throws {
        let campaign = FuzzCampaign.fromEnvironment(corpus: try Self.corpus(), dictionary: Self.dictionary, iterations: 400, seed: 20251129)
        let report = campaign.run(Self.verdict)
        #expect(report.iterations == campaign.iterations)
        for finding in report.findings.prefix(5) {
            Issue.record("\(finding.problems.joined(separator: "; "))\n--- input ---\n\(String(decoding: finding.input, as: UTF8.self))")
        }
        #expect(report.findings.count == 0)
    }

    /// The seeds reach every stage: three valid plans, and one with problems of each kind.
    @Test(arguments: ["minimal.yaml", "flow-and-quotes.yaml", "indicators-budget.yaml"])
    func validSeedsAreValid(_ name: String) throws {
        let outcome = PlanLoader.check(text: try PackageFiles.text("Tests/Fuzz/corpus/plan/" + name), file: name)
        #expect(outcome.diagnostics.map(\.description) == [])
        #expect(outcome.plan != nil)
    }

    @Test func brokenSeedHasProblemsOfEveryStage() throws {
        let outcome = PlanLoader.check(text: try PackageFiles.text("Tests/Fuzz/corpus/plan/broken.yaml"), file: "broken.yaml")
        let ids = Set(outcome.diagnostics.map(\.message.id))
        #expect(ids.isSuperset(of: ["schema.not-constant", "schema.unknown-key", "schema.missing-keys", "plan.unknown-agency",
                                    "plan.duplicate-task-id", "plan.timeline", "schema.out-of-range"]), "\(ids.sorted())")
    }

    /// The mutator is seeded: the same seed gives the same inputs.
    @Test func mutationsRepeatFromTheirSeed() {
        let seed = Array(PlanFixture.base.utf8)
        var first = Mutator(seed: 42, dictionary: Self.dictionary)
        var second = Mutator(seed: 42, dictionary: Self.dictionary)
        let a = (0..<20).map { _ in first.mutate(seed, corpus: [seed]) }
        let b = (0..<20).map { _ in second.mutate(seed, corpus: [seed]) }
        #expect(a == b)
        #expect(Set(a).count > 15, "mutations differ from one another")
    }
}
