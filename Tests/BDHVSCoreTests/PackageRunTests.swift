import Foundation
import GRDB
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

// `package import` takes every file of a run on one connection, its statements compiled once
// for all packages: a run must end exactly where importing the files one by one ends, refused
// packages in between changing nothing, and a payload laid out otherwise in its file (other
// root pages under the same schema cookie) must be read by its own layout, not the last one's.

@Suite("Many packages in one import run")
struct PackageRunTests {
    /// Three communes' packages as of the end of 2025, and their keys.
    private struct Setting {
        let lab: PackageLab
        let files: [String]
        private let communes: [(name: String, plan: String, commune: String, province: String)] = [
            ("nghia-giang", RecordPlans.nghiaGiang, "Nghĩa Giang", "Quảng Ngãi"),
            ("duc-thinh", RecordPlans.ducThinh, "Đức Thịnh", "Hà Tĩnh"),
            ("viet-hung", RecordPlans.vietHung, "Việt Hưng", "Hà Nội"),
        ]

        init() throws {
            lab = try PackageLab()
            var files: [String] = []
            for commune in communes {
                let store = try lab.commune(commune.name, commune.plan)
                _ = try store.addActivity(ActivityInput(plan: nil, task: "nv1", heldOn: isoDate("2025-12-06"), participants: 145, unit: .enrolments),
                                          by: "cán bộ", recordedOn: isoDate("2025-12-06"))
                files.append(try lab.export(store, commune.name, asOf: "2025-12-31"))
            }
            self.files = files
        }

        /// An empty province database trusting the three communes' keys.
        func province(_ name: String) throws -> TaskStore {
            let store = try lab.database(name)
            for commune in communes { try lab.trust(store, commune.name, commune: commune.commune, provinceName: commune.province) }
            return store
        }

        /// A copy of `file` whose payload `change` rewrote, signed again by `signer`'s key.
        func rewritten(_ file: String, as name: String, signer: String, _ change: (Database) throws -> Void) throws -> String {
            let data = try Data(contentsOf: URL(fileURLWithPath: file))
            let envelope = try PackageEnvelope.parse(data)
            let payloadPath = lab.path(name + ".sqlite")
            try data.subdata(in: envelope.payloadOffset..<data.count).write(to: URL(fileURLWithPath: payloadPath))
            var configuration = Configuration()
            configuration.foreignKeysEnabled = false
            let queue = try DatabaseQueue(path: payloadPath, configuration: configuration)
            try queue.writeWithoutTransaction(change)
            try queue.close()
            let path = lab.path(name)
            try PackageEnvelope.make(payload: try Data(contentsOf: URL(fileURLWithPath: payloadPath)), key: lab.keys[signer]).write(to: URL(fileURLWithPath: path))
            return path
        }
    }

    @Test("one run ends where one import per file ends; refused packages in between change nothing")
    func runEqualsOneByOne() throws {
        let setting = try Setting()
        let trigger = try setting.rewritten(setting.files[0], as: "trigger.bdhvs", signer: "nghia-giang") { db in
            try db.execute(sql: "CREATE TRIGGER t AFTER INSERT ON task BEGIN DELETE FROM plan; END")
        }
        let control = try setting.rewritten(setting.files[0], as: "control.bdhvs", signer: "nghia-giang") { db in
            try db.execute(sql: "UPDATE task SET title = 'Tổ chức' || char(27) || '[2J' WHERE key = 'nv1'")
        }
        let oneByOne = try setting.province("one-by-one")
        for file in setting.files { _ = try PackageImport.file(file, into: oneByOne) }

        let province = try setting.province("run")
        let outcomes = try PackageImport.run([setting.files[0], trigger, setting.files[1], control, setting.files[2]], into: province)
        #expect(outcomes.map { $0.refusal as? PackageError } == [nil, .badContents(.schema), nil, .badContents(.badText(table: "task", column: "title")), nil])
        #expect(outcomes.compactMap(\.result?.meta.commune) == ["Nghĩa Giang", "Đức Thịnh", "Việt Hưng"])
        #expect(outcomes.compactMap { $0.result?.counts?["activity"]?.added } == [1, 1, 1])
        #expect(try PackageLab.dump(province) == PackageLab.dump(oneByOne))

        // The same files again in one run: each known by its checksum, nothing changes.
        let before = try PackageLab.dump(province)
        let again = try PackageImport.run(setting.files, into: province)
        #expect(again.map { $0.result != nil && $0.result?.counts == nil } == [true, true, true])
        #expect(try PackageLab.dump(province) == before)
    }

    @Test("a payload whose tables lie elsewhere in its file, under the same schema cookie, is read by its own layout")
    func otherLayout() throws {
        let setting = try Setting()
        var layout: (before: Int64, after: Int64, cookie: Int32, cookieAfter: Int32) = (0, 0, 0, 0)
        let relaid = try setting.rewritten(setting.files[0], as: "relaid.bdhvs", signer: "nghia-giang") { db in
            let definition = try #require(try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'task'"))
            layout.before = try #require(try Int64.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'task'"))
            layout.cookie = try #require(try Int32.fetchOne(db, sql: "PRAGMA schema_version"))
            try db.execute(sql: "CREATE TABLE keep AS SELECT * FROM task; DROP TABLE task; CREATE TABLE filler (x)")
            try db.execute(sql: definition)
            try db.execute(sql: "INSERT INTO task SELECT * FROM keep; DROP TABLE keep; DROP TABLE filler")
            try db.execute(sql: "PRAGMA schema_version = \(layout.cookie)")
            layout.after = try #require(try Int64.fetchOne(db, sql: "SELECT rootpage FROM sqlite_master WHERE name = 'task'"))
            layout.cookieAfter = try #require(try Int32.fetchOne(db, sql: "PRAGMA schema_version"))
        }
        #expect(layout.before != layout.after)
        #expect(layout.cookie == layout.cookieAfter)

        // Đức Thịnh's package first: the run's statements are compiled for the usual layout.
        let usual = try setting.province("usual")
        let usualOutcomes = try PackageImport.run([setting.files[1], setting.files[0]], into: usual)
        let other = try setting.province("other")
        let otherOutcomes = try PackageImport.run([setting.files[1], relaid], into: other)
        #expect(otherOutcomes.allSatisfy { $0.refusal == nil })
        #expect(otherOutcomes.map { $0.result?.counts } == usualOutcomes.map { $0.result?.counts })
        #expect((otherOutcomes.last?.result?.counts?["task"]?.added ?? 0) > 0)
        // The same rows, ids included; only the package's checksum differs.
        let rows = { (store: TaskStore) in try PackageLab.dump(store).filter { !$0.hasPrefix("package_import:") } }
        #expect(try rows(other) == rows(usual))
    }
}
