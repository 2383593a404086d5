import Foundation
import Testing
@testable import BDHVSCore

/// A folder load's batches: by count for small plans, by bytes for large ones, every file
/// once and in order.
@Suite struct PlanBatchesTests {
    static func paths(_ count: Int) -> [String] { (0..<count).map { "p\($0).yaml" } }

    @Test func smallPlansGoByCount() {
        let batches = PlanBatches.cut(Self.paths(600), files: 256, bytes: 4 << 20) { _ in 2_000 }
        #expect(batches.map(\.count) == [256, 256, 88])
        #expect(batches.flatMap { $0 } == Self.paths(600))
    }

    @Test func largePlansGoByBytes() {
        // 60 KB a plan (a commune of some 300 tasks): 69 fit in 4 MiB.
        let batches = PlanBatches.cut(Self.paths(200), files: 256, bytes: 4 << 20) { _ in 60_000 }
        #expect(batches.map(\.count) == [69, 69, 62])
        #expect(batches.flatMap { $0 } == Self.paths(200))
    }

    @Test func aFileLargerThanABatchIsABatchAlone() {
        let sizes: [String: Int64] = ["p0.yaml": 10, "p1.yaml": 50, "p2.yaml": 10, "p3.yaml": 10]
        let batches = PlanBatches.cut(Self.paths(4), files: 256, bytes: 30) { sizes[$0]! }
        #expect(batches == [["p0.yaml"], ["p1.yaml"], ["p2.yaml", "p3.yaml"]])
    }

    /// The last batch is halved down to some 16 files, the others kept, every file once in order.
    @Test func theLastBatchIsTapered() {
        let cut = PlanBatches.cut(Self.paths(600), files: 256, bytes: 4 << 20) { _ in 2_000 }
        let tapered = PlanBatches.tapered(cut)
        #expect(tapered.map(\.count) == [256, 256, 44, 22, 11, 11])
        #expect(tapered.flatMap { $0 } == Self.paths(600))
        #expect(PlanBatches.tapered([Self.paths(16)]).map(\.count) == [16])
        #expect(PlanBatches.tapered([Self.paths(17)]).map(\.count) == [8, 9])
        #expect(PlanBatches.tapered([]).isEmpty)
    }

    @Test func noFilesNoBatch() {
        #expect(PlanBatches.cut([], files: 256, bytes: 4 << 20).isEmpty)
    }

    @Test func aFileThatCannotBeReadWeighsNothing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-batches-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.yaml").path
        try Data(count: 1_234).write(to: URL(fileURLWithPath: file))
        #expect(PlanBatches.size(of: file) == 1_234)
        #expect(PlanBatches.size(of: folder.appendingPathComponent("missing.yaml").path) == 0)
    }
}
