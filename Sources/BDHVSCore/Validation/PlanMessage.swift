/// What the plan rules find beyond the schema: ids used twice, references to nothing, sums
/// that do not add up, indicator targets that cannot be, in both languages.
public enum PlanMessage: LocalizedMessage, Hashable {
    case duplicateAgencyID(String, firstLine: Int)
    /// A name (alias or full name) of `agency` that already names `other`.
    case nameOfTwoAgencies(name: String, agency: String, other: String, firstLine: Int)
    /// An agency reference that names no agency: a close one (id and name), or the ids.
    case unknownAgency(String, suggestion: (id: String, name: String)?, known: [String])
    /// `known` is listed when there is no suggestion and the list is short enough to help.
    case unknownTargetGroup(String, suggestion: String?, known: [String])
    case unknownFundingSource(String, known: [String])
    case duplicateTargetGroup(String)
    case duplicateVillageID(String, firstLine: Int)
    case duplicateTaskID(String, firstLine: Int)
    /// A task due before the plan's first year (a warning): a year typed wrong ("Tháng 8/2019"
    /// in a plan of 2025), or a task carried over from the year before.
    case deadlineBeforePlan(task: String, deadline: CivilDate, firstYear: Int)
    case checkInNeedsOngoing(task: String, timeline: String)
    case budgetTotalMismatch(total: Int64, sum: Int64)
    /// The estimates add up to more than a 64-bit number holds.
    case estimatesTooLarge
    case duplicateIndicatorID(String, firstLine: Int)
    case percentWithoutOf(String)
    case percentOver100(String, value: String)
    case atMostOneDecimal(String)
    case countNotWhole(String, unit: String?)
    case unknownTask(String, suggestion: String?)
    /// A value of the right kind that the model cannot hold.
    case unreadableNumber(key: String, value: String)
    /// A timeline or date that cannot be read, in the timeline's own words.
    case timeline(TimelineProblem)
    /// A key a plan of its level needs ('commune' for a commune, 'province' for a province).
    case levelNeedsKey(key: String, level: String)
    /// 'commune_kind' says another kind of commune than 'level'.
    case levelConflictsWithKind(level: String, kind: String)
    /// Neither 'year' nor 'years'.
    case needsYear
    case yearsOutOfOrder(String)
    case yearOutsideYears(year: Int, years: String)
    case duplicateGroupID(String, firstLine: Int)
    case unknownGroup(String, suggestion: String?, known: [String])
    case targetNotUnderstood(String, text: String)
    case targetRangeReversed(String, text: String)
    case horizonYear(String, year: Int, planYear: Int)
    /// A value `plan new` or `plan import` writes for the officer to replace ('Chưa rõ').
    case placeholder(key: String, value: String)

    public var id: String {
        switch self {
        case .duplicateAgencyID: return "plan.duplicate-agency-id"
        case .nameOfTwoAgencies: return "plan.name-of-two-agencies"
        case .unknownAgency: return "plan.unknown-agency"
        case .unknownTargetGroup: return "plan.unknown-target-group"
        case .unknownFundingSource: return "plan.unknown-funding-source"
        case .duplicateTargetGroup: return "plan.duplicate-target-group"
        case .duplicateVillageID: return "plan.duplicate-village-id"
        case .duplicateTaskID: return "plan.duplicate-task-id"
        case .deadlineBeforePlan: return "plan.deadline-before-plan"
        case .checkInNeedsOngoing: return "plan.check-in-needs-ongoing"
        case .budgetTotalMismatch: return "plan.budget-total-mismatch"
        case .estimatesTooLarge: return "plan.estimates-too-large"
        case .duplicateIndicatorID: return "plan.duplicate-indicator-id"
        case .percentWithoutOf: return "plan.percent-without-of"
        case .percentOver100: return "plan.percent-over-100"
        case .atMostOneDecimal: return "plan.at-most-one-decimal"
        case .countNotWhole: return "plan.count-not-whole"
        case .unknownTask: return "plan.unknown-task"
        case .unreadableNumber: return "plan.unreadable-number"
        case .timeline: return "plan.timeline"
        case .levelNeedsKey: return "plan.level-needs-key"
        case .levelConflictsWithKind: return "plan.level-conflicts-with-kind"
        case .needsYear: return "plan.needs-year"
        case .yearsOutOfOrder: return "plan.years-out-of-order"
        case .yearOutsideYears: return "plan.year-outside-years"
        case .duplicateGroupID: return "plan.duplicate-group-id"
        case .unknownGroup: return "plan.unknown-group"
        case .targetNotUnderstood: return "plan.target-not-understood"
        case .targetRangeReversed: return "plan.target-range-reversed"
        case .horizonYear: return "plan.horizon-year"
        case .placeholder: return "plan.placeholder"
        }
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .en: return english
        case .vi: return vietnamese
        }
    }

    private var english: String {
        switch self {
        case .duplicateAgencyID(let id, let line): return "duplicate agency id '\(id)'; it is already used at line \(line)"
        case .nameOfTwoAgencies(let name, let agency, let other, let line):
            return "name '\(name)' of agency '\(agency)' already names agency '\(other)' at line \(line); a name must point to one agency"
        case .unknownAgency(let reference, let guess?, _): return "unknown agency '\(reference)'; did you mean '\(guess.id)' (\(guess.name))?"
        case .unknownAgency(let reference, nil, let known):
            return "unknown agency '\(reference)'; expected the id, name or an alias of an agency listed under 'agencies' (\(quoted(known, ", ")))"
        case .unknownTargetGroup(let group, let guess?, _): return "unknown target group '\(group)'; did you mean '\(guess)'?"
        case .unknownTargetGroup(let group, nil, let known):
            return "unknown target group '\(group)'" + (known.isEmpty ? "" : "; expected one of \(quoted(known, ", "))")
        case .unknownFundingSource(let source, let known):
            return "unknown funding source '\(source)'; expected one of the ids under 'budget.sources'"
                + (known.isEmpty ? " (there are none)" : " (\(quoted(known, ", ")))")
        case .duplicateTargetGroup(let id): return "target group '\(id)' is already defined"
        case .duplicateVillageID(let id, let line): return "duplicate village id '\(id)'; it is already used at line \(line)"
        case .duplicateTaskID(let id, let line): return "duplicate task id '\(id)'; it is already used at line \(line)"
        case .deadlineBeforePlan(let task, let deadline, let year):
            return "task '\(task)' is due \(deadline.vietnamese), before \(year), the plan's first year; check the year (the task is overdue from the start)"
        case .checkInNeedsOngoing(let task, let timeline):
            return "'check_in' applies to ongoing tasks ('Thường xuyên'); task '\(task)' has timeline '\(timeline)'"
        case .budgetTotalMismatch(let total, let sum):
            return "budget total \(Money.format(total)) đồng does not equal the sum of the task estimates, \(Money.format(sum)) đồng"
        case .estimatesTooLarge:
            return "the task estimates add up to more than \(Money.format(Int64.max)) đồng; check the estimates"
        case .duplicateIndicatorID(let id, let line): return "duplicate indicator id '\(id)'; it is already used at line \(line)"
        case .percentWithoutOf(let id):
            return "indicator '\(id)' is a percentage; add 'of' to say what it is a percentage of (e.g. 'người dân trong độ tuổi trưởng thành')"
        case .percentOver100(let id, let value): return "target of indicator '\(id)' is a percentage and cannot exceed 100, found \(value)"
        case .atMostOneDecimal(let id): return "target of indicator '\(id)' may have at most one decimal, e.g. 85.5"
        case .countNotWhole(let id, let unit): return "target of indicator '\(id)' counts \(unit ?? "people") and must be a whole number"
        case .unknownTask(let task, let guess): return "unknown task '\(task)'" + (guess.map { "; did you mean '\($0)'?" } ?? "")
        case .unreadableNumber(let key, let value): return "'\(key)' cannot be read: the value '\(value)' is out of range"
        case .timeline(let problem): return problem.text(.en)
        case .levelNeedsKey(let key, let level): return "missing required key '\(key)' for a plan of level '\(level)'"
        case .levelConflictsWithKind(let level, let kind):
            return "'commune_kind' is '\(kind)' but 'level' is '\(level)'; write one of them, or make them agree"
        case .needsYear: return "missing required key 'year' (or 'years' for a multi-year plan) in the plan"
        case .yearsOutOfOrder(let years):
            return "'years' must be a first year and a later last year, both from 2000 to 2100, found '\(years)'"
        case .yearOutsideYears(let year, let years): return "'year' \(year) is not one of the years '\(years)'"
        case .duplicateGroupID(let id, let line): return "duplicate group id '\(id)'; it is already used at line \(line)"
        case .unknownGroup(let group, let guess?, _): return "unknown task group '\(group)'; did you mean '\(guess)'?"
        case .unknownGroup(let group, nil, let known):
            return "unknown task group '\(group)'" + (known.isEmpty ? "; the plan has no 'groups'" : "; the groups: \(quoted(known, ", "))")
        case .targetNotUnderstood(let id, let text):
            return "target of indicator '\(id)' cannot be read: '\(text)'; write a number or a phrase such as "
                + "'không thấp hơn 85%', 'trên 85%', 'tối đa 5%', '≤ 50', '40 - 50%', '> 0,7'"
        case .targetRangeReversed(let id, let text): return "target of indicator '\(id)' is a range whose end is below its start: '\(text)'"
        case .horizonYear(let id, let year, let planYear):
            return "horizon \(year) of indicator '\(id)' must be a later year than the plan's \(planYear), each once"
        case .placeholder(let key, let value):
            let what = ["commune": "the commune's (or ward's) name", "province": "the province's name",
                        "issuer": "the body that issued the plan"][key] ?? "the value"
            return "'\(value)' in '\(key)' is a placeholder to fill in: write \(what)"
        }
    }

    private var vietnamese: String {
        switch self {
        case .duplicateAgencyID(let id, let line): return "mã cơ quan '\(id)' bị trùng; mã này đã dùng ở dòng \(line)"
        case .nameOfTwoAgencies(let name, let agency, let other, let line):
            return "tên '\(name)' của cơ quan '\(agency)' đã là tên của cơ quan '\(other)' ở dòng \(line); mỗi tên chỉ được chỉ một cơ quan"
        case .unknownAgency(let reference, let guess?, _): return "không có cơ quan '\(reference)'; có phải là '\(guess.id)' (\(guess.name))?"
        case .unknownAgency(let reference, nil, let known):
            return "không có cơ quan '\(reference)'; cần mã, tên hoặc tên gọi khác của một cơ quan trong 'agencies' (\(quoted(known, ", ")))"
        case .unknownTargetGroup(let group, let guess?, _): return "không có nhóm đối tượng '\(group)'; có phải là '\(guess)'?"
        case .unknownTargetGroup(let group, nil, let known):
            return "không có nhóm đối tượng '\(group)'" + (known.isEmpty ? "" : "; các nhóm: \(quoted(known, ", "))")
        case .unknownFundingSource(let source, let known):
            return "không có nguồn kinh phí '\(source)'; cần một mã trong 'budget.sources'"
                + (known.isEmpty ? " (chưa có nguồn nào)" : " (\(quoted(known, ", ")))")
        case .duplicateTargetGroup(let id): return "nhóm đối tượng '\(id)' đã được định nghĩa"
        case .duplicateVillageID(let id, let line): return "mã thôn, tổ dân phố '\(id)' bị trùng; mã này đã dùng ở dòng \(line)"
        case .duplicateTaskID(let id, let line): return "mã nhiệm vụ '\(id)' bị trùng; mã này đã dùng ở dòng \(line)"
        case .deadlineBeforePlan(let task, let deadline, let year):
            return "nhiệm vụ '\(task)' có thời hạn \(deadline.vietnamese), trước năm \(year) là năm bắt đầu của kế hoạch; hãy kiểm tra lại năm (nhiệm vụ sẽ quá hạn ngay từ đầu)"
        case .checkInNeedsOngoing(let task, let timeline):
            return "'check_in' chỉ dùng cho nhiệm vụ thường xuyên ('Thường xuyên'); nhiệm vụ '\(task)' có thời gian '\(timeline)'"
        case .budgetTotalMismatch(let total, let sum):
            return "tổng kinh phí \(Money.format(total)) đồng không bằng tổng dự toán của các nhiệm vụ, \(Money.format(sum)) đồng"
        case .estimatesTooLarge:
            return "tổng dự toán của các nhiệm vụ vượt quá \(Money.format(Int64.max)) đồng; hãy kiểm tra lại các dự toán"
        case .duplicateIndicatorID(let id, let line): return "mã chỉ tiêu '\(id)' bị trùng; mã này đã dùng ở dòng \(line)"
        case .percentWithoutOf(let id):
            return "chỉ tiêu '\(id)' là tỷ lệ phần trăm; hãy thêm 'of' để nói tỷ lệ của đối tượng nào (ví dụ 'người dân trong độ tuổi trưởng thành')"
        case .percentOver100(let id, let value): return "chỉ tiêu '\(id)' là tỷ lệ phần trăm nên không thể vượt quá 100, nhận được \(value)"
        case .atMostOneDecimal(let id): return "chỉ tiêu '\(id)' chỉ được có tối đa một chữ số thập phân, ví dụ 85.5"
        case .countNotWhole(let id, let unit): return "chỉ tiêu '\(id)' đếm số \(unit ?? "người") nên phải là số nguyên"
        case .unknownTask(let task, let guess): return "không có nhiệm vụ '\(task)'" + (guess.map { "; có phải là '\($0)'?" } ?? "")
        case .unreadableNumber(let key, let value): return "không đọc được '\(key)': giá trị '\(value)' vượt quá giới hạn"
        case .timeline(let problem): return problem.text(.vi)
        case .levelNeedsKey(let key, let level): return "thiếu khóa bắt buộc '\(key)' cho kế hoạch cấp '\(level)'"
        case .levelConflictsWithKind(let level, let kind):
            return "'commune_kind' là '\(kind)' nhưng 'level' là '\(level)'; chỉ ghi một trong hai, hoặc ghi cho khớp nhau"
        case .needsYear: return "thiếu khóa bắt buộc 'year' (hoặc 'years' cho kế hoạch nhiều năm) trong kế hoạch"
        case .yearsOutOfOrder(let years):
            return "'years' phải là năm đầu và năm cuối sau đó, đều từ 2000 đến 2100, nhận được '\(years)'"
        case .yearOutsideYears(let year, let years): return "'year' \(year) không thuộc các năm '\(years)'"
        case .duplicateGroupID(let id, let line): return "mã nhóm nhiệm vụ '\(id)' bị trùng; mã này đã dùng ở dòng \(line)"
        case .unknownGroup(let group, let guess?, _): return "không có nhóm nhiệm vụ '\(group)'; có phải là '\(guess)'?"
        case .unknownGroup(let group, nil, let known):
            return "không có nhóm nhiệm vụ '\(group)'" + (known.isEmpty ? "; kế hoạch chưa có 'groups'" : "; các nhóm: \(quoted(known, ", "))")
        case .targetNotUnderstood(let id, let text):
            return "không đọc được chỉ tiêu của '\(id)': '\(text)'; cần một số hoặc một cụm như "
                + "'không thấp hơn 85%', 'trên 85%', 'tối đa 5%', '≤ 50', '40 - 50%', '> 0,7'"
        case .targetRangeReversed(let id, let text): return "chỉ tiêu của '\(id)' là một khoảng có cận trên nhỏ hơn cận dưới: '\(text)'"
        case .horizonYear(let id, let year, let planYear):
            return "mốc năm \(year) của chỉ tiêu '\(id)' phải là một năm sau năm \(planYear) của kế hoạch, mỗi năm một lần"
        case .placeholder(let key, let value):
            let what = ["commune": "tên xã (phường)", "province": "tên tỉnh (thành phố)", "issuer": "cơ quan ban hành kế hoạch"][key] ?? "giá trị"
            return "'\(value)' ở '\(key)' là chỗ để điền: cần ghi \(what)"
        }
    }

    public static func == (lhs: PlanMessage, rhs: PlanMessage) -> Bool { lhs.id == rhs.id && lhs.english == rhs.english }
    public func hash(into hasher: inout Hasher) { hasher.combine(english) }
}
