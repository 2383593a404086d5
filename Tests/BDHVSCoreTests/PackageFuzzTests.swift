import BDHVSTestSupport
import Foundation
import Testing
@testable import BDHVSCore

/// A seeded fuzz run of `package import` on packages signed by the trusted key over damaged
/// payloads: the commune's SQLite database with bytes flipped, replaced, inserted, cut and
/// spliced, then signed again, so that every input passes the checksum and the signature and
/// reaches the payload's own checks. Each is taken or refused with a message in both
/// languages; none crashes, hangs or ends in an error nobody put into words. The envelope's
/// own refusals (truncated, altered, unsigned) are `PackageRefusalTests`.
///
///     BDHVS_FUZZ_ITERATIONS=5000 BDHVS_FUZZ_SEED=7 nice -n 19 swift test --filter PackageFuzzTests
@Suite struct PackageFuzzTests {
    @Test func shortSeededRunOnSignedPayloadsFindsNothing() throws {
        let lab = try PackageLab()
        let province = try lab.database("province")
        let commune = try lab.commune("nghia-giang", RecordPlans.nghiaGiang)
        _ = try commune.addActivity(ActivityInput(plan: nil, task: "nv1", heldOn: isoDate("2025-12-06"), participants: 2491, unit: .enrolments),
                                    by: "cán bộ", recordedOn: isoDate("2025-12-06"))
        try lab.trust(province, "nghia-giang", commune: "Nghĩa Giang", provinceName: "Quảng Ngãi")
        let file = try Data(contentsOf: URL(fileURLWithPath: try lab.export(commune, "nghia-giang", asOf: "2025-12-31")))
        let payload = Array(file[try PackageEnvelope.parse(file).payloadOffset...])
        let key = try #require(lab.keys["nghia-giang"])
        // Words of SQLite's pages: record headers and values of the tables' columns.
        let dictionary = ["\u{0}", "\u{0}\u{0}\u{0}\u{0}", "\u{FF}\u{FF}\u{FF}\u{FF}", "\u{7F}\u{FF}\u{FF}\u{FF}", "nv1", "ubnd", "open", "done",
                          "2025-12-06", "9999-99-99", "người", "Nghĩa Giang", "Quảng Ngãi", "nghia-giang-2025", "SQLite format 3\u{0}"]
        let campaign = FuzzCampaign.fromEnvironment(corpus: [payload], dictionary: dictionary, iterations: 120, seed: 20261130)
        let path = lab.path("fuzz.bdhvs")
        let report = campaign.run { bytes in
            var verdict = FuzzCampaign.Verdict()
            do {
                try PackageEnvelope.make(payload: Data(bytes), key: key).write(to: URL(fileURLWithPath: path))
                let taken = try PackageImport.file(path, into: province)
                verdict.features.insert(taken.counts == nil ? "already taken" : "taken")
            } catch let error as any UserFacingError {
                verdict.features.insert(error.id)
                if error.text(.vi).isEmpty || error.text(.en).isEmpty { verdict.problems.append("no message: \(error.id)") }
            } catch {
                verdict.problems.append("not a user-facing error: \(error)")
            }
            return verdict
        }
        for finding in report.findings.prefix(5) { Issue.record("\(finding.problems.joined(separator: "; "))") }
        #expect(report.iterations == campaign.iterations)
        #expect(report.findings.count == 0)
    }
}
