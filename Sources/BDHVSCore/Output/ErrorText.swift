/// Refusals and operational errors in the user's language: Vietnamese by default, the
/// English `description` with `--lang en`.
extension StoreError {
    public func message(_ l: Language) -> String {
        guard l == .vi else { return description }
        func guess(_ suggestion: String?) -> String { suggestion.map { "; có phải là '\($0)'?" } ?? "" }
        switch self {
        case .cannotOpen(let path, let reason):
            return "không mở được cơ sở dữ liệu '\(path)': \(reason)"
        case .newerDatabase(let path, let unknown):
            return "cơ sở dữ liệu '\(path)' do phiên bản bdhvs mới hơn tạo ra (\(unknown.joined(separator: ", "))); hãy nâng cấp bdhvs"
        case .databaseFailed(let reason):
            return "cơ sở dữ liệu gặp lỗi: \(reason); chưa có gì thay đổi"
        case .notADatabase(let path):
            return "'\(path)' không phải cơ sở dữ liệu của bdhvs"
        case .unknownPlan(let plan, let suggestion):
            return "chưa nạp kế hoạch '\(plan)'" + (suggestion.map { "; có phải là '\($0)'?" } ?? "; xem các kế hoạch đã nạp bằng 'bdhvs plan list'")
        case .unknownPlace(let place, let suggestion):
            return "không có kế hoạch nào đã nạp thuộc '\(place)'" + guess(suggestion)
        case .unknownAgency(let agency, let suggestion):
            return "không có cơ quan '\(agency)' trong các kế hoạch đã nạp" + guess(suggestion)
        case .noDatabase(let path):
            return "chưa có cơ sở dữ liệu '\(path)'; hãy nạp kế hoạch trước ('bdhvs plan load TỆP')"
        }
    }
}

extension ChangeError {
    public func message(_ l: Language) -> String {
        guard l == .vi else { return description }
        func guess(_ suggestion: String?) -> String { suggestion.map { "; có phải là '\($0)'?" } ?? "" }
        func list(_ items: [String]) -> String { items.map { "'\($0)'" }.joined(separator: ", ") }
        switch self {
        case .unknownTask(let task, let plan, let suggestion):
            return "không có nhiệm vụ '\(task)'" + (plan.map { " trong kế hoạch '\($0)'" } ?? " trong các kế hoạch đã nạp") + guess(suggestion)
        case .ambiguousTask(let task, let plans):
            return "nhiệm vụ '\(task)' có trong nhiều kế hoạch (\(list(plans))); hãy chỉ rõ bằng --plan"
        case .retired(let task):
            return "nhiệm vụ '\(task)' không còn trong tệp kế hoạch (đã thôi theo dõi); không thể cập nhật"
        case .rollsUp(let task, let subtasks):
            return "nhiệm vụ '\(task)' được tổng hợp từ các nhiệm vụ con (\(subtasks.joined(separator: ", "))); hãy cập nhật các nhiệm vụ con"
        case .notApplicable(let task, let state, let action, let hint):
            return "không thể \(Self.vi(action)) nhiệm vụ '\(task)': nhiệm vụ \(Self.vi(state))" + (hint.isEmpty ? "" : "; \(Self.vi(hint))")
        case .dateAfterToday(let on, let today):
            return "ngày \(on.vietnamese) sau ngày hôm nay (\(today.vietnamese)); chỉ ghi những việc đã xảy ra"
        case .dateBeforeLastChange(let on, let last, let task):
            return "ngày \(on.vietnamese) trước lần thay đổi gần nhất của nhiệm vụ '\(task)' (\(last.vietnamese)); các thay đổi được ghi theo thứ tự thời gian"
        case .percentOutOfRange(let value):
            return "tiến độ phải từ 0 đến 100, nhận được \(value)"
        case .sameDeadline(let task, let deadline):
            return "nhiệm vụ '\(task)' đã có thời hạn \(deadline.vietnamese)"
        case .notRecurring(let task):
            return "nhiệm vụ '\(task)' không phải nhiệm vụ định kỳ; --period chỉ dùng cho nhiệm vụ định kỳ"
        case .unknownPeriod(let task, let period, let example):
            return "nhiệm vụ '\(task)' không có kỳ '\(period)' trong năm kế hoạch; kỳ được ghi như '\(example)'"
        case .periodAlreadyDone(let task, let period, let on):
            return "kỳ \(period) của nhiệm vụ '\(task)' đã hoàn thành (ngày \(on.vietnamese))"
        case .periodNotStarted(let task, let period, let start):
            return "kỳ \(period) của nhiệm vụ '\(task)' bắt đầu ngày \(start.vietnamese); chưa thể hoàn thành trước đó"
        case .nothingToUndo(let by):
            return "'\(by)' không còn thay đổi nào để hoàn tác"
        case .changedSince(let task, let field):
            return "không thể hoàn tác: '\(field)' của nhiệm vụ '\(task)' đã được thay đổi sau đó; hãy hoàn tác thay đổi đó trước"
        case .groupsDoNotAddUp(let participants, let sum):
            return "tổng các nhóm đối tượng là \(Numbers.grouped(sum)), không bằng \(Numbers.grouped(participants)) người tham gia; hãy ghi đủ các nhóm cho khớp, hoặc không ghi nhóm nào"
        case .unknownGroup(let group, let suggestion):
            return "không có nhóm đối tượng '\(group)'" + (suggestion.map { "; có phải là '\($0)'?" }
                ?? "; các nhóm: nguoi-dan, hoc-sinh-sinh-vien, can-bo-cong-chuc, lao-dong-doanh-nghiep hoặc nhóm của kế hoạch")
        case .duplicateGroup(let group):
            return "nhóm đối tượng '\(group)' được ghi hai lần"
        case .unknownIndicator(let indicator, let plan, let suggestion):
            return "không có chỉ tiêu '\(indicator)'" + (plan.map { " trong kế hoạch '\($0)'" } ?? " trong các kế hoạch đã nạp") + guess(suggestion)
        case .ambiguousIndicator(let indicator, let plans):
            return "chỉ tiêu '\(indicator)' có trong nhiều kế hoạch (\(list(plans))); hãy chỉ rõ bằng --plan"
        case .unknownSource(let source, let plan, let known):
            return "kế hoạch '\(plan)' không có nguồn kinh phí '\(source)'"
                + (known.isEmpty ? "; phần kinh phí của kế hoạch chưa ghi nguồn nào" : "; các nguồn: " + list(known))
        case .percentOver100(let indicator, let value):
            return "chỉ tiêu '\(indicator)' là tỷ lệ phần trăm; \(value) lớn hơn 100"
        case .ratioNotForCount(let indicator):
            return "chỉ tiêu '\(indicator)' là số lượng; hãy ghi --value, không ghi tử số và mẫu số"
        case .numeratorOverDenominator(let numerator, let denominator):
            return "tử số \(Numbers.grouped(numerator)) lớn hơn mẫu số \(Numbers.grouped(denominator))"
        case .wholeNumberNeeded(let indicator, let value):
            return "chỉ tiêu '\(indicator)' là số lượng; \(value) không phải số nguyên"
        case .notPositive(let what, let value):
            return "\(Self.vi(what)) phải lớn hơn 0, nhận được \(value)"
        }
    }

    /// The Vietnamese of the fragments `ChangePlanner` puts in a refusal.
    private static func vi(_ english: String) -> String {
        if english.hasPrefix("done (on ") { return "đã hoàn thành (ngày " + english.dropFirst("done (on ".count) }
        let words: [String: String] = [
            "start": "bắt đầu", "mark done": "đánh dấu hoàn thành", "pause": "tạm hoãn", "cancel": "hủy", "reopen": "mở lại",
            "record progress of": "ghi tiến độ", "done": "đã hoàn thành", "cancelled": "đã hủy", "paused": "đang tạm hoãn",
            "already started": "đã bắt đầu", "not started": "chưa bắt đầu", "reopen it first": "hãy mở lại trước",
            "start or reopen it first": "hãy bắt đầu hoặc mở lại trước", "the amount": "số tiền", "the denominator": "mẫu số",
        ]
        return words[english] ?? english
    }
}

extension StoreError: UserFacingError {
    public var id: String { "store." + String(describing: self).prefix { $0 != "(" } }
    public func text(_ language: Language) -> String { message(language) }
    public var failure: FailureKind { .operational }
}

extension ChangeError: UserFacingError {
    public var id: String { "change." + String(describing: self).prefix { $0 != "(" } }
    public func text(_ language: Language) -> String { message(language) }
    public var failure: FailureKind {
        switch self {
        case .unknownTask, .ambiguousTask, .unknownIndicator, .ambiguousIndicator: return .operational
        default: return .invalidInput
        }
    }
}
