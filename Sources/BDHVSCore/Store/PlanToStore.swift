import Foundation

/// A checked plan with what its rows hold worked out ahead (`PreparedPlan`), ready for
/// `TaskStore.load(prepared:)`. A folder load prepares each plan on the checking threads
/// right after its check, so the thread that writes (the slowest step of a national load)
/// neither does this work nor waits for it.
public struct PlanToStore: Sendable {
    public let plan: Plan
    public let sourcePath: String
    let prepared: Result<PreparedPlan, PreparationFailed>

    /// Works out the rows' values of `plan`, read from `sourcePath`; a plan whose document
    /// cannot be encoded fails alone when stored.
    public init(_ plan: Plan, sourcePath: String) {
        self.plan = plan
        self.sourcePath = sourcePath
        prepared = Result { try PreparedPlan(plan) }.mapError { PreparationFailed(reason: TaskStore.reason($0)) }
    }

    /// Prepares `batch` on every core; in the order given.
    static func all(_ batch: [(plan: Plan, sourcePath: String)]) -> [PlanToStore] {
        let slots = Slots(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count) { index in
            slots.set(index, PlanToStore(batch[index].plan, sourcePath: batch[index].sourcePath))
        }
        return slots.values
    }

    /// Results filled in by concurrent workers, each at its own index.
    private final class Slots: @unchecked Sendable {
        private var slots: [PlanToStore?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: PlanToStore) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var values: [PlanToStore] { slots.map { $0! } }
    }
}

/// Why a plan could not be prepared, as the store reports it.
struct PreparationFailed: Error, Sendable, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
