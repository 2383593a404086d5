import BDHVSCore

/// The problems were already printed (diagnostics of a plan or CSV file); only the exit
/// code is left to choose.
struct ReportedFailure: Error {
    var failure: FailureKind
}
