extension ChangeError: UserFacingError {
    public var id: String {
        switch self {
        case .unknownTask: return "change.unknown-task"
        case .ambiguousTask: return "change.ambiguous-task"
        case .retired: return "change.retired"
        case .rollsUp: return "change.rolls-up"
        case .notApplicable: return "change.not-applicable"
        case .dateAfterToday: return "change.date-after-today"
        case .dateBeforeLastChange: return "change.date-before-last-change"
        case .dateBeforePlan: return "change.date-before-plan"
        case .percentOutOfRange: return "change.percent-out-of-range"
        case .sameDeadline: return "change.same-deadline"
        case .notRecurring: return "change.not-recurring"
        case .unknownPeriod: return "change.unknown-period"
        case .periodAlreadyDone: return "change.period-already-done"
        case .periodNotStarted: return "change.period-not-started"
        case .periodBeforeTaskStart: return "change.period-before-task-start"
        case .nothingToUndo: return "change.nothing-to-undo"
        case .undoRetired: return "change.undo-retired"
        case .undoRetiredIndicator: return "change.undo-retired-indicator"
        case .changedSince: return "change.changed-since"
        case .groupsDoNotAddUp: return "change.groups-do-not-add-up"
        case .unknownGroup: return "change.unknown-group"
        case .duplicateGroup: return "change.duplicate-group"
        case .unknownIndicator: return "change.unknown-indicator"
        case .ambiguousIndicator: return "change.ambiguous-indicator"
        case .unknownSource: return "change.unknown-source"
        case .percentOver100: return "change.percent-over-100"
        case .ratioNotForCount: return "change.ratio-not-for-count"
        case .numeratorOverDenominator: return "change.numerator-over-denominator"
        case .wholeNumberNeeded: return "change.whole-number-needed"
        case .percentForCount: return "change.percent-for-count"
        case .notPositive: return "change.not-positive"
        case .controlCharacter: return "change.control-character"
        case .lineBreak: return "change.line-break"
        case .emptyNote: return "change.empty-note"
        case .textTooLong: return "change.text-too-long"
        }
    }

    /// Every change refused is the input's: an unknown or ambiguous task or indicator is a
    /// name the person typed, to correct like any other bad value (exit 1, as an unknown
    /// group or village is).
    public var failure: FailureKind { .invalidInput }

    public func text(_ language: Language) -> String {
        language == .vi ? vietnamese : english
    }

    private var vietnamese: String {
        func guess(_ suggestion: String?) -> String { suggestion.map { "; có phải là '\($0)'?" } ?? "" }
        func list(_ items: [String]) -> String { items.map { "'\($0)'" }.joined(separator: ", ") }
        switch self {
        case .unknownTask(let task, let plan, let suggestion):
            return "không có nhiệm vụ '\(task)'" + (plan.map { " trong kế hoạch '\($0)'" } ?? " trong các kế hoạch đã nạp") + guess(suggestion)
        case .ambiguousTask(let task, let plans):
            return "nhiệm vụ '\(task)' có trong nhiều kế hoạch (\(list(plans))); hãy chỉ rõ kế hoạch"
        case .retired(let task):
            return "nhiệm vụ '\(task)' không còn trong tệp kế hoạch (đã thôi theo dõi); không thể cập nhật"
        case .rollsUp(let task, let subtasks):
            return "nhiệm vụ '\(task)' được tổng hợp từ các nhiệm vụ con (\(subtasks.joined(separator: ", "))); hãy cập nhật các nhiệm vụ con"
        case .notApplicable(let task, let attempt, let state, let completedOn):
            let hint = Self.hint(state).map { "; " + $0.vi } ?? ""
            return "không thể \(attempt.vi) nhiệm vụ '\(task)': nhiệm vụ \(Self.described(state, completedOn).vi)" + hint
        case .dateAfterToday(let on, let today):
            return "ngày \(on.vietnamese) sau ngày hôm nay (\(today.vietnamese)); chỉ ghi những việc đã xảy ra"
        case .dateBeforePlan(let on, let plan, let years):
            let span = years.count == 1 ? "năm \(years.lowerBound)" : "giai đoạn \(years.lowerBound) - \(years.upperBound)"
            return "ngày \(on.vietnamese) trước thời gian của kế hoạch '\(plan)' (\(span)); chỉ ghi những việc thực hiện từ ngày 01/01/\(years.lowerBound) trở đi"
        case .dateBeforeLastChange(let on, let last, let task):
            return "ngày \(on.vietnamese) trước lần thay đổi gần nhất của nhiệm vụ '\(task)' (\(last.vietnamese)); các thay đổi được ghi theo thứ tự thời gian"
        case .percentOutOfRange(let value):
            return "tiến độ phải từ 0 đến 100, nhận được \(value)"
        case .sameDeadline(let task, let deadline):
            return "nhiệm vụ '\(task)' đã có thời hạn \(deadline.vietnamese)"
        case .notRecurring(let task):
            return "nhiệm vụ '\(task)' không phải nhiệm vụ định kỳ; chỉ nhiệm vụ định kỳ mới hoàn thành theo kỳ"
        case .unknownPeriod(let task, let period, let example):
            return "nhiệm vụ '\(task)' không có kỳ '\(period)' trong năm kế hoạch; kỳ được ghi như '\(example)'"
        case .periodAlreadyDone(let task, let period, let on):
            return "kỳ \(period) của nhiệm vụ '\(task)' đã hoàn thành (ngày \(on.vietnamese))"
        case .periodNotStarted(let task, let period, let start):
            return "kỳ \(period) của nhiệm vụ '\(task)' bắt đầu ngày \(start.vietnamese); chưa thể hoàn thành trước đó"
        case .periodBeforeTaskStart(let task, let period, let start, let first):
            return "kỳ \(period) đã kết thúc trước khi nhiệm vụ '\(task)' bắt đầu (ngày \(start.vietnamese)), nên không phải là một kỳ của nhiệm vụ; kỳ đầu tiên là \(first)"
        case .nothingToUndo(let by) where by.isEmpty:
            return "không còn thay đổi nào không rõ người ghi để hoàn tác"
        case .nothingToUndo(let by):
            return "'\(by)' không còn thay đổi nào để hoàn tác"
        case .undoRetired(let plan, let task, let change):
            return "không thể hoàn tác thay đổi #\(change): nhiệm vụ '\(plan)/\(task)' không còn trong tệp kế hoạch (đã thôi theo dõi), dữ liệu đã ghi của nhiệm vụ được giữ nguyên"
        case .undoRetiredIndicator(let plan, let indicator, let change):
            return "không thể hoàn tác thay đổi #\(change): chỉ tiêu '\(plan)/\(indicator)' không còn trong tệp kế hoạch (đã thôi theo dõi), các số đo đã ghi của chỉ tiêu được giữ nguyên"
        case .changedSince(let task, let field):
            return "không thể hoàn tác: '\(field)' của nhiệm vụ '\(task)' đã được thay đổi sau đó; hãy hoàn tác thay đổi đó trước"
        case .groupsDoNotAddUp(let participants, let sum):
            return "tổng các nhóm đối tượng là \(Numbers.grouped(sum)), không bằng \(Numbers.grouped(participants)) người tham gia; hãy ghi đủ các nhóm cho khớp, hoặc không ghi nhóm nào"
        case .unknownGroup(let group, let suggestion):
            return "không có nhóm đối tượng '\(group)'" + (suggestion.map { "; có phải là '\($0)'?" }
                ?? "; các nhóm: nguoi-dan, hoc-sinh-sinh-vien, cbccvc, lao-dong-doanh-nghiep hoặc nhóm của kế hoạch")
        case .duplicateGroup(let group):
            return "nhóm đối tượng '\(group)' được ghi hai lần"
        case .unknownIndicator(let indicator, let plan, let suggestion):
            return "không có chỉ tiêu '\(indicator)'" + (plan.map { " trong kế hoạch '\($0)'" } ?? " trong các kế hoạch đã nạp") + guess(suggestion)
        case .ambiguousIndicator(let indicator, let plans):
            return "chỉ tiêu '\(indicator)' có trong nhiều kế hoạch (\(list(plans))); hãy chỉ rõ kế hoạch"
        case .unknownSource(let source, let plan, let known):
            return "kế hoạch '\(plan)' không có nguồn kinh phí '\(source)'"
                + (known.isEmpty ? "; phần kinh phí của kế hoạch chưa ghi nguồn nào" : "; các nguồn: " + list(known))
        case .percentOver100(let indicator, let value):
            return "chỉ tiêu '\(indicator)' là tỷ lệ phần trăm; \(value) lớn hơn 100"
        case .ratioNotForCount(let indicator):
            return "chỉ tiêu '\(indicator)' là số lượng; hãy ghi giá trị, không ghi tử số và mẫu số"
        case .numeratorOverDenominator(let numerator, let denominator):
            return "tử số \(Numbers.grouped(numerator)) lớn hơn mẫu số \(Numbers.grouped(denominator))"
        case .wholeNumberNeeded(let indicator, let value):
            return "chỉ tiêu '\(indicator)' là số lượng; \(value) không phải số nguyên"
        case .percentForCount(let indicator, let value):
            return "chỉ tiêu '\(indicator)' là số lượng, không phải tỷ lệ phần trăm; hãy ghi số lượng, không có dấu '%' (nhận được \(value))"
        case .notPositive(let quantity, let value):
            return "\(quantity == .amount ? "số tiền" : "mẫu số") phải lớn hơn 0, nhận được \(value)"
        case .controlCharacter(let text, let code):
            return "'\(TextLimits.excerpt(text))' có ký tự điều khiển \(TypedText.code(code)); hãy xóa ký tự này"
        case .lineBreak(let text):
            return "'\(Self.firstLine(text))' có chỗ xuống dòng; nội dung này chỉ được viết trên một dòng"
        case .textTooLong(let text, let length, let limit):
            return "văn bản '\(TextLimits.excerpt(text))' dài \(Numbers.grouped(length)) ký tự; tối đa \(Numbers.grouped(limit)) ký tự"
        case .emptyNote(let task):
            return "ghi chú cho nhiệm vụ '\(task)' không có nội dung; hãy ghi nội dung cần lưu"
        }
    }

    private var english: String {
        func guess(_ suggestion: String?) -> String { suggestion.map { "; did you mean '\($0)'?" } ?? "" }
        func list(_ items: [String]) -> String { items.map { "'\($0)'" }.joined(separator: ", ") }
        switch self {
        case .unknownTask(let task, let plan, let suggestion):
            return "no task '\(task)'" + (plan.map { " in plan '\($0)'" } ?? " in the loaded plans") + guess(suggestion)
        case .ambiguousTask(let task, let plans):
            return "task '\(task)' is in several plans (\(list(plans))); name the plan"
        case .retired(let task):
            return "task '\(task)' is no longer in its plan file (retired); it cannot be updated"
        case .rollsUp(let task, let subtasks):
            return "task '\(task)' rolls up from its sub-tasks (\(subtasks.joined(separator: ", "))); update those instead"
        case .notApplicable(let task, let attempt, let state, let completedOn):
            let hint = Self.hint(state).map { "; " + $0.en } ?? ""
            return "cannot \(attempt.en) task '\(task)': it is \(Self.described(state, completedOn).en)" + hint
        case .dateAfterToday(let on, let today):
            return "the date \(on.vietnamese) is after today (\(today.vietnamese)); record what has happened"
        case .dateBeforePlan(let on, let plan, let years):
            let span = years.count == 1 ? "\(years.lowerBound)" : "\(years.lowerBound) - \(years.upperBound)"
            return "the date \(on.vietnamese) is before the time of plan '\(plan)' (\(span)); record what was done from 01/01/\(years.lowerBound) on"
        case .dateBeforeLastChange(let on, let last, let task):
            return "the date \(on.vietnamese) is before the last change of task '\(task)' (\(last.vietnamese)); changes are recorded in the order they happened"
        case .percentOutOfRange(let value):
            return "percent must be between 0 and 100, found \(value)"
        case .sameDeadline(let task, let deadline):
            return "task '\(task)' is already due \(deadline.vietnamese)"
        case .notRecurring(let task):
            return "task '\(task)' is not a recurring duty; only recurring duties are done by period"
        case .unknownPeriod(let task, let period, let example):
            return "task '\(task)' has no period '\(period)' in its plan's year; periods look like '\(example)'"
        case .periodAlreadyDone(let task, let period, let on):
            return "period \(period) of task '\(task)' is already done (on \(on.vietnamese))"
        case .periodNotStarted(let task, let period, let start):
            return "period \(period) of task '\(task)' starts on \(start.vietnamese); it cannot be done before it starts"
        case .periodBeforeTaskStart(let task, let period, let start, let first):
            return "period \(period) ended before task '\(task)' starts (on \(start.vietnamese)), so it is not one of the task's periods; its first period is \(first)"
        case .nothingToUndo(let by) where by.isEmpty:
            return "no change recorded with no name is left to undo"
        case .nothingToUndo(let by):
            return "'\(by)' has no change left to undo"
        case .undoRetired(let plan, let task, let change):
            return "cannot undo change #\(change): task '\(plan)/\(task)' is no longer in its plan file (retired), and what was recorded for it stays as it is"
        case .undoRetiredIndicator(let plan, let indicator, let change):
            return "cannot undo change #\(change): indicator '\(plan)/\(indicator)' is no longer in its plan file (retired), and the measurements recorded for it stay as they are"
        case .changedSince(let task, let field):
            return "cannot undo: the \(field) of task '\(task)' was changed again since; undo that change first"
        case .groupsDoNotAddUp(let participants, let sum):
            return "the target groups add up to \(Numbers.grouped(sum)), not to the \(Numbers.grouped(participants)) participants; give every group so that they add up, or none"
        case .unknownGroup(let group, let suggestion):
            return "unknown target group '\(group)'" + (suggestion.map { "; did you mean '\($0)'?" }
                ?? "; expected nguoi-dan, hoc-sinh-sinh-vien, cbccvc, lao-dong-doanh-nghiep or a group of the plan")
        case .duplicateGroup(let group):
            return "target group '\(group)' is given twice"
        case .unknownIndicator(let indicator, let plan, let suggestion):
            return "no indicator '\(indicator)'" + (plan.map { " in plan '\($0)'" } ?? " in the loaded plans") + guess(suggestion)
        case .ambiguousIndicator(let indicator, let plans):
            return "indicator '\(indicator)' is in several plans (\(list(plans))); name the plan"
        case .unknownSource(let source, let plan, let known):
            return "no funding source '\(source)' in plan '\(plan)'"
                + (known.isEmpty ? "; the plan's budget lists none" : "; expected one of " + list(known))
        case .percentOver100(let indicator, let value):
            return "indicator '\(indicator)' is a percentage; \(value) is over 100"
        case .ratioNotForCount(let indicator):
            return "indicator '\(indicator)' is a count; give a value, not a numerator and denominator"
        case .numeratorOverDenominator(let numerator, let denominator):
            return "the numerator \(Numbers.grouped(numerator)) is larger than the denominator \(Numbers.grouped(denominator))"
        case .wholeNumberNeeded(let indicator, let value):
            return "indicator '\(indicator)' is a count; \(value) is not a whole number"
        case .percentForCount(let indicator, let value):
            return "indicator '\(indicator)' is a count, not a percentage; give the count without '%' (found \(value))"
        case .notPositive(let quantity, let value):
            return "the \(quantity.rawValue) must be more than 0, found \(value)"
        case .controlCharacter(let text, let code):
            return "'\(TextLimits.excerpt(text))' holds the control character \(TypedText.code(code)); remove it"
        case .lineBreak(let text):
            return "'\(Self.firstLine(text))' holds a line break; this text is written on one line"
        case .textTooLong(let text, let length, let limit):
            return "the text '\(TextLimits.excerpt(text))' is \(Language.en.number(length)) characters long; at most \(Language.en.number(limit)) are allowed"
        case .emptyNote(let task):
            return "the note for task '\(task)' is empty; write what is to be kept"
        }
    }

    /// A word in both languages.
    private typealias Words = (vi: String, en: String)

    /// How a refusal describes the state a task is in.
    private static func described(_ state: WorkState, _ completedOn: CivilDate?) -> Words {
        switch state {
        case .done:
            let on = completedOn.map { (" (ngày \($0.vietnamese))", " (on \($0.vietnamese))") } ?? ("", "")
            return ("đã hoàn thành" + on.0, "done" + on.1)
        case .cancelled: return ("đã hủy", "cancelled")
        case .paused: return ("đang tạm hoãn", "paused")
        case .started: return ("đã bắt đầu", "already started")
        case .open: return ("chưa bắt đầu", "not started")
        }
    }

    /// What to do first, for a task in a state that blocks the attempt.
    private static func hint(_ state: WorkState) -> Words? {
        switch state {
        case .done, .cancelled: return ("hãy mở lại trước", "reopen it first")
        case .paused: return ("hãy bắt đầu hoặc mở lại trước", "start or reopen it first")
        case .open, .started: return nil
        }
    }
}

extension ChangeError.Attempt {
    fileprivate var vi: String {
        switch self {
        case .start: return "bắt đầu"
        case .markDone: return "đánh dấu hoàn thành"
        case .pause: return "tạm hoãn"
        case .cancel: return "hủy"
        case .reopen: return "mở lại"
        case .recordProgress: return "ghi tiến độ"
        }
    }

    fileprivate var en: String {
        switch self {
        case .start: return "start"
        case .markDone: return "mark done"
        case .pause: return "pause"
        case .cancel: return "cancel"
        case .reopen: return "reopen"
        case .recordProgress: return "record progress of"
        }
    }
}

extension ChangeError {
    /// The text up to its first line break, then "…": a finding stays on one line.
    fileprivate static func firstLine(_ text: String) -> String {
        let line = text.unicodeScalars.prefix { ScalarKind($0) != .lineBreak }
        return TextLimits.excerpt(String(String.UnicodeScalarView(line))) + "…"
    }
}
