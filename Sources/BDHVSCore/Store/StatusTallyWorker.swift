import Foundation

/// Adds up the tallies' changes of a bulk replay's batch on a second thread while the
/// connection goes on: the counts each group stands for on each day its status can change
/// (a tenth of a replay's work) need nothing of the database once its facts are read, so
/// the groups read before the first change are counted while the changes are written, and
/// those read after while the next chunk is read. `drain` waits for what was given and
/// hands the sum over, to be written before the commit. (The same as a package import's
/// `PackageTallyWorker`, with a sign per call.)
final class StatusTallyWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "bdhvs.record.tally")
    /// Touched only on `queue`.
    private var tally = StatusTally.Accumulator()

    /// Adds (`sign` 1) or takes away (-1) what the groups of `facts` count for.
    func add(_ facts: [StatusFacts], sign: Int) {
        guard !facts.isEmpty else { return }
        queue.async { [self] in tally.add(StatusGroup.groups(facts), sign: sign) }
    }

    /// The sum of every change given since the last drain, once all are added up.
    func drain() -> StatusTally.Accumulator {
        queue.sync {
            let sum = tally
            tally = StatusTally.Accumulator()
            return sum
        }
    }
}
