import Foundation
import GRDB
import Testing
@testable import BDHVSCore

// Which files the store opens (issue 10): only an empty file or a bdhvs database is written
// to; another application's database is refused and left byte for byte as it was.

extension StoreOpeningTests {
@Suite struct NotOurs {
    /// A temporary directory, removed when the value goes away.
    final class Folder {
        let url: URL
        init() throws { url = try StoreFixture.temporaryDirectory() }
        deinit { try? FileManager.default.removeItem(at: url) }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        /// The names of the files in the folder, sorted.
        func files() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }
    }

    /// Writes at `path` a database of another application, with `tables` of one row each.
    static func foreignDatabase(at path: String, tables: [String]) throws -> Data {
        try DatabaseQueue(path: path).write { db in
            for table in tables {
                try db.execute(sql: "CREATE TABLE \(table) (id INTEGER PRIMARY KEY, ten TEXT)")
                try db.execute(sql: "INSERT INTO \(table) (ten) VALUES ('Nguyễn Văn A')")
            }
        }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }

    static func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test(arguments: [["ho_so", "can_bo"], ["task", "plan"]])
    func aDatabaseOfAnotherApplicationIsRefusedAndLeftAlone(tables: [String]) throws {
        let folder = try Folder()
        let path = folder.path("khac.sqlite")
        let before = try Self.foreignDatabase(at: path, tables: tables)
        for access in [TaskStore.Access.read, .write] {
            #expect(throws: StoreError.foreignDatabase(path: path)) { try TaskStore.open(path: path, access: access) }
        }
        #expect(try Self.bytes(path) == before)
        #expect(try folder.files() == ["khac.sqlite"])
        let error = StoreError.foreignDatabase(path: "khac.sqlite")
        #expect(error.text(.vi) == "'khac.sqlite' là cơ sở dữ liệu của ứng dụng khác, không phải của bdhvs; bdhvs không ghi vào tệp này")
        #expect(error.text(.en) == "'khac.sqlite' is a database of another application, not of bdhvs; bdhvs does not write to it")
    }

    /// Another GRDB application has a `grdb_migrations` table too, but not bdhvs's migrations.
    @Test func aDatabaseOfAnotherGRDBApplicationIsRefused() throws {
        let folder = try Folder()
        let path = folder.path("khac.sqlite")
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-contacts") { db in try db.execute(sql: "CREATE TABLE contact (id INTEGER PRIMARY KEY)") }
        try migrator.migrate(DatabaseQueue(path: path))
        let before = try Self.bytes(path)
        #expect(throws: StoreError.foreignDatabase(path: path)) { try TaskStore.open(path: path, access: .write) }
        #expect(try Self.bytes(path) == before)
    }

    @Test func anEmptyFileBecomesABdhvsDatabaseMarkedAsOurs() throws {
        let folder = try Folder()
        let path = folder.path("moi.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(throws: StoreError.noDatabase(path: path)) { try TaskStore.open(path: path, access: .read) }
        #expect(try Self.bytes(path).isEmpty)
        do {
            let store = try TaskStore.open(path: path, access: .write)
            _ = try store.load(try PlanFixture.plan(), sourcePath: PlanFixture.fileName)
            #expect(try store.read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") } == DatabaseIdentity.applicationID)
        }
        // Closed: no lock file, no journal left beside the database.
        #expect(try folder.files() == ["moi.sqlite"])
        #expect(try TaskStore.open(path: path, access: .read).plans().map(\.plan) == ["thu-nghiem-2025"])
    }

    @Test func aDamagedSchemaIsReportedWhenTheDatabaseIsOpened() throws {
        let folder = try Folder()
        let path = folder.path("hong.sqlite")
        do {
            let store = try TaskStore.open(path: path, access: .write)
            _ = try store.load(try PlanFixture.plan(), sourcePath: PlanFixture.fileName)
            try store.writer.writeWithoutTransaction { db in try db.execute(sql: "DROP TABLE change_field") }
        }
        let before = try Self.bytes(path)
        for access in [TaskStore.Access.read, .write] {
            #expect(throws: StoreError.damagedDatabase(path: path, missing: ["change_field"])) {
                try TaskStore.open(path: path, access: access)
            }
        }
        #expect(try Self.bytes(path) == before)
        let error = StoreError.damagedDatabase(path: "hong.sqlite", missing: ["change_field"])
        #expect(error.text(.vi) == "cơ sở dữ liệu 'hong.sqlite' bị hỏng: thiếu 'change_field'; hãy khôi phục từ bản sao lưu")
        #expect(error.text(.en) == "the database 'hong.sqlite' is damaged: 'change_field' missing; restore it from a backup")
    }

    /// Reading opens a read-only connection: status (with its temporary tables) works and
    /// the file is not written; a write through it is refused by SQLite.
    @Test func readingUsesAReadOnlyConnectionAndWritesNothing() throws {
        let folder = try Folder()
        let path = folder.path("doc.sqlite")
        do {
            let store = try TaskStore.open(path: path, access: .write)
            _ = try store.load(try PlanFixture.plan(), sourcePath: PlanFixture.fileName)
        }
        let before = try Self.bytes(path)
        let reader = try TaskStore.open(path: path, access: .read)
        #expect(try reader.plans().count == 1)
        // It maps the file rather than copying each page it reads; a writer does not.
        #expect(try reader.read { try Int.fetchOne($0, sql: "PRAGMA mmap_size") } == DatabaseOpener.mappedBytes)
        #expect(try TaskStore.open(path: path, access: .write).read { try Int.fetchOne($0, sql: "PRAGMA mmap_size") } == 0)
        #expect(try reader.status(.all, asOf: isoDate("2025-12-31")).completion.total == 3)
        #expect(try reader.overdueByAgency(.all, asOf: isoDate("2025-12-31")).count >= 0)
        #expect(throws: StoreError.databaseFailed("attempt to write a readonly database")) {
            try reader.load(try PlanFixture.plan(), sourcePath: PlanFixture.fileName)
        }
        #expect(try Self.bytes(path) == before)
    }

    /// A WAL database in a folder the user may not write is read as an immutable file (SQLite
    /// cannot create its shared-memory file there); the tests run as root, so the URI is
    /// checked here and the fallback by hand (see ARCHITECTURE.md).
    @Test func anUnwritableFolderIsReadThroughAnImmutableURI() throws {
        #expect(DatabaseOpener.immutable("/srv/dữ liệu/bdhvs?#%.sqlite") == "file:/srv/d%E1%BB%AF%20li%E1%BB%87u/bdhvs%3F%23%25.sqlite?immutable=1")
        let folder = try Folder()
        let path = folder.path("wal.sqlite")
        do { _ = try TaskStore.open(path: path, access: .write).load(try PlanFixture.plan(), sourcePath: PlanFixture.fileName) }
        let queue = try DatabaseQueue(path: DatabaseOpener.immutable(path), configuration: { var c = Configuration(); c.readonly = true; return c }())
        #expect(try queue.read { db in try String.fetchAll(db, sql: "SELECT key FROM plan") } == ["thu-nghiem-2025"])
        try queue.close()
        #expect(try folder.files() == ["wal.sqlite"])
    }

    /// A disk that fills in the middle of a load keeps the plans stored before; each plan
    /// not stored says so, with the plans before it kept.
    @Test func aFullDiskKeepsThePlansStoredBefore() throws {
        let folder = try Folder()
        let path = folder.path("day.sqlite")
        let store = try TaskStore.open(path: path, access: .write)
        let first = try PlanFixture.plan()
        #expect(try store.load(batch: [(first, "a.yaml")]).count == 1)
        try store.writer.writeWithoutTransaction { db in
            try db.execute(sql: "VACUUM")  // no free page left to fill
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let second = try #require(PlanLoader.load(path: PackageFiles.path("Plans/dong-tra-bong-2025.yaml")).plan)
        // The small plan fits, the large one does not: SQLite rolls the batch back, so
        // neither is kept, and both say so.
        let small = try PlanFixture.plan(PlanFixture.variant("id: thu-nghiem-2025", "id: thu-nghiem-khac-2025"))
        let results = try store.load(batch: [(small, "small.yaml"), (second, "b.yaml")])
        #expect(results.map { (try? $0.get()) == nil } == [true, true])
        if case .failure(let error) = results[0] {
            #expect(error == .planNotSaved(plan: "thu-nghiem-khac-2025", reason: "database or disk is full"))
        }
        if case .failure(let error) = results[1] {
            #expect(error == .planNotSaved(plan: "dong-tra-bong-2025", reason: "database or disk is full"))
            #expect(error.text(.vi) == "chưa lưu được kế hoạch 'dong-tra-bong-2025': ổ đĩa đã đầy; hãy giải phóng dung lượng rồi thử lại; "
                + "kế hoạch này chưa có gì thay đổi, các kế hoạch đã lưu trước đó vẫn được giữ")
            #expect(error.text(.en) == "plan 'dong-tra-bong-2025' was not saved: database or disk is full; nothing of it was written, "
                + "plans saved before it are kept")
        }
        #expect(try store.plans().map(\.plan) == ["thu-nghiem-2025"])
    }
}
}
