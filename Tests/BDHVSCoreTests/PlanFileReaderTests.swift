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
