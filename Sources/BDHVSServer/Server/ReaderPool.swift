import BDHVSCore
import Dispatch
import Foundation

/// A fixed set of dashboards, each over its own read-only connection, shared by every
/// request. One connection serialises every page: with 200 clients a slow national page
/// kept the commune pages waiting for seconds. Here each request borrows an idle reader
/// (waiting, in order, when all are busy) and builds its answer on a Dispatch thread, so
/// that the blocking SQLite work never occupies the few threads Swift's tasks run on.
public final class ReaderPool: @unchecked Sendable {
    private let lock = NSLock()
    // Guarded by `lock`.
    private var idle: [Dashboard]
    private var waiting: [CheckedContinuation<Dashboard, Never>] = []

    /// How many readers there are.
    public let size: Int
    /// The answers kept while the database does not change (none: every request is built).
    let cache: PageCache?
    private let today: @Sendable () -> CivilDate

    /// A pool of `readers` (at least one, all over the same database and day), keeping
    /// answers in `cache` when there is one.
    public init(_ readers: [Dashboard], cache: PageCache? = nil) {
        precondition(!readers.isEmpty, "a pool needs a reader")
        idle = readers
        size = readers.count
        self.cache = cache
        today = readers[0].today
    }

    /// A sensible number of readers on this machine: one per core, at least 2 (so that one
    /// slow national page never holds every commune page back) and at most 8 (each
    /// connection keeps its own page cache).
    public static var defaultSize: Int { min(max(ProcessInfo.processInfo.activeProcessorCount, 2), 8) }

    /// How an answer came: kept from before, or built (after waiting for a reader, a
    /// measure of load, then building it, the page's own cost).
    enum Origin: Equatable {
        case kept
        case built(waited: Duration, building: Duration)
    }

    /// The answer to `target` and how it came; `fresh` (a reload that asks for no cached copy)
    /// builds it again.
    func answer(_ target: String, fresh: Bool = false) async -> (response: DashboardResponse, origin: Origin) {
        guard let cache else {
            let (response, waited, built) = await build(target)
            return (response, .built(waited: waited, building: built))
        }
        let day = today()
        let (kept, version) = cache.lookUp(target, today: day)
        if let kept, !fresh { return (kept, .kept) }
        let (response, waited, built) = await build(target)
        cache.keep(response, for: target, today: day, seen: version)
        return (response, .built(waited: waited, building: built))
    }

    /// Builds the answer to `target` on a borrowed reader.
    private func build(_ target: String) async -> (response: DashboardResponse, waited: Duration, built: Duration) {
        let clock = ContinuousClock(), start = clock.now
        let reader = await borrow()
        let waited = clock.now - start
        let (response, built) = await withCheckedContinuation { (done: CheckedContinuation<(DashboardResponse, Duration), Never>) in
            DispatchQueue.global().async {
                let begin = clock.now
                let response = reader.answer(target)
                done.resume(returning: (response, clock.now - begin))
            }
        }
        give(back: reader)
        return (response, waited, built)
    }

    private func borrow() async -> Dashboard {
        await withCheckedContinuation { (continuation: CheckedContinuation<Dashboard, Never>) in
            lock.lock()
            if let reader = idle.popLast() {
                lock.unlock()
                continuation.resume(returning: reader)
            } else {
                waiting.append(continuation)
                lock.unlock()
            }
        }
    }

    /// Hands `reader` to the longest waiting request, or puts it back.
    private func give(back reader: Dashboard) {
        lock.lock()
        if waiting.isEmpty {
            idle.append(reader)
            lock.unlock()
        } else {
            let next = waiting.removeFirst()
            lock.unlock()
            next.resume(returning: reader)
        }
    }
}
