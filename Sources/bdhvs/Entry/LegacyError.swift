import BDHVSCore

/// The core's errors that are not yet `UserFacingError`s (issue 9 makes `StoreError`,
/// and `ChangeError` conform): their text in the user's language and
/// their kind of failure. Delete this file when they conform; `Entry` then catches them
/// as `UserFacingError` first and never gets here.
struct LegacyError {
    var text: (Language) -> String
    var failure: FailureKind

    init?(_ error: Error) {
        switch error {
        case let error as StoreError:
            text = { error.message($0) }
            failure = .operational
        case let error as ChangeError:
            text = { error.message($0) }
            switch error {
            case .unknownTask, .ambiguousTask, .unknownIndicator, .ambiguousIndicator: failure = .operational
            default: failure = .invalidInput
            }
        default:
            return nil
        }
    }
}
