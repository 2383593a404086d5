import Foundation
import GRDB
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

// Migration v16 stores a change recorded with no name known as no name (''), where releases
// before it stored the words 'không rõ'. A commune still on such a release sends packages
// holding those words; the province must store them as it stores its own.
@Suite("A package's recorder not known")
struct PackageRecorderTests {
    @Test("a package of a release before v16 stores its recorder not known as no name, said in the reader's language")
    func unknownRecorderOfAnOlderRelease() throws {
        let lab = try PackageLab()
        let province = try lab.database("province")
        let store = try lab.commune("nghia-giang", RecordPlans.nghiaGiang)
        try lab.trust(province, "nghia-giang", commune: "Nghĩa Giang", provinceName: "Tỉnh Quảng Ngãi")
        // What the older release stored when no name was known.
        let older = "không rõ"
        _ = try store.record(ChangeRequest(plan: nil, task: "nv1", action: .start, on: isoDate("2025-10-01"),
                                           recordedOn: isoDate("2025-10-01"), by: older))
        let first = try PackageImport.file(try lab.export(store, "nghia-giang", asOf: "2025-10-01"), into: province)
        #expect(first.counts?["change_log"] == PackageCounts(added: 1))
        _ = try store.record(ChangeRequest(plan: nil, task: "nv2", action: .start, on: isoDate("2025-11-03"),
                                           recordedOn: isoDate("2025-11-03"), by: older))
        let second = try PackageImport.file(try lab.export(store, "nghia-giang", asOf: "2025-11-03"), into: province)
        // The change already taken is found as it was, not counted as changed.
        #expect(second.counts?["change_log"] == PackageCounts(added: 1, unchanged: 1))

        #expect(try province.read { try String.fetchAll($0, sql: "SELECT actor FROM change_log ORDER BY id") } == ["", ""])
        let history = try province.detail(task: "nv1", plan: nil, asOf: isoDate("2025-11-03")).history
        #expect(history.count == 1)
        #expect(history.first.map(ChangeText(language: .en).historyLine)?.hasPrefix("#1  01/10/2025  unknown  ") == true)
        #expect(history.first.map(ChangeText(language: .vi).historyLine)?.hasPrefix("#1  01/10/2025  không rõ  ") == true)
    }
}
