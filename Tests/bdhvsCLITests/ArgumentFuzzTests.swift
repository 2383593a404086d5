@testable import BDHVSCore
import BDHVSTestSupport
import Foundation
import Testing
@testable import bdhvs

/// A seeded fuzz run of command lines, in process (`Entry.run`, as `main` calls it) over a
/// database of the Nghĩa Giang plan: the commands that read, record and report, with their
/// values mutated (dates, periods, counts, amounts, ids at their edges and malformed; options
/// repeated, dropped, moved). Both parsers are exercised (`FastParse` takes the plain reading
/// commands, ArgumentParser the rest). Every run ends with 0, 1 or 64 (2 means an error nobody
/// put into words here, where the database is always there), a failure says so in one
/// `bdhvs: error:` line, and nothing prints a trap's or Swift's own text. An input is one
/// argument a line. A command that could write a file (an output, a key) is not run.
@Suite struct ArgumentFuzzTests {
    static let seeds = [
        "plan status nghia-giang-2025 --as-of 2025-12-31", "plan status --by group --since 2025-11-01 --as-of 31/12/2025 --format json",
        "task list --overdue --as-of 2025-09-02", "task list --plan nghia-giang-2025 --due-within 30 --lang en",
        "agency overdue --all --as-of 2025-12-31", "results --by commune --as-of 2025-12-31", "task show nv3 --as-of 2025-12-31",
        "task start nv1 --on 2025-08-01 --as-of 2025-08-01 --by Lan", "task progress nv5 50 --as-of 2025-10-10 --by Hùng --note x",
        "task deadline nv2 2025-11-30 --as-of 2025-10-01 --by Lan --reason lùi", "task done nv1 --on 2025-09-03 --as-of 2025-09-05",
        "undo --by Hùng --as-of 2025-10-10", "activity add nv3 --date 2025-12-15 --participants 2.148 --group CBCCVC=631 --group nguoi-dan=1.517 --title Lớp",
        "indicator record cbccvc-ky-nang-so --date 2025-12-15 --numerator 631 --denominator 640 --as-of 2025-12-31",
        "indicator record cbccvc-ky-nang-so --date 2025-12-15 --value 85,3", "budget spend nv1 24.500.000 --source nsnn --date 2025-10-20",
        "population set cbccvc 640 --date 2025-10-01 --as-of 2025-12-31", "coverage record cbccvc 631 --date 2025-12-15 --source Cổng",
        "report nghia-giang-2025 --period 2025-Q4 --as-of 2025-12-31", "report nghia-giang-2025 --period 2025-10 --format html",
        "activity list --as-of 2025-12-31", "indicator list --as-of 2025-12-31", "budget show --as-of 2025-12-31",
    ].map { $0.split(separator: " ").joined(separator: "\n") }

    static let dictionary = [
        "--as-of", "--on", "--date", "--since", "--period", "--due-within", "--participants", "--numerator", "--denominator", "--value",
        "--group", "--plan", "--agency", "--by", "--lang", "--format", "--help", "-h", "--", "=", "nv1", "nv99", "nv3b", "",
        "2025-12-31", "31/12/2025", "29/02/2025", "2025-02-30", "0000-01-01", "9999-12-31", "10000-01-01", "-1", "+1", "1e9",
        "2025-Q0", "2025-Q5", "2025-H3", "2025-13", "99999-Q1", "2025-Q", "2025", "2100", "2101", "1999", "ngày 31 tháng 12 năm 2025",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "999.999.999.999.999.999", "1.000.000.000.001",
        "0,5", "100,0", "100,1", "85,35", "1/0", "0", "00", "٣", "１２", "\u{0}", "\u{1B}[2J", "\u{202E}", "'", "\"", "CBCCVC=-1",
        "=5", "người dân=9223372036854775807", String(repeating: "9", count: 400), String(repeating: "à", count: 300),
    ]

    /// Arguments that could write a file or run a server: such a mutation is not run.
    static func runnable(_ arguments: [String]) -> Bool {
        guard let first = arguments.first, !["serve", "export", "package", "team", "plan"].contains(first) || arguments.dropFirst().first == "status" else {
            return false
        }
        return !arguments.contains {
            $0.hasPrefix("--out") || $0.hasPrefix("-o") && !$0.hasPrefix("--") || $0.hasPrefix("--key") || $0.hasPrefix("--notes")
        }
    }

    @Test func shortSeededRunFindsNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bdhvs-argfuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = [Invocation.databaseVariable: folder.appendingPathComponent("xa.sqlite").path, Invocation.userVariable: "Lan",
                           Invocation.todayVariable: "2025-12-31"]
        let plan = PackageRoot.url.appendingPathComponent("Plans/nghia-giang-2025.yaml").path
        #expect(Entry.run(["plan", "load", plan], environment: environment, console: Console(capturing: true)) == 0)

        let campaign = FuzzCampaign.fromEnvironment(corpus: Self.seeds.map { Array($0.utf8) }, dictionary: Self.dictionary,
                                                    iterations: 300, seed: 20261130)
        let report = campaign.run { bytes in
            var verdict = FuzzCampaign.Verdict()
            let arguments = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard Self.runnable(arguments) else { return verdict }
            let console = Console(capturing: true)
            let code = Entry.run(arguments, environment: environment, console: console, now: { 1_767_139_200 })
            let err = String(decoding: console.capturedErr, as: UTF8.self)
            let out = String(decoding: console.capturedOut, as: UTF8.self)
            verdict.features.insert("\(arguments.first ?? "") \(code)")
            if ![0, 1, 64].contains(code) { verdict.problems.append("exit \(code): \(err)") }
            if code != 0, !err.hasPrefix("bdhvs: error: ") { verdict.problems.append("exit \(code) without a one-line error: \(err)") }
            for text in [err, out] where text.contains("Fatal error") || text.contains(".swift:") || text.contains("Swift.") {
                verdict.problems.append("Swift's own text: \(text.prefix(400))")
            }
            return verdict
        }
        for finding in report.findings.prefix(5) {
            Issue.record("\(finding.problems.joined(separator: "; ")) ← \(String(decoding: finding.input, as: UTF8.self).split(separator: "\n"))")
        }
        #expect(report.iterations == campaign.iterations)
        #expect(report.findings.count == 0)
    }
}
