import Foundation

/// The status facts of a package's plans before and after its merge: what the package
/// changes in the status tallies (`StatusTally`) is the second's count less the first's.
struct PackageTallyFacts: Sendable {
    var before: [StatusFacts]
    var after: [StatusFacts]
}

/// What one package's merge changes in the status tallies.
enum PackageTallyChange: Sendable {
    /// The facts of its plans before and after, still to be counted.
    case facts(PackageTallyFacts)
    /// Counted already, with this database's ids (a commune's first package, `PackagePayloadTally`).
    case counts(StatusTally.Accumulator)
}
