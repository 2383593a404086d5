import Foundation

extension Array where Element: Sendable {
    /// `transform` of every element, worked out on every core; in the array's order.
    /// (Checking plan files and preparing their rows are independent per plan: a national
    /// load spreads them over the cores this way.)
    func concurrentMap<Mapped: Sendable>(_ transform: @Sendable (Element) -> Mapped) -> [Mapped] {
        let slots = Slots<Mapped>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, transform(self[index]))
        }
        return slots.values
    }
}

/// Results filled in by concurrent workers, each at its own index.
private final class Slots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { slots.map { $0! } }
}
