/// Why an activity that was to mark its task done was not recorded: the task is already
/// done, or cancelled. Nothing is written; the activity can be recorded without marking.
public enum ActivityDoneRefusal: UserFacingError, Hashable {
    case alreadyDone(task: String, on: CivilDate?)
    case cancelled(task: String)

    public var failure: FailureKind { .invalidInput }

    public var id: String {
        switch self {
        case .alreadyDone: return "activity.task-already-done"
        case .cancelled: return "activity.task-cancelled"
        }
    }

    public func text(_ language: Language) -> String {
        switch self {
        case .alreadyDone(let task, let on):
            let day = on.map { language.pick(" ngày \($0.vietnamese)", " on \($0.vietnamese)") } ?? ""
            return language.pick("không ghi hoạt động: nhiệm vụ '\(task)' đã hoàn thành\(day), không đánh dấu hoàn thành lần nữa",
                                 "activity not recorded: task '\(task)' was already done\(day) and is not marked done again")
        case .cancelled(let task):
            return language.pick("không ghi hoạt động: nhiệm vụ '\(task)' đã bị hủy, không thể đánh dấu hoàn thành",
                                 "activity not recorded: task '\(task)' is cancelled and cannot be marked done")
        }
    }
}
