import BDHVSCore
import Foundation

/// The answers already built, kept while the database does not change. A national page at a
/// million tasks costs a noticeable fraction of a second of both cores; 200 officials opening
/// it at once would otherwise queue for many seconds for the same bytes. A change is seen
/// through SQLite's `data_version` on a connection of its own (it moves whenever another
/// connection commits: a record, a package imported), which empties the cache; so does a new
/// day, which moves every page without an `as_of`. Only successful answers are kept, at most
/// `capacity` bytes of them, the oldest dropped first.
public final class PageCache: @unchecked Sendable {
    private let watcher: TaskStore
    private let capacity: Int
    private let lock = NSLock()
    // Guarded by `lock`.
    private var version: Int?
    private var day: CivilDate?
    private var entries: [String: DashboardResponse] = [:]
    private var order: [String] = []
    private var bytes = 0

    /// A cache that watches the database through `watcher` (a read-only store of its own).
    public init(watcher: TaskStore, capacity: Int = 64 << 20) {
        self.watcher = watcher
        self.capacity = capacity
    }

    /// The kept answer to `target`, if the database and the day are those it was built for,
    /// and the database's version seen (to give back to `keep`). A changed database or day
    /// empties the cache.
    func lookUp(_ target: String, today: CivilDate) -> (response: DashboardResponse?, version: Int?) {
        let current = try? watcher.dataVersion()
        lock.lock()
        defer { lock.unlock() }
        if current == nil || current != version || today != day {
            entries = [:]
            order = []
            bytes = 0
            version = current
            day = today
        }
        return (entries[target], current)
    }

    /// Keeps `response` for `target` when it is a success that fits, dropping the oldest
    /// answers until it does; only when the database is still at `seen`, the version seen
    /// before the answer was built (else it may hold either state).
    func keep(_ response: DashboardResponse, for target: String, today: CivilDate, seen: Int?) {
        let size = response.body.utf8.count
        guard response.status == 200, size <= capacity / 4, let seen else { return }
        let current = try? watcher.dataVersion()
        lock.lock()
        defer { lock.unlock() }
        guard current == seen, version == seen, day == today, entries[target] == nil else { return }
        while bytes + size > capacity, !order.isEmpty {
            let oldest = order.removeFirst()
            bytes -= entries.removeValue(forKey: oldest)?.body.utf8.count ?? 0
        }
        entries[target] = response
        order.append(target)
        bytes += size
    }

    /// How many answers are kept (tests).
    var count: Int { lock.withLock { entries.count } }
}
