import BDHVSCore

/// Refusals and failures of the command line itself (files it reads and writes).
enum CommandError: UserFacingError, Equatable {
    /// The officer's notes file of `report --notes` cannot be read.
    case cannotReadNotes(path: String)
    /// An output file cannot be written.
    case cannotWrite(path: String)
    /// `activity add --done` for a task already done or cancelled: the core's reason, and the flag to leave out.
    case activityDone(ActivityDoneRefusal)

    var id: String {
        switch self {
        case .cannotReadNotes: return "cli.cannot-read-notes"
        case .cannotWrite: return "cli.cannot-write"
        case .activityDone(let refusal): return refusal.id
        }
    }

    var failure: FailureKind {
        switch self {
        case .cannotReadNotes, .activityDone: return .invalidInput
        case .cannotWrite: return .operational
        }
    }

    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.cannotReadNotes(let path), .vi): return "không đọc được tệp ghi chú '\(path)'"
        case (.cannotReadNotes(let path), .en): return "cannot read the notes file '\(path)'"
        case (.cannotWrite(let path), .vi): return "không ghi được tệp '\(path)'"
        case (.cannotWrite(let path), .en): return "cannot write '\(path)'"
        case (.activityDone(let refusal), .vi): return refusal.text(.vi) + "; bỏ '--done' để chỉ ghi hoạt động"
        case (.activityDone(let refusal), .en): return refusal.text(.en) + "; leave out '--done' to record the activity alone"
        }
    }
}

/// Problems with an input file as a whole, reported at its line 1, column 1.
enum InputFileMessage: LocalizedMessage, Equatable {
    case noSuchFile
    case notUTF8

    var id: String {
        switch self {
        case .noSuchFile: return "cli.no-such-file"
        case .notUTF8: return "cli.not-utf8"
        }
    }

    func text(_ language: Language) -> String {
        switch (self, language) {
        case (.noSuchFile, .vi): return "không có tệp này"
        case (.noSuchFile, .en): return "no such file"
        case (.notUTF8, .vi): return "tệp không phải văn bản UTF-8; hãy lưu dưới dạng CSV UTF-8"
        case (.notUTF8, .en): return "the file is not UTF-8 text; save it as CSV UTF-8"
        }
    }
}
