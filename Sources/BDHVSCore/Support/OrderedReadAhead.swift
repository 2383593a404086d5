import Foundation

/// Values `0..<count` worked out in order on a thread of their own, at most `ahead` of them
/// waiting for the consumer, which takes them in the same order (`next`). The producer goes
/// on while the consumer handles a value, and the consumer finds the next one ready however
/// their times vary from one value to the next: a load that checked one batch ahead of the
/// one being stored left both cores idle in turn, waiting for each other.
///
/// With `weight`, the values waiting also weigh at most `weightLimit` together (one may
/// always wait, however heavy): memory stays bounded by bytes, not only by count.
final class OrderedReadAhead<Value>: @unchecked Sendable {
    private let weight: (@Sendable (Value) -> Int)?
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var ready: [Int: Value] = [:]
    private var readyWeight = 0
    private var stopping = false
    private var running = true

    /// Starts working out `produce(0)`, `produce(1)`, … `produce(count - 1)`.
    init(count: Int, ahead: Int, weightLimit: Int = .max, weight: (@Sendable (Value) -> Int)? = nil,
         produce: @escaping @Sendable (Int) -> Value) {
        precondition(ahead >= 1)
        self.weight = weight
        Thread.detachNewThread { [self] in
            for index in 0..<count {
                condition.lock()
                while !stopping && (ready.count >= ahead || (readyWeight >= weightLimit && !ready.isEmpty)) { condition.wait() }
                let stop = stopping
                condition.unlock()
                if stop { break }
                let value = produce(index)
                let weighs = weight?(value) ?? 0
                condition.lock()
                ready[index] = value
                readyWeight += weighs
                condition.broadcast()
                condition.unlock()
            }
            condition.lock()
            running = false
            condition.broadcast()
            condition.unlock()
        }
    }

    /// Value `index`, once worked out: values must be asked for in order, each once.
    func next(_ index: Int) -> Value {
        condition.lock()
        defer { condition.unlock() }
        while ready[index] == nil { condition.wait() }
        let value = ready.removeValue(forKey: index)!
        readyWeight -= weight?(value) ?? 0
        condition.broadcast()
        return value
    }

    /// Stops the producer and returns once it is done (values worked out meanwhile are dropped).
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        stopping = true
        condition.broadcast()
        while running { condition.wait() }
        ready = [:]
        readyWeight = 0
    }
}
