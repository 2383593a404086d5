import BDHVSTestSupport
import Foundation
import Testing
@testable import BDHVSCore

/// A seeded mutation fuzz run of the CSV import's reader and table, with the generic
/// mutator of `Fuzz/`: no input crashes or hangs them, every field and every finding is
/// inside the file, every finding reads in both languages, and a file read without findings
/// holds no control character but the line breaks of quoted values. The tests run a short campaign; for a long one:
///
///     BDHVS_FUZZ_ITERATIONS=200000 BDHVS_FUZZ_SEED=7 BDHVS_FUZZ_OUT=.build/fuzz-csv \
///         nice -n 19 swift test --filter CSVFuzzTests
@Suite struct CSVFuzzTests {
    /// The seed corpus: `Tests/Fuzz/corpus/csv/*.csv`.
    static func corpus() throws -> [[UInt8]] {
        let folder = PackageFiles.path("Tests/Fuzz/corpus/csv")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }.sorted()
        return try names.map { Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + $0))) }
    }

    /// The format's words: delimiters, quotes, line ends, column names, numbers and dates as typed.
    static let dictionary: [String] = [
        ",", ";", "\t", "\"", "\"\"", "\r\n", "\r", "\n", "\u{FEFF}", "\u{0}", "\u{1B}", "\u{85}", "\u{FFFE}", " ",
        "plan", "task", "date", "participants", "unit", "title", "place", "note", "indicator", "value", "numerator", "denominator",
        "source", "amount", "kind", "Nhiệm vụ", "Ngày", "Số người", "Số tiền", "Chỉ tiêu", "Giá trị", "Tử số", "Mẫu số",
        "CBCCVC", "Người dân", "can-bo-cong-chuc", "lượt", "người", "giải ngân", "quyết toán", "nsnn",
        "09/10/2025", "2025-12-06", "31/02/2025", "ngày 9 tháng 10 năm 2025", "2.148", "12.500.000", "85,3", "100,5", "80%",
        "100000001", "1000000000000000", "999999999999999999",
    ]

    /// What is wrong with the reader's and the table's answer to `bytes`.
    static func verdict(_ bytes: [UInt8]) -> FuzzCampaign.Verdict {
        var verdict = FuzzCampaign.Verdict()
        // The command refuses a file that is not UTF-8 before reading it.
        guard let text = String(data: Data(bytes), encoding: .utf8) else {
            verdict.features.insert("not-utf8")
            return verdict
        }
        let lines = Self.lines(text)
        func inside(_ line: Int, _ column: Int) -> Bool {
            line >= 1 && line <= lines.count && column >= 1 && column <= lines[line - 1] + 1
        }
        let reader = CSVReader(text)
        for row in reader.rows {
            for field in row where !inside(field.line, field.column) {
                verdict.problems.append("field '\(field.text)' at \(field.line):\(field.column) outside the file (\(lines))")
            }
        }
        for finding in reader.findings where !inside(finding.line, finding.column) {
            verdict.problems.append("finding \(finding.message.id) at \(finding.line):\(finding.column) outside the file")
        }
        if reader.findings.isEmpty,
           reader.rows.joined().contains(where: { $0.text.unicodeScalars.contains { $0 != "\n" && CSVReader.isForbidden($0) } }) {
            verdict.problems.append("a control character in a value read without findings")
        }
        var diagnostics: [Diagnostic] = []
        do {
            let table = try CSVTable(text: text, file: "fuzz.csv")
            diagnostics = table.problems
            verdict.features.insert("kind-\(table.kind.rawValue)")
            if !table.rows.isEmpty { verdict.features.insert("rows") }
            for row in table.rows where !inside(row.location.line, row.location.column) {
                verdict.problems.append("row at \(row.location) outside the file")
            }
        } catch let error as ImportError {
            diagnostics = error.diagnostics
            if diagnostics.isEmpty { verdict.problems.append("an import error without a finding") }
        } catch {
            verdict.problems.append("not an import error: \(error)")
        }
        for diagnostic in diagnostics {
            verdict.features.insert(diagnostic.message.id)
            if !inside(diagnostic.location.line, diagnostic.location.column) {
                verdict.problems.append("outside the file (\(lines.count) lines): \(diagnostic)")
            }
            for language in Language.allCases where diagnostic.message.text(language).isEmpty || diagnostic.message.id == "untranslated" {
                verdict.problems.append("no \(language) message: \(diagnostic)")
            }
        }
        return verdict
    }

    /// The length in scalars of each line, as the reader counts lines (LF, CRLF or CR) and
    /// columns (scalars, after a byte order mark).
    static func lines(_ text: String) -> [Int] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var lengths = [0]
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\r" || scalars[index] == "\n" {
                if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
                lengths.append(0)
            } else {
                lengths[lengths.count - 1] += 1
            }
            index += 1
        }
        return lengths
    }

    /// A short run, the same every time (its seed is fixed): a second or two.
    @Test func shortSeededRunFindsNothing() throws {
        let campaign = FuzzCampaign.fromEnvironment(corpus: try Self.corpus(), dictionary: Self.dictionary, iterations: 1_000,
                                                    seed: 20251130)
        let report = campaign.run(Self.verdict)
        #expect(report.iterations == campaign.iterations)
        for finding in report.findings.prefix(5) {
            Issue.record("\(finding.problems.joined(separator: "; "))\n--- input ---\n\(String(decoding: finding.input, as: UTF8.self))")
        }
        #expect(report.findings.count == 0)
    }

    /// The seeds reach every kind of file, and the broken ones every finding of the reader.
    @Test func seedsReachEveryKindAndFinding() throws {
        var features = Set<String>()
        for seed in try Self.corpus() { features.formUnion(Self.verdict(seed).features) }
        #expect(features.isSuperset(of: ["kind-activity", "kind-measurement", "kind-spending", "csv.unclosed-quote",
                                         "csv.text-after-quote", "csv.control-character"]), "\(features.sorted())")
    }
}
