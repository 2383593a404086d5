import Foundation
import Testing
@testable import BDHVSCore

/// Values worked out ahead on a thread of their own: handed over in order, never more than
/// `ahead` waiting, and a consumer that stops early is not kept waiting.
@Suite struct OrderedReadAheadTests {
    /// What the producer has done, read by the test.
    final class Trace: @unchecked Sendable {
        private let lock = NSLock()
        private var produced = 0
        func produce() -> Int { lock.withLock { produced += 1; return produced } }
        var count: Int { lock.withLock { produced } }
    }

    @Test func valuesComeInOrder() {
        let readAhead = OrderedReadAhead(count: 50, ahead: 2) { index in index * index }
        let values = (0..<50).map { readAhead.next($0) }
        readAhead.stop()
        #expect(values == (0..<50).map { $0 * $0 })
    }

    /// With the consumer not taking anything, the producer works out `ahead` values and waits.
    @Test func theProducerWaitsWhenAheadValuesWait() {
        let trace = Trace()
        let readAhead = OrderedReadAhead(count: 100, ahead: 3) { index in _ = trace.produce(); return index }
        #expect(readAhead.next(0) == 0)
        // Some time for the producer to run as far as it may: the one taken, three waiting.
        Thread.sleep(forTimeInterval: 0.2)
        #expect(trace.count == 4)
        readAhead.stop()
        #expect(trace.count == 4)
    }

    /// A consumer that stops after a few values (an error while storing a batch) returns at
    /// once: the producer ends without working out the rest.
    @Test func stoppingEndsTheProducer() {
        let trace = Trace()
        let readAhead = OrderedReadAhead(count: 1_000, ahead: 2) { index in _ = trace.produce(); return index }
        #expect(readAhead.next(0) == 0)
        #expect(readAhead.next(1) == 1)
        readAhead.stop()
        let after = trace.count
        #expect(after <= 4)
        Thread.sleep(forTimeInterval: 0.1)
        #expect(trace.count == after)
    }

    /// A folder load whose storing fails on the second batch stops there, with the error.
    @Test func aBatchLoadStopsAtTheFirstError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ordered-read-ahead-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try (0..<40).map { index in
            let path = folder.appendingPathComponent("p\(index).yaml").path
            try Data("format: 1\n".utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        struct Stop: Error {}
        var handled: [Int] = []
        #expect(throws: Stop.self) {
            try PlanLoader.forEachBatch(of: paths, size: 10) { batch in
                handled.append(batch.count)
                if handled.count == 2 { throw Stop() }
            }
        }
        #expect(handled == [10, 10])
        var all: [String] = []
        try PlanLoader.forEachBatch(of: paths, size: 10) { batch in all += batch.map(\.path) }
        #expect(all == paths)
    }
}
