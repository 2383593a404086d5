import Foundation
import Crypto
import GRDB
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

// Packages the province must refuse, each with one line and nothing changed: altered,
// unsigned, signed by the wrong key, truncated, of a newer format, not a package at all,
// and hostile payloads signed by the trusted key itself (extra tables, triggers, control
// characters, rows claiming another commune's identity).

@Suite("Packages the province refuses")
struct PackageRefusalTests {
    /// A province that trusts Nghĩa Giang and Đức Thịnh and already holds Đức Thịnh's package.
    private struct Setting {
        let lab: PackageLab
        let province: TaskStore
        let nghiaGiang: TaskStore
        let package: String

        init() throws {
            lab = try PackageLab()
            province = try lab.database("province")
            nghiaGiang = try lab.commune("nghia-giang", RecordPlans.nghiaGiang)
            let ducThinh = try lab.commune("duc-thinh", RecordPlans.ducThinh)
            _ = try ducThinh.addActivity(ActivityInput(plan: nil, task: "nv1", heldOn: isoDate("2025-12-06"), participants: 2491, unit: .enrolments),
                                         by: "cán bộ", recordedOn: isoDate("2025-12-06"))
            try lab.trust(province, "nghia-giang", commune: "Nghĩa Giang", provinceName: "Quảng Ngãi")
            try lab.trust(province, "duc-thinh", commune: "Đức Thịnh", provinceName: "Hà Tĩnh")
            _ = try PackageImport.file(try lab.export(ducThinh, "duc-thinh", asOf: "2025-12-06"), into: province)
            package = try lab.export(nghiaGiang, "nghia-giang", asOf: "2025-12-31")
        }

        /// The refusal of `file`, checking that the province is left as it was.
        func refusal(_ file: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> PackageError? {
            let before = try PackageLab.dump(province)
            let refusal = PackageLab.refusal({ try PackageImport.file(file, into: province) }, sourceLocation: sourceLocation)
            #expect(try PackageLab.dump(province) == before, sourceLocation: sourceLocation)
            return refusal
        }

        /// A copy of the package with `change` applied to its bytes.
        func altered(_ name: String, _ change: (inout Data) -> Void) throws -> String {
            var data = try Data(contentsOf: URL(fileURLWithPath: package))
            change(&data)
            let path = lab.path(name)
            try data.write(to: URL(fileURLWithPath: path))
            return path
        }

        /// The package's payload changed by `sql`, then signed again with the commune's own key.
        func resigned(_ name: String, _ sql: String) throws -> String {
            let data = try Data(contentsOf: URL(fileURLWithPath: package))
            let envelope = try PackageEnvelope.parse(data)
            let payloadPath = lab.path(name + ".sqlite")
            try data.subdata(in: envelope.payloadOffset..<data.count).write(to: URL(fileURLWithPath: payloadPath))
            var configuration = Configuration()
            configuration.foreignKeysEnabled = false // a hostile sender breaks its references at will
            let queue = try DatabaseQueue(path: payloadPath, configuration: configuration)
            try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
            try queue.close()
            let file = try PackageEnvelope.make(payload: try Data(contentsOf: URL(fileURLWithPath: payloadPath)), key: lab.keys["nghia-giang"])
            let path = lab.path(name)
            try file.write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    @Test("one byte changed, unsigned, signed by another commune's key: each refused with one line")
    func altered() throws {
        let setting = try Setting()
        let oneByte = try setting.altered("one-byte.bdhvs") { $0[$0.count - 100] ^= 0x01 }
        #expect(try setting.refusal(oneByte) == .checksumMismatch)

        let data = try Data(contentsOf: URL(fileURLWithPath: setting.package))
        let envelope = try PackageEnvelope.parse(data)
        let payload = data.subdata(in: envelope.payloadOffset..<data.count)
        let unsigned = setting.lab.path("unsigned.bdhvs")
        try PackageEnvelope.make(payload: payload, key: nil).write(to: URL(fileURLWithPath: unsigned))
        #expect(try setting.refusal(unsigned) == .unsigned)
        #expect(PackageError.unsigned.text(.vi) == "gói dữ liệu không có chữ ký số")

        let wrongKey = setting.lab.path("wrong-key.bdhvs")
        try PackageEnvelope.make(payload: payload, key: setting.lab.keys["duc-thinh"]).write(to: URL(fileURLWithPath: wrongKey))
        let refusal = try setting.refusal(wrongKey)
        #expect(refusal == .wrongKey(commune: "xã Nghĩa Giang", province: "Quảng Ngãi"))
        #expect(refusal?.text(.vi) == "gói dữ liệu của 'xã Nghĩa Giang', 'Quảng Ngãi' được ký bằng khóa khác với khóa đã tin cậy cho xã, phường này")

        // The payload changed and its checksum recomputed, but not signed again.
        let forged = try setting.altered("forged.bdhvs") { data in
            let header = String(decoding: data.prefix(envelope.payloadOffset), as: UTF8.self)
            var body = data.subdata(in: envelope.payloadOffset..<data.count)
            body[body.count - 100] ^= 0x01
            let digest = PackageEnvelope.hex(SHA256Digest.of(body))
            data = Data(header.replacingOccurrences(of: envelope.sha256, with: digest).utf8) + body
        }
        #expect(try setting.refusal(forged) == .badSignature)

        // The genuine package is taken after all that.
        #expect(try PackageImport.file(setting.package, into: setting.province).counts != nil)
    }

    @Test("a new key trusted for a lost one: packages signed with the old key are refused, even one taken before")
    func keyReplaced() throws {
        let setting = try Setting()
        #expect(try PackageImport.file(setting.package, into: setting.province).counts != nil)
        let newKey = PackageSigningKey.generate()
        #expect(try setting.province.trustPackageKey(newKey.publicKeyText, commune: "xã Nghĩa Giang", province: "Quảng Ngãi", on: isoDate("2026-01-02")).replaced)
        #expect(try setting.refusal(setting.package) == .wrongKey(commune: "xã Nghĩa Giang", province: "Quảng Ngãi"))
        let renewed = setting.lab.path("renewed.bdhvs")
        _ = try PackageExport.write(from: setting.nghiaGiang, plans: [], key: newKey, to: renewed, asOf: isoDate("2026-01-02"), nowEpochSeconds: 1_767_312_000)
        let result = try PackageImport.file(renewed, into: setting.province)
        #expect(result.total.added == 0 && result.total.updated == 0 && result.total.removed == 0 && result.total.unchanged > 0)
    }

    @Test("truncated, of a newer format, not a package, an untrusted commune")
    func malformed() throws {
        let setting = try Setting()
        let size = try Data(contentsOf: URL(fileURLWithPath: setting.package)).count
        let truncated = try setting.altered("truncated.bdhvs") { $0 = $0.prefix(5000) }
        let refusal = try setting.refusal(truncated)
        guard case .truncated(bytes: 5000, expected: Int64(size)) = refusal else { Issue.record("got \(String(describing: refusal))"); return }
        let newer = try setting.altered("newer.bdhvs") { $0.replaceSubrange(0..<15, with: Data("BDHVS-PACKAGE 2".utf8)) }
        #expect(try setting.refusal(newer) == .newerFormat(found: 2, supported: 1))
        let text = setting.lab.path("notes.bdhvs")
        try Data("Báo cáo kết quả\n\n".utf8).write(to: URL(fileURLWithPath: text))
        #expect(try setting.refusal(text) == .notAPackage)
        let missing = setting.lab.path("none.bdhvs")
        #expect(try setting.refusal(missing) == .noSuchFile(path: missing))
        // A key file that is not there says so, not that it cannot be read.
        #expect(PackageLab.refusal { try PackageSigningKey.read(path: missing) } == .noSuchFile(path: missing))
        // A folder with no package is refused by name, not an import of nothing that succeeds.
        let empty = setting.lab.path("thu-muc-trong")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: empty + "/bao-cao.docx"))
        #expect(PackageImport.files([empty]) == [empty])
        #expect(try setting.refusal(empty) == .noPackages(folder: empty))
        #expect(PackageError.noPackages(folder: "goi").text(.vi)
                == "thư mục 'goi' không có gói dữ liệu nào (tệp .bdhvs); cần một gói hoặc thư mục chứa gói")
        #expect(PackageError.noPackages(folder: "goi").text(.en)
                == "the folder 'goi' holds no package (.bdhvs file); expected a package or a folder of them")

        let other = try setting.lab.commune("viet-hung", RecordPlans.vietHung)
        let untrusted = try setting.lab.export(other, "viet-hung", asOf: "2025-12-31")
        #expect(try setting.refusal(untrusted) == .untrustedCommune(commune: "phường Việt Hưng", province: "Hà Nội"))
    }

    @Test("hostile payloads signed by the trusted key: extra objects, control characters, other communes' rows")
    func hostile() throws {
        let setting = try Setting()
        let cases: [(String, String, PackageError)] = [
            ("trigger", "CREATE TRIGGER t AFTER INSERT ON task BEGIN DELETE FROM plan; END", .badContents(.schema)),
            ("view", "CREATE VIEW v AS SELECT 1", .badContents(.schema)),
            ("table", "CREATE TABLE extra (x)", .badContents(.schema)),
            ("column", "ALTER TABLE task ADD COLUMN extra TEXT", .badContents(.schema)),
            ("control", "UPDATE task SET title = 'Tổ chức' || char(27) || '[2J' WHERE key = 'nv1'", .badContents(.badText(table: "task", column: "title"))),
            ("blob", "UPDATE agency SET name = x'00ff' WHERE key = 'ubnd'", .badContents(.badText(table: "agency", column: "name"))),
            ("dangling", "UPDATE task_lead SET agency_id = 9999", .badContents(.dangling(table: "task_lead", column: "agency_id"))),
            ("no-meta", "DELETE FROM package_meta", .badContents(.meta)),
            ("other-commune", "UPDATE plan SET commune_key = 'duc thinh'", .badContents(.otherCommune(plan: "nghia-giang-2025"))),
            ("bad-state", "PRAGMA ignore_check_constraints = ON; UPDATE task SET state = 'hacked' WHERE key = 'nv1'", .badContents(.rejected("CHECK constraint failed: state IN ('open', 'started', 'done', 'paused', 'cancelled')"))),
            ("foreign-plan", "UPDATE plan SET key = 'duc-thinh-2025'", .foreignPlan(plan: "duc-thinh-2025", commune: "xã Đức Thịnh, Hà Tĩnh")),
            // A period within the task table's check that no release reads (a newer one's, say):
            // taken, the duty would be read as not recurring (QA round 10).
            ("unknown-period", "UPDATE task SET schedule_kind = 'recurring', recurrence = 'yearly:16-01' WHERE key = 'nv1'",
             .badContents(.unknownRecurrence(task: "nv1", value: "yearly:16-01"))),
        ]
        for (name, sql, expected) in cases {
            let refusal = try setting.refusal(try setting.resigned(name + ".bdhvs", sql))
            #expect(refusal == expected, "\(name)")
        }
        // A row claiming the identity of Đức Thịnh's activity.
        let uid = try setting.province.read { db in try String.fetchOne(db, sql: "SELECT uid FROM activity") }
        let stolen = try setting.resigned("stolen.bdhvs", """
            INSERT INTO activity (id, task_id, held_on, participants, unit, live, uid)
            VALUES (900, (SELECT MIN(id) FROM task), '2025-12-06', 1, 'người', 1, '\(try #require(uid))')
            """)
        #expect(try setting.refusal(stolen) == .badContents(.foreignRow(table: "activity")))
    }
}

/// SHA-256 for the forged package above.
private enum SHA256Digest {
    static func of(_ data: Data) -> [UInt8] {
        Array(Crypto.SHA256.hash(data: data))
    }
}
