import Foundation
import GRDB
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

// `package import` reads and verifies files on a second thread, a few ahead of the merge
// (`PackageReadAhead`): what became of each file must come out in file order, and the run
// must end exactly where importing the files one at a time ends, whatever files are
// refused while read or given twice.

@Suite("Package files read ahead of the merge")
struct PackageReadAheadTests {
    /// `file` with one character of its signature changed: still a well-formed package, its
    /// signature no longer the key's.
    private static func forged(_ file: String, as path: String) throws -> String {
        var data = try Data(contentsOf: URL(fileURLWithPath: file))
        let first = try #require(data.firstRange(of: Data("\nsignature ".utf8))).upperBound
        data[first] = data[first] == UInt8(ascii: "A") ? UInt8(ascii: "B") : UInt8(ascii: "A")
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("outcomes in file order with a forged signature and a duplicate among more files than wait: the database equals one import per file")
    func fileOrder() throws {
        let lab = try PackageLab()
        let nghiaGiang = try lab.commune("nghia-giang", RecordPlans.nghiaGiang)
        // More files than wait read ahead and than slots: the reader is held back and
        // several batches are merged.
        var days: [String] = []
        for day in 1...(PackageReadAhead.fileLimit + PackagePayloadSlot.count) {
            let date = "2025-12-" + (day < 10 ? "0\(day)" : "\(day)")
            _ = try nghiaGiang.addActivity(ActivityInput(plan: nil, task: "nv1", heldOn: isoDate(date), participants: 10 * day),
                                           by: "cán bộ", recordedOn: isoDate(date))
            days.append(try lab.export(nghiaGiang, "nghia-giang", asOf: date))
        }
        let ducThinh = try lab.export(try lab.commune("duc-thinh", RecordPlans.ducThinh), "duc-thinh", asOf: "2025-12-31")
        let forged = try Self.forged(days[2], as: lab.path("forged.bdhvs"))
        let files = [days[0], forged, days[1], days[1], ducThinh, lab.path("missing.bdhvs")] + days[2...]
        func province(_ name: String) throws -> TaskStore {
            let store = try lab.database(name)
            try lab.trust(store, "nghia-giang", commune: "Nghĩa Giang", provinceName: "Quảng Ngãi")
            try lab.trust(store, "duc-thinh", commune: "Đức Thịnh", provinceName: "Hà Tĩnh")
            return store
        }
        let oneByOne = try province("one-by-one")
        let expected = files.map { file in Result { try PackageImport.file(file, into: oneByOne) } }

        let run = try province("run")
        let outcomes = try PackageImport.run(files, into: run)
        #expect(outcomes.map(\.file) == files)
        #expect(outcomes.map { $0.refusal as? PackageError } == [nil, .badSignature, nil, nil, nil, .noSuchFile(path: lab.path("missing.bdhvs"))]
                + Array(repeating: nil, count: days.count - 2))
        // The duplicate is the package just taken: unchanged, nothing merged again.
        #expect(outcomes[3].result?.meta.asOf == isoDate("2025-12-02"))
        #expect(outcomes[3].result?.counts == nil)
        #expect(outcomes.map { $0.result?.counts } == expected.map { try? $0.get().counts })
        #expect(outcomes.map { $0.result?.counts?["activity"] } == expected.map { try? $0.get().counts?["activity"] })
        #expect(outcomes[6].result?.counts?["activity"] == PackageCounts(added: 1, unchanged: 2))
        #expect(try PackageLab.dump(run) == PackageLab.dump(oneByOne))
        #expect(try run.activities(.all).activities.count == days.count)
    }

    @Test("the reader hands over each file's verification in order, and stops when asked with files left")
    func readerAlone() throws {
        let lab = try PackageLab()
        let store = try lab.commune("viet-hung", RecordPlans.vietHung)
        let good = try lab.export(store, "viet-hung", asOf: "2025-12-31")
        let empty = lab.path("empty.bdhvs")
        try Data().write(to: URL(fileURLWithPath: empty))
        let files = [good, empty, lab.path("none.bdhvs"), good] + Array(repeating: good, count: 2 * PackageReadAhead.fileLimit)
        let reader = PackageReadAhead(files)
        var digests: [String?] = []
        var refusals: [PackageError?] = []
        for tag in 0..<6 {
            let result = reader.next(tag)
            digests.append(try? result.get().digest)
            refusals.append(result.error as? PackageError)
        }
        reader.stop()
        let digest = try PackageReadAhead.read(good).digest
        #expect(digests == [digest, nil, nil, digest, digest, digest])
        #expect(refusals == [nil, .notAPackage, .noSuchFile(path: lab.path("none.bdhvs")), nil, nil, nil])
    }

    @Test("a payload checked ahead is refused with the words the writing connection gives it, and a sound one described alike")
    func checkAhead() throws {
        let lab = try PackageLab()
        let file = try lab.export(try lab.commune("nghia-giang", RecordPlans.nghiaGiang), "nghia-giang", asOf: "2025-12-31")
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        let original = data.subdata(in: try PackageEnvelope.parse(data).payloadOffset..<data.count)
        /// The payload changed by `sql` (nil: as exported).
        func payload(_ name: String, _ sql: String?) throws -> Data {
            guard let sql else { return original }
            let path = lab.path(name + ".sqlite")
            try original.write(to: URL(fileURLWithPath: path))
            var configuration = Configuration()
            configuration.foreignKeysEnabled = false
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
            try queue.close()
            return try Data(contentsOf: URL(fileURLWithPath: path))
        }
        let cases: [(String, String?, PackageError?)] = [
            ("sound", nil, nil),
            ("trigger", "CREATE TRIGGER t AFTER INSERT ON task BEGIN DELETE FROM plan; END", .badContents(.schema)),
            ("control", "UPDATE task SET title = 'Tổ chức' || char(27) || '[2J' WHERE key = 'nv1'", .badContents(.badText(table: "task", column: "title"))),
            ("dangling", "UPDATE task_lead SET agency_id = 9999", .badContents(.dangling(table: "task_lead", column: "agency_id"))),
            ("no-meta", "DELETE FROM package_meta", .badContents(.meta)),
        ]
        let checker = try PackagePayloadChecker()
        let province = try lab.database("province")
        for (name, sql, expected) in cases {
            let bytes = try payload(name, sql)
            let ahead = checker.check(bytes)
            #expect((ahead.error as? PackageError) == expected, "\(name)")
            // The same bytes checked on the importing connection, as when nothing was checked ahead.
            let settled = try province.importingPackages { importer in importer.take(bytes, publicKey: "k", digest: name, tag: 0, checked: nil) }
            #expect(settled.first.flatMap { $0.result.error as? PackageError } == expected, "\(name)")
            if expected == nil { #expect(try ahead.get().commune == "Nghĩa Giang") }
        }
    }
}

private extension Result {
    var error: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
