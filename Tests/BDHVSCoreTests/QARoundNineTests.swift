import Foundation
import GRDB
import Testing
@testable import BDHVSCore

/// Findings of the ninth QA round, in the library.
@Suite struct QARoundNineTests {
    /// With no name known, the recorder was stored as the Vietnamese words "không rõ", shown
    /// so in English too: the absence is stored (an empty name) and said at output in the
    /// reader's language; the changes an older bdhvs stored so are migrated the same way.
    @Test func anUnknownRecorderIsStoredAsNoNameAndSaidInTheReadersLanguage() throws {
        #expect(Invocation.actor(flag: nil, environment: [:]) == "")
        #expect(Invocation.actor(flag: "  ", environment: ["USER": " "]) == "")
        #expect(Invocation.actor(flag: nil, environment: ["LOGNAME": "lan"]) == "lan")

        // A database as the migrations before left it, holding a change of nobody known.
        let queue = try DatabaseQueue()
        try Migrations.migrator.migrate(queue, upTo: "v15-agency-name-sets")
        let store = TaskStore(writer: queue)
        _ = try store.load(try PlanFixture.plan(), sourcePath: PlanFixture.fileName)
        let old = try store.record(ChangeRequest(plan: nil, task: "nv1", action: .start, on: isoDate("2025-08-01"),
                                                 recordedOn: isoDate("2025-08-01"), by: "không rõ", note: nil))
        _ = try store.record(ChangeRequest(plan: nil, task: "nv3", action: .start, on: isoDate("2025-08-01"),
                                           recordedOn: isoDate("2025-08-01"), by: "Lan", note: nil))
        try Migrations.migrator.migrate(queue)
        #expect(try queue.read { db in try String.fetchAll(db, sql: "SELECT actor FROM change_log ORDER BY id") } == ["", "Lan"])

        let change = try #require(try store.detail(task: "nv1", plan: nil, asOf: isoDate("2025-12-31")).history.first)
        #expect(change.id == old.id)
        #expect(change.by == "")
        #expect(ChangeText(language: .vi).historyLine(change) == "#1  01/08/2025  không rõ  bắt đầu thực hiện: trạng thái chưa thực hiện → đang thực hiện")
        #expect(ChangeText(language: .en).historyLine(change) == "#1  01/08/2025  unknown  started: state not started → started")
        let json = String(decoding: try JSONEncoder().encode(change), as: UTF8.self)
        #expect(json.contains("\"by\":null"))
        // Undone as nobody's, as before.
        let undo = try store.undo(by: "", recordedOn: isoDate("2025-08-02"))
        #expect(undo.undoes == old.id)
        #expect(ChangeError.nothingToUndo(by: "").text(.en) == "no change recorded with no name is left to undo")
    }

    /// `load(batch:)` opened the log copier's connection on each call and waited for its
    /// copy of the log: a caller loading batch after batch opened one per batch. One batch
    /// alone opens none now, and leaves the log to the load's own connection (its database
    /// file is not written until then); a `PlanBatchLoad` copies after each batch as before.
    @Test func aLoadOfOneBatchOpensNoLogCopier() throws {
        let folder = NSTemporaryDirectory() + "bdhvs-one-batch-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        func size(_ path: String) throws -> Int { try (FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        let plan = try PlanFixture.plan()

        let single = folder + "/single.sqlite"
        let store = try TaskStore.open(path: single)
        let before = try size(single)
        #expect(try store.load(batch: [(plan, "plan.yaml")]).count == 1)
        // Nothing copied the log into the file: only the log grew.
        #expect(try size(single) == before)
        #expect(try size(single + "-wal") > 0)

        let many = folder + "/many.sqlite"
        let batches = try TaskStore.open(path: many)
        let start = try size(many)
        let load = PlanBatchLoad(batches)
        _ = try load.load(PlanToStore.all([(plan, "plan.yaml")]))
        load.finish()
        // The copier copied the batch into the file.
        #expect(try size(many) > start)
    }

    /// "Trước Tết hằng năm" and "Dịp Tết Nguyên đán hằng năm" were errors ("unexpected
    /// 'hằng năm'") while "Trước Tết Nguyên đán" and "Hằng năm" worked: they are recurring
    /// duties, the year's due at the Tết that ends it (the day before it, or on it).
    @Test(arguments: [
        ("Trước Tết hằng năm", true), ("Trước Tết Nguyên đán hằng năm", true), ("Hằng năm, trước Tết Nguyên đán", true),
        ("truoc Tet Nguyen dan hang nam", true), ("Dịp Tết Nguyên đán hằng năm", false), ("Hằng năm vào dịp Tết", false),
        ("Nhân dịp Tết cổ truyền hàng năm", false),
    ])
    func aRecurringTetPhraseIsAYearlyDutyDueAtTet(phrase: String, before: Bool) {
        #expect(TimelineParser(planYear: 2025).parse(phrase) == .success(.recurring(.yearlyTet(beforeTet: before))))
        // "Trước" read as on the day itself (the setting), as for "Trước ngày 15/12".
        #expect(TimelineParser(planYear: 2025, strictBefore: false).parse(phrase) == .success(.recurring(.yearlyTet(beforeTet: false))))
    }

    /// A Tết with its year or lunar name is one Tết, not every year's.
    @Test func aTetOfOneYearIsNotRecurring() {
        #expect(throws: Never.self) { try TimelineParser(planYear: 2025).parse("Trước Tết Nguyên đán").get() }
        guard case .failure = TimelineParser(planYear: 2025).parse("Trước Tết Bính Ngọ hằng năm") else {
            Issue.record("a Tết of one year read as every year's")
            return
        }
    }

    /// The deadlines: Tết Ất Tỵ 29/01/2025, Bính Ngọ 17/02/2026, Đinh Mùi 06/02/2027.
    @Test func theDeadlinesOfATetDutyAreTheDaysOfTet() throws {
        let before = RecurrencePeriod.yearlyTet(beforeTet: true), at = RecurrencePeriod.yearlyTet(beforeTet: false)
        func days(_ occurrences: [Occurrence]) -> [String] { occurrences.map { "\($0.key) \($0.start.vietnamese)–\($0.end.vietnamese)" } }
        #expect(days(before.occurrences(inYears: 2025...2026)) == ["2025 29/01/2025–16/02/2026", "2026 17/02/2026–05/02/2027"])
        #expect(days(at.occurrences(inYears: 2025...2026)) == ["2025 30/01/2025–17/02/2026", "2026 18/02/2026–06/02/2027"])
        // Done on 10/02/2026 (before Tết): the duty of 2025; after Tết, that of 2026.
        #expect(before.occurrence(containing: isoDate("2026-02-10")).key == "2025")
        #expect(before.occurrence(containing: isoDate("2026-02-16")).key == "2025")
        #expect(before.occurrence(containing: isoDate("2026-02-17")).key == "2026")
        #expect(at.occurrence(containing: isoDate("2026-02-17")).key == "2025")
        #expect(at.occurrence(containing: isoDate("2025-01-10")).key == "2024")
        // Stored within the task table's check, and read back.
        #expect(before.rawValue == "yearly:00-00")
        #expect(at.rawValue == "yearly:00-01")
        #expect(RecurrencePeriod(rawValue: "yearly:00-00") == before)
        #expect(RecurrencePeriod(rawValue: "yearly:00-01") == at)
        #expect(RecurrencePeriod(rawValue: "yearly:00-02") == nil)
        // A plan of 2025 issued on 24/07/2025: one duty, due 16/02/2026, missed once Tết is past.
        let issued = isoDate("2025-07-24")
        let december = OccurrenceTally.count(before, years: 2025...2025, asOf: isoDate("2025-12-31"), doneKeys: [], since: issued)
        #expect(december.past == 0 && december.done == 0)
        #expect(december.current?.end == isoDate("2026-02-16"))
        let march = OccurrenceTally.count(before, years: 2025...2025, asOf: isoDate("2026-03-01"), doneKeys: [], since: issued)
        #expect(march.past == 1 && march.missed == 1)
        #expect(march.current == nil)
        let done = OccurrenceTally.count(before, years: 2025...2025, asOf: isoDate("2026-03-01"), doneKeys: ["2025"], since: issued)
        #expect(done.past == 1 && done.done == 1 && done.missed == 0)
    }

    /// The national roll-up showed a row "Tổ": the words shared by "Tổ chuyển đổi số cộng
    /// đồng" (Việt Hưng) and "Tổ công nghệ số cộng đồng" (the others), two ways of writing
    /// one kind of body (DOMAIN.md §8) leading tasks in Việt Hưng 2025 and Nghĩa Giang 2026, and what a Tổ dân phố and a community digital team
    /// under one id would have shared too. One kind is named by its name; different kinds by
    /// theirs.
    @Test func aRollUpRowNamesItsKindOfBodyOrItsBodies() throws {
        let store = try TaskStore.inMemory()
        for file in ["Plans/dong-tra-bong-2025.yaml", "Plans/nghia-giang-2026.yaml", "Plans/viet-hung-2025.yaml"] {
            let outcome = PlanLoader.load(path: PackageFiles.path(file))
            _ = try store.load(try #require(outcome.plan), sourcePath: file)
        }
        for tallies in [true, false] {
            let report = try store.status(.all, asOf: isoDate("2025-12-31"), tallies: tallies)
            #expect(report.byLead.first { $0.agencyID == "to-cns" }?.agency == "Tổ công nghệ số cộng đồng")
            #expect(!report.byLead.contains { $0.agency == "Tổ" })
            #expect(report.byLead.first { $0.agencyID == "ubnd" }?.agency == "Ủy ban nhân dân")
        }
        #expect(StatusQuery.sharedName(["Tổ chuyển đổi số cộng đồng", "Tổ CNS cộng đồng thôn"]) == "Tổ công nghệ số cộng đồng")
        #expect(StatusQuery.sharedName(["Tổ công nghệ số cộng đồng", "Tổ dân phố"]) == "Tổ công nghệ số cộng đồng / Tổ dân phố")
        #expect(StatusQuery.sharedName(["Trường Tiểu học", "Trường THCS", "Trường Mầm non"]) == "Trường Mầm non / Trường THCS / …")
        #expect(StatusQuery.sharedName(["Công an xã", "Công an phường"]) == "Công an")
        #expect(StatusQuery.sharedName(["Phòng Văn hóa - Xã hội"]) == "Phòng Văn hóa - Xã hội")
        #expect(StatusQuery.sharedName([]) == nil)
    }
}
