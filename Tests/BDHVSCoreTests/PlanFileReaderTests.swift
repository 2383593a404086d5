import Foundation
import Testing
@testable import BDHVSCore

/// A plan file's bytes, read with `read`: whole whatever its size, from a file whose size is
/// not known in advance (a pipe), and a folder or a missing file said so.
@Suite struct PlanFileReaderTests {
    @Test func bytesAreReadWhole() throws {
        let folder = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for size in [0, 1, 4_095, 65_536, 300_001] {
            let path = folder.appendingPathComponent("p\(size).yaml").path
            let written = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) })
            try written.write(to: URL(fileURLWithPath: path))
            #expect(try PlanFileReader.bytes(at: path).get() == written)
        }
        #expect(throws: YAMLMessage.isDirectory) { try PlanFileReader.bytes(at: folder.path).get() }
        #expect(throws: YAMLMessage.noSuchFile) { try PlanFileReader.bytes(at: folder.appendingPathComponent("khong-co.yaml").path).get() }
    }

    @Test func aPipeIsReadToItsEnd() throws {
        let folder = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ong.yaml").path
        #expect(mkfifo(path, 0o600) == 0)
        let text = String(repeating: "title: \"Kế hoạch\"\n", count: 10_000)
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: path)
            handle?.write(Data(text.utf8))
            try? handle?.close()
        }
        writer.start()
        #expect(try PlanFileReader.bytes(at: path).get() == Data(text.utf8))
    }
}

/// A plan whose file name is not UTF-8 (an old Windows program's "Kế hoạch" in code page
/// 1258) is said to have such a name, in both languages, not "no such file".
@Suite struct PlanFileNameTests {
    @Test func aNameNotUTF8IsSaidSo() throws {
        let folder = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // "K" 0xEA "-hoach.yaml": 0xEA alone is not UTF-8.
        let raw = Array(folder.path.utf8) + Array("/K".utf8) + [0xEA] + Array("-hoach.yaml".utf8) + [0]
        let descriptor = raw.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(descriptor >= 0)
        close(descriptor)
        let paths = PlanFiles.expand([folder.path])
        #expect(paths == [folder.path + "/K\u{FFFD}-hoach.yaml"])
        let diagnostics = PlanLoader.load(path: paths[0]).diagnostics
        #expect(diagnostics.map(\.description)
            == ["\(paths[0]):1:1: error: the file's name is not UTF-8 (shown with '�'); rename the file, typing its Vietnamese letters again"])
        #expect(diagnostics.first?.message.text(.vi) == "tên tệp không phải UTF-8 (hiện thành '�'); hãy đổi tên tệp, gõ lại các chữ tiếng Việt")
        // A name with '�' itself, typed so, that is not there, is still not found.
        #expect(PlanLoader.load(path: folder.path + "/\u{FFFD}.yaml").diagnostics.map(\.description)
            == ["\(folder.path)/\u{FFFD}.yaml:1:1: error: no such file"])
    }

    /// A folder whose name is not UTF-8 ("Quảng Ngãi" saved in code page 1258) is walked too,
    /// and each plan file below it says which folder to rename, in both languages: its files
    /// were skipped without a word.
    @Test func aFolderNameNotUTF8IsSaidSo() throws {
        let folder = try StoreFixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // "Qu" 0xE1 "ng": 0xE1 alone is not UTF-8.
        let inner = Array(folder.path.utf8) + Array("/Qu".utf8) + [0xE1] + Array("ng".utf8)
        #expect((inner + [0]).withUnsafeBufferPointer { mkdir(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0o755) } == 0)
        let file = inner + Array("/xa-1.yaml".utf8) + [0]
        let descriptor = file.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(descriptor >= 0)
        close(descriptor)
        try Data("format: 1\n".utf8).write(to: folder.appendingPathComponent("xa-2.yaml"))
        let paths = PlanFiles.expand([folder.path])
        #expect(paths == [folder.path + "/Qu\u{FFFD}ng/xa-1.yaml", folder.path + "/xa-2.yaml"])
        let diagnostics = PlanLoader.load(path: paths[0]).diagnostics
        #expect(diagnostics.map(\.description) == ["\(paths[0]):1:1: error: the name of the folder \(folder.path)/Qu\u{FFFD}ng is not UTF-8 "
            + "(shown with '�'); rename the folder, typing its Vietnamese letters again"])
        #expect(diagnostics.first?.message.text(.vi)
            == "tên thư mục \(folder.path)/Qu\u{FFFD}ng không phải UTF-8 (hiện thành '�'); hãy đổi tên thư mục, gõ lại các chữ tiếng Việt")
        // A path with '�' typed so, whose folder is not there, is still not found.
        #expect(PlanLoader.load(path: folder.path + "/\u{FFFD}/xa-1.yaml").diagnostics.map(\.description)
            == ["\(folder.path)/\u{FFFD}/xa-1.yaml:1:1: error: no such file"])
    }
}
