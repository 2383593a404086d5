import Foundation

/// Adds up the tallies' changes of the writes of one transaction on a second thread while
/// the connection goes on: the counts each task group stands for on each day its status can
/// change need nothing of the database once its facts are read. A bulk replay gives the
/// groups read before its first change (taken away) and after (added), counted while the
/// changes are written and the next chunk read; a package import gives its plans' facts
/// before and after each package's merge while the next package merges. `drain` waits for
/// what was given and hands the sum over, to be written before the commit.
final class StatusTallyWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "bdhvs.tally")
    /// Touched only on `queue`.
    private var tally = StatusTally.Accumulator()

    /// Adds (`sign` 1) or takes away (-1) what the groups of `facts` count for.
    func add(_ facts: [StatusFacts], sign: Int) {
        guard !facts.isEmpty else { return }
        queue.async { [self] in tally.add(StatusGroup.groups(facts), sign: sign) }
    }

    /// Adds changes already counted.
    func add(_ counts: StatusTally.Accumulator) {
        queue.async { [self] in tally.merge(counts) }
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
