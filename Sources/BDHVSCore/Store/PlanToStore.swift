import Foundation

/// A checked plan with what its rows hold worked out ahead (`PreparedPlan`), ready for
/// `TaskStore.load(prepared:)`. A folder load prepares each plan on the checking threads
/// right after its check, so the thread that writes (the slowest step of a national load)
/// neither does this work nor waits for it.
///
/// A class: a plan and its rows are many arrays and texts, and a batch's plans are handed
/// from the checking threads to the writing thread and on; copying the struct retained
/// each of them at every step (some 80 ms of a national load's CPU, a third on the writer).
public final class PlanToStore: Sendable {
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
        batch.concurrentMap { PlanToStore($0.plan, sourcePath: $0.sourcePath) }
    }
}

/// Why a plan could not be prepared, as the store reports it.
struct PreparationFailed: Error, Sendable, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}
