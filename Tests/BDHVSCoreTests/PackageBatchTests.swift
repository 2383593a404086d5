import Foundation
import GRDB
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

// `package import` merges several packages in one transaction, each in its own savepoint
// (`PackageImporter`): a run spanning several batches, with packages of one commune one
// after another and packages refused while being merged, must end exactly where importing
// the files one by one ends.

@Suite("Packages merged several to a transaction")
struct PackageBatchTests {
    /// Nghĩa Giang's packages after each of `count` activities, one a day from 1 December
    /// 2025, then Đức Thịnh's package: more files than slots, so more than one batch.
    private struct Setting {
        let lab: PackageLab
        let nghiaGiang: [String]
        let ducThinh: String

        init(count: Int) throws {
            lab = try PackageLab()
            let store = try lab.commune("nghia-giang", RecordPlans.nghiaGiang)
            var files: [String] = []
            for day in 1...count {
                let date = "2025-12-" + (day < 10 ? "0\(day)" : "\(day)")
                _ = try store.addActivity(ActivityInput(plan: nil, task: "nv1", heldOn: isoDate(date), participants: 10 * day),
                                          by: "cán bộ", recordedOn: isoDate(date))
                files.append(try lab.export(store, "nghia-giang", asOf: date))
            }
            nghiaGiang = files
            let other = try lab.commune("duc-thinh", RecordPlans.ducThinh)
            ducThinh = try lab.export(other, "duc-thinh", asOf: "2025-12-31")
        }

        /// A copy of `file` whose payload `sql` rewrote, signed again by `signer`'s key.
        func rewritten(_ file: String, as name: String, signer: String, _ sql: String) throws -> String {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            let envelope = try PackageEnvelope.parse(data)
            let payloadPath = lab.path(name + ".sqlite")
            try data.subdata(in: envelope.payloadOffset..<data.count).write(to: URL(fileURLWithPath: payloadPath))
            let queue = try DatabaseQueue(path: payloadPath)
            try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
            try queue.close()
            let path = lab.path(name)
            try PackageEnvelope.make(payload: try Data(contentsOf: URL(fileURLWithPath: payloadPath)), key: lab.keys[signer]).write(to: URL(fileURLWithPath: path))
            return path
        }

        /// An empty province database trusting both communes' keys.
        func province(_ name: String) throws -> TaskStore {
            let store = try lab.database(name)
            try lab.trust(store, "nghia-giang", commune: "Nghĩa Giang", provinceName: "Quảng Ngãi")
            try lab.trust(store, "duc-thinh", commune: "Đức Thịnh", provinceName: "Hà Tĩnh")
            return store
        }
    }

    @Test("more packages than slots, each newer than the one before: one run ends where one import per file ends")
    func severalBatches() throws {
        let setting = try Setting(count: PackagePayloadSlot.count + 3)
        let files = setting.nghiaGiang + [setting.ducThinh]
        let oneByOne = try setting.province("one-by-one")
        let single = try files.map { try PackageImport.file($0, into: oneByOne) }

        let province = try setting.province("run")
        let outcomes = try PackageImport.run(files, into: province)
        #expect(outcomes.allSatisfy { $0.refusal == nil })
        #expect(outcomes.map { $0.result?.counts } == single.map(\.counts))
        // Each of Nghĩa Giang's packages after the first brings one activity.
        #expect(outcomes.prefix(setting.nghiaGiang.count).map { $0.result?.counts?["activity"] }
                == (0..<setting.nghiaGiang.count).map { PackageCounts(added: 1, unchanged: $0) })
        #expect(try PackageLab.dump(province) == PackageLab.dump(oneByOne))
        #expect(try province.activities(.all).activities.count == setting.nghiaGiang.count)
    }

    @Test("packages refused while merged (older, untrusted, a broken row) roll back alone; the others of their batch are taken")
    func refusedInBatch() throws {
        let setting = try Setting(count: 3)
        let stranger = try setting.lab.commune("viet-hung", RecordPlans.vietHung)
        let untrusted = try setting.lab.export(stranger, "viet-hung", asOf: "2025-12-31")
        // Refused by the database itself in the middle of the merge, some rows already written.
        let broken = try setting.rewritten(setting.ducThinh, as: "broken.bdhvs", signer: "duc-thinh",
                                           "PRAGMA ignore_check_constraints = ON; UPDATE task SET state = 'hacked' WHERE key = 'nv1'")
        let files = [setting.nghiaGiang[1], setting.nghiaGiang[0], untrusted, broken, setting.ducThinh, setting.nghiaGiang[2]]
        let oneByOne = try setting.province("one-by-one")
        let expected = files.map { file in Result { try PackageImport.file(file, into: oneByOne) } }

        let province = try setting.province("run")
        let outcomes = try PackageImport.run(files, into: province)
        #expect(outcomes.map { $0.refusal as? PackageError } == [
            nil,
            .notNewer(commune: "xã Nghĩa Giang", asOf: isoDate("2025-12-01"), madeAt: "2025-12-31T00:01:00Z",
                      latestAsOf: isoDate("2025-12-02"), latestMadeAt: "2025-12-31T00:02:00Z"),
            .untrustedCommune(commune: "phường Việt Hưng", province: "Hà Nội"),
            .badContents(.rejected("CHECK constraint failed: state IN ('open', 'started', 'done', 'paused', 'cancelled')")),
            nil,
            nil,
        ])
        #expect(outcomes.map { $0.result?.counts } == expected.map { try? $0.get().counts })
        #expect(try PackageLab.dump(province) == PackageLab.dump(oneByOne))
    }

    @Test("a package already taken, given after a newer one of its commune in the same run, is refused as older")
    func takenThenOlder() throws {
        let setting = try Setting(count: 2)
        let province = try setting.province("province")
        _ = try PackageImport.file(setting.nghiaGiang[0], into: province)
        let outcomes = try PackageImport.run([setting.nghiaGiang[1], setting.nghiaGiang[0]], into: province)
        #expect(outcomes[0].result?.counts?["activity"] == PackageCounts(added: 1, unchanged: 1))
        #expect(outcomes[1].refusal as? PackageError == .notNewer(commune: "xã Nghĩa Giang", asOf: isoDate("2025-12-01"), madeAt: "2025-12-31T00:01:00Z",
                                                                   latestAsOf: isoDate("2025-12-02"), latestMadeAt: "2025-12-31T00:02:00Z"))
    }

    @Test("the text check: control characters and binary data found, tabs, line breaks and Vietnamese letters let through")
    func textCheck() throws {
        let queue = try DatabaseQueue()
        let found = try queue.inDatabase { db -> [Int] in
            try PackageTextCheck.register(db)
            return try [
                "SELECT bdhvs_bad_text('Tổ chức', 'a\tb\nc\r\nd', 12, NULL, 1.5)",
                "SELECT bdhvs_bad_text('ổn', 'a' || char(27) || '[2J')",
                "SELECT bdhvs_bad_text('a', 'b', x'00ff')",
                "SELECT bdhvs_bad_text('x' || char(127))",
                "SELECT bdhvs_bad_text(CAST(x'610062' AS TEXT))",
                "SELECT bdhvs_bad_text()",
            ].map { try Int.fetchOne(db, sql: $0) ?? -1 }
        }
        #expect(found == [0, 2, 3, 1, 1, 0])
    }
}
