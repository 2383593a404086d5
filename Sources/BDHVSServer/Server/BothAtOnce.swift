import Dispatch

/// Two independent reads done at the same time, each on its own connection: the national
/// page needs the status of every plan and the results of every commune, each about half a
/// second at 1,000,000 tasks, and one after the other they passed the page's second.
enum BothAtOnce {
    /// `first()` on this thread while `second()` runs on another; the first error thrown
    /// (the first's before the second's) is rethrown once both have ended.
    static func run<A, B: Sendable>(_ first: () throws -> A, _ second: @escaping @Sendable () throws -> B) throws -> (A, B) {
        let other = Outcome<B>()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { other.result = Result { try second() } }
        let mine = Result { try first() }
        group.wait()
        return (try mine.get(), try other.result!.get())
    }

    /// The second read's outcome, written by its thread before `group.wait()` returns.
    private final class Outcome<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }
}
