import BDHVSTestSupport
import Foundation
import Testing
@testable import BDHVSCore
import Yams

/// A seeded mutation fuzz run of `plan import` of Word and Excel files, with the generic
/// mutator of `Fuzz/`: once on the XML inside the archive (re-zipped after each mutation),
/// once on the bytes of the archive itself. No input crashes or hangs the import; it gives
/// a plan or a `TableImportError` that reads in both languages; every warning names a cell
/// that can exist; the YAML written of a plan reads back with the same tasks. The tests run
/// a short campaign; for a long one:
///
///     BDHVS_FUZZ_ITERATIONS=100000 BDHVS_FUZZ_SEED=7 nice -n 19 swift test --filter OfficeFuzzTests
@Suite struct OfficeFuzzTests {
    /// The seed corpus: `Tests/Fuzz/corpus/office/*.xml`, a first line saying "docx" or
    /// "xlsx", then the XML with a line per element (so that line edits move elements).
    static func corpus() throws -> [[UInt8]] {
        let folder = PackageFiles.path("Tests/Fuzz/corpus/office")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".xml") }.sorted()
        return try names.map { Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))) }
    }

    /// The formats' words: elements, attributes, references, entities, numbers at the edges.
    static let dictionary: [String] = [
        "<w:tbl>", "</w:tbl>", "<w:tr>", "</w:tr>", "<w:tr/>", "<w:tc>", "</w:tc>", "<w:tc/>", "<w:p/>", "<w:t>", "</w:t>",
        "<w:br/>", "<w:tab/>", "<w:cr/>", "<w:gridSpan w:val=\"99999\"/>", "<w:gridSpan w:val=\"-3\"/>", "<w:gridSpan w:val=\"64\"/>",
        "<w:vMerge/>", "<w:vMerge w:val=\"restart\"/>", "<w:vMerge w:val=\"continue\"/>", "<w:vMerge w:val=\"x\"/>",
        "<row r=\"1048576\">", "<row>", "</row>", "<c r=\"ZZZZZZ99999999\">", "<c r=\"XFD1048576\">", "<c r=\"IV2\">", "<c r=\"A0\">",
        "<c r=\"\">", "<c>", "</c>", "<c t=\"s\">", "t=\"s\"", "t=\"inlineStr\"", "t=\"e\"", "t=\"b\"", "<v>", "</v>", "<v>99999</v>",
        "<v>-1</v>", "<is><t>", "</t></is>", "<mergeCell ref=\"C4:C1048576\"/>", "<mergeCell ref=\"A1:XFD1048576\"/>",
        "<mergeCell ref=\"B9:A1\"/>", "<si>", "</si>", "<si/>", "<rPh>", "</rPh>", "<r>", "</r>",
        "&amp;", "&lt;", "&#0;", "&#x1F600;", "&#xD800;", "&nbsp;", "&undefined;", "<![CDATA[x]]>", "<!-- -->", "<?pi x?>",
        "<!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>", "&b;",
        "<!DOCTYPE d SYSTEM \"file:///etc/passwd\">", "xmlns:w=\"urn:x\"", "<?xml version=\"1.1\"?>", "<!--sst-->",
        "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "STT", "TT", "Nhóm", "I", "IV", "Tháng 13/2025", "năm 2100", "quý 5",
        "UBND xã", "Phòng VH-XH", "- x", "a: b", "#", "'", "\"", "\u{0}", "\u{1B}", "\u{FEFF}", "\u{202E}", "\u{85}",
    ]

    /// The file a fuzz input stands for: its name and the archive of its parts.
    static func file(of bytes: [UInt8]) throws -> (name: String, data: Data) {
        let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let kind = String(decoding: bytes[..<newline], as: UTF8.self)
        let body = Array(bytes[min(bytes.count, newline + 1)...])
        guard kind == "xlsx" else { return ("fuzz.docx", try OfficeFixture.zip(bytes: [("word/document.xml", Data(body))])) }
        let marker = Array("<!--sst-->".utf8)
        var parts: [(String, Data)] = []
        if let start = body.indices.first(where: { body[$0...].starts(with: marker) }) {
            // The declaration opens the part: the line break after the marker is not part of it.
            let strings = body[(start + marker.count)...].drop { $0 == UInt8(ascii: "\n") }
            parts.append(("xl/sharedStrings.xml", Data(strings)))
            parts.append(("xl/worksheets/sheet1.xml", Data(body[..<start])))
        } else {
            parts.append(("xl/worksheets/sheet1.xml", Data(body)))
        }
        return ("fuzz.xlsx", try OfficeFixture.zip(bytes: parts))
    }

    /// What is wrong with the import's answer to the file `data` named `name`.
    static func verdict(data: Data, name: String) -> FuzzCampaign.Verdict {
        var verdict = FuzzCampaign.Verdict()
        do {
            let plan = try TableImporter.importTable(data, file: name)
            verdict.features.insert("plan")
            for diagnostic in plan.diagnostics {
                verdict.features.insert(diagnostic.message.id)
                let location = diagnostic.location
                if !(1...1_048_576).contains(location.line) || !(1...16_384).contains(location.column) {
                    verdict.problems.append("a warning at a cell that cannot exist: \(diagnostic)")
                }
                for language in Language.allCases where diagnostic.message.text(language).isEmpty {
                    verdict.problems.append("no \(language) message: \(diagnostic)")
                }
            }
            verdict.problems += readBackProblems(plan)
        } catch let error as TableImportError {
            verdict.features.insert(error.id)
            for language in Language.allCases where error.text(language).isEmpty {
                verdict.problems.append("no \(language) message: \(error.id)")
            }
        } catch {
            verdict.problems.append("not a TableImportError: \(error)")
        }
        return verdict
    }

    /// What the YAML written of `plan` does not say back: text is escaped for YAML.
    static func readBackProblems(_ plan: ImportedPlan) -> [String] {
        let yaml = PlanYAMLWriter.yaml(plan)
        guard let node = try? Yams.compose(yaml: yaml) else { return ["the written YAML does not parse:\n\(yaml)"] }
        let titles = (node["tasks"]?.sequence ?? []).map { $0["title"]?.string }
        guard titles == plan.tasks.map(\.title) else { return ["titles read back \(titles), written \(plan.tasks.map(\.title))"] }
        let names = (node["agencies"]?.sequence ?? []).map { $0["name"]?.string }
        guard names == plan.agencies.map(\.name) else { return ["agencies read back \(names), written \(plan.agencies.map(\.name))"] }
        return []
    }

    static func report(_ findings: [FuzzCampaign.Finding]) {
        for finding in findings.prefix(5) {
            Issue.record("\(finding.problems.joined(separator: "; "))\n--- input ---\n\(String(decoding: finding.input.prefix(4000), as: UTF8.self))")
        }
    }

    /// A short run on the XML parts, the same every time (its seed is fixed).
    @Test func shortSeededRunOnTheXMLFindsNothing() throws {
        let campaign = FuzzCampaign.fromEnvironment(corpus: try Self.corpus(), dictionary: Self.dictionary, iterations: 1_200,
                                                    seed: 20261130)
        let report = campaign.run { bytes in
            guard let (name, data) = try? Self.file(of: bytes) else { return FuzzCampaign.Verdict(problems: ["not zipped"]) }
            return Self.verdict(data: data, name: name)
        }
        #expect(report.iterations == campaign.iterations)
        Self.report(report.findings)
        #expect(report.findings.count == 0)
    }

    /// A short run on the bytes of the archives (the seeds zipped, and the Word and Excel
    /// files of the import fixtures): truncated, bit-flipped, spliced.
    @Test func shortSeededRunOnTheArchiveFindsNothing() throws {
        var archives = try Self.corpus().map { try Self.file(of: $0) }.map { Array($0.data) }
        for name in ["nq03-pl2-i-ii.docx", "nq03-pl2-i-ii.xlsx"] {
            archives.append(Array(try Data(contentsOf: URL(fileURLWithPath: PackageFiles.path("Tests/TableImportFixtures/" + name)))))
        }
        let names = ["fuzz.docx", "fuzz.xlsx", "fuzz.docx", "fuzz.xlsx"]
        let campaign = FuzzCampaign.fromEnvironment(corpus: archives, dictionary: ["PK\u{3}\u{4}", "PK\u{1}\u{2}", "PK\u{5}\u{6}"],
                                                    iterations: 800, seed: 20261130)
        var index = 0
        let report = campaign.run { bytes in
            // Each input is read as a Word file and as an Excel file.
            index += 1
            var verdict = Self.verdict(data: Data(bytes), name: names[index % 2])
            let other = Self.verdict(data: Data(bytes), name: names[(index + 1) % 2])
            verdict.problems += other.problems
            verdict.features.formUnion(other.features)
            return verdict
        }
        Self.report(report.findings)
        #expect(report.findings.count == 0)
    }

    /// The seeds reach a plan of each kind, with the warnings of merged, grouped and multi-line cells.
    @Test func seedsReachAPlanOfEachKind() throws {
        let outcomes = try Self.corpus().map { bytes -> Set<String> in
            let (name, data) = try Self.file(of: bytes)
            let verdict = Self.verdict(data: data, name: name)
            #expect(verdict.problems == [])
            return verdict.features
        }
        #expect(outcomes.count == 2)
        for features in outcomes { #expect(features.contains("plan"), "\(features.sorted())") }
    }
}
