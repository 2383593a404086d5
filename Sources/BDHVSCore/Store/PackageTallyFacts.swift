import Foundation

/// The status facts of a package's plans before and after its merge: what the package
/// changes in the status tallies (`StatusTally`) is the second's count less the first's.
struct PackageTallyFacts: Sendable {
    var before: [StatusFacts]
    var after: [StatusFacts]
}
