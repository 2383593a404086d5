import Foundation

/// The status facts of a package's plans before and after its merge: what the package
/// changes in the status tallies (`StatusTally`) is the second's count less the first's.
struct PackageTallyFacts: Sendable {
    var before: [StatusFacts]
    var after: [StatusFacts]
}

/// Adds up the tallies' changes of the packages merged in one transaction on a second
/// thread, while the connection goes on merging the next package: counting what each task
/// group stands for on each day its status can change is a seventh of a first import's
/// work, and needs nothing of the database once the facts are read. `drain` waits for
/// what was given and hands the sum over, to be written before the commit.
final class PackageTallyWorker: @unchecked Sendable {
    private let queue = DispatchQueue(label: "bdhvs.package-import.tally")
    /// Touched only on `queue`.
    private var tally = StatusTally.Accumulator()

    /// Adds the change of a package taken (its savepoint released).
    func add(_ facts: PackageTallyFacts) {
        queue.async { [self] in
            tally.add(StatusGroup.groups(facts.before), sign: -1)
            tally.add(StatusGroup.groups(facts.after), sign: 1)
        }
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
