import BDHVSCore

/// Refusals and failures of the command line itself (files it reads and writes).
enum CommandError: UserFacingError, Equatable {
    /// An output file cannot be written.
    case cannotWrite(path: String)
    /// `activity add --done` for a task already done or cancelled: the core's reason, and the flag to leave out.
    case activityDone(ActivityDoneRefusal)

    var id: String {
        switch self {
        case .cannotWrite: return "cli.cannot-write"
        case .activityDone(let refusal): return refusal.id
        }
    }

    var failure: FailureKind {
        switch self {
        case .activityDone: return .invalidInput
        case .cannotWrite: return .operational
        }
    }

    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.cannotWrite(let path), .vi): return "không ghi được tệp '\(path)'"
        case (.cannotWrite(let path), .en): return "cannot write '\(path)'"
        case (.activityDone(let refusal), .vi): return refusal.text(.vi) + "; bỏ '--done' để chỉ ghi hoạt động"
        case (.activityDone(let refusal), .en): return refusal.text(.en) + "; leave out '--done' to record the activity alone"
        }
    }
}
