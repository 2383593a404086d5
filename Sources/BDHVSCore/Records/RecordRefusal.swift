/// A number of a record that cannot be recorded or added up. The other refusals of a
/// record (an unknown task, a date after today …) are `ChangeError`s.
public enum RecordRefusal: UserFacingError, Hashable {
    /// A typed number outside its range (`RecordLimits`).
    case outOfRange(RecordNumber, value: Int64, range: ClosedRange<Int64>)
    /// A typed whole number too large even to hold (past `Int64.max`), kept as typed.
    case tooLarge(RecordNumber, text: String)
    /// Recorded numbers whose total passes the largest number bdhvs can count.
    case totalTooLarge(RecordNumber)
    /// A spending that would take its plan's total of that kind (`total` so far, nil when
    /// it is past counting already) beyond what bdhvs can add up: refused when written, so
    /// the budget, the reports and the exports of the plan stay readable.
    case spendingTotalTooLarge(amount: Int64, plan: String, kind: SpendingKind, total: Int64?)
    /// A unit neither built in nor declared by the plan.
    case unknownUnit(String, suggestion: String?, known: [String])
    /// A village the plan does not list; the closest one as people name it ("Thôn 3"), and
    /// its id when that is written otherwise ("thon-3").
    case unknownVillage(String, plan: String, suggestion: String?, suggestionID: String? = nil)
    /// A period whose first day comes after its last.
    case reversedDates(from: CivilDate, to: CivilDate)

    public var id: String {
        switch self {
        case .outOfRange, .tooLarge: return "record.out-of-range"
        case .totalTooLarge: return "record.total-too-large"
        case .spendingTotalTooLarge: return "record.spending-total-too-large"
        case .unknownUnit: return "record.unknown-unit"
        case .unknownVillage: return "record.unknown-village"
        case .reversedDates: return "record.reversed-dates"
        }
    }

    public var failure: FailureKind {
        switch self {
        case .outOfRange, .tooLarge, .unknownUnit, .unknownVillage, .reversedDates, .spendingTotalTooLarge: return .invalidInput
        case .totalTooLarge: return .operational
        }
    }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.outOfRange(let what, let value, let range), .vi):
            // A count of people names its whole range: "0 participants" is refused as an activity not held.
            if value < range.lowerBound, what == .participants {
                return "\(what.name(.vi)) phải từ \(Numbers.grouped(range.lowerBound)) đến \(what.quantity(range.upperBound)), nhận được \(Numbers.grouped(value))"
            }
            if value < range.lowerBound {
                return range.lowerBound == 1 ? "\(what.name(.vi)) phải lớn hơn 0, nhận được \(Numbers.grouped(value))"
                    : "\(what.name(.vi)) phải từ \(Numbers.grouped(range.lowerBound)) trở lên, nhận được \(Numbers.grouped(value))"
            }
            return "\(what.name(.vi)) tối đa là \(what.quantity(range.upperBound)), nhận được \(Numbers.grouped(value))"
        case (.outOfRange(let what, let value, let range), .en):
            if value < range.lowerBound, what == .participants {
                return "\(what.name(.en)) must be from \(Numbers.grouped(range.lowerBound)) to \(what.quantity(range.upperBound)), found \(Numbers.grouped(value))"
            }
            if value < range.lowerBound {
                return range.lowerBound == 1 ? "\(what.name(.en)) must be more than 0, found \(Numbers.grouped(value))"
                    : "\(what.name(.en)) must be at least \(Numbers.grouped(range.lowerBound)), found \(Numbers.grouped(value))"
            }
            return "\(what.name(.en)) must be at most \(what.quantity(range.upperBound)), found \(Numbers.grouped(value))"
        case (.tooLarge(let what, let text), .vi):
            return "\(what.name(.vi)) tối đa là \(what.quantity(what.range.upperBound)), nhận được \(text)"
        case (.tooLarge(let what, let text), .en):
            return "\(what.name(.en)) must be at most \(what.quantity(what.range.upperBound)), found \(text)"
        case (.totalTooLarge(let what), .vi):
            return "tổng \(what.name(.vi)) đã ghi vượt quá số lớn nhất bdhvs đếm được (\(Numbers.grouped(Int64.max))); hãy hoàn tác bản ghi sai"
        case (.totalTooLarge(let what), .en):
            return "the total of \(what.name(.en)) recorded passes the largest number bdhvs can count (\(Numbers.grouped(Int64.max))); undo the wrong record"
        case (.spendingTotalTooLarge(let amount, let plan, let kind, let total?), .vi):
            return "số tiền \(RecordNumber.amount.quantity(amount)) làm tổng số tiền \(kind.vietnamese) của kế hoạch '\(plan)' (đã có "
                + "\(RecordNumber.amount.quantity(total))) vượt quá số lớn nhất bdhvs cộng được (\(Numbers.grouped(Int64.max))); khoản chi này không được ghi"
        case (.spendingTotalTooLarge(let amount, let plan, let kind, nil), .vi):
            return "tổng số tiền \(kind.vietnamese) của kế hoạch '\(plan)' đã vượt quá số lớn nhất bdhvs cộng được (\(Numbers.grouped(Int64.max))); "
                + "hãy hoàn tác bản ghi sai trước khi ghi số tiền \(RecordNumber.amount.quantity(amount))"
        case (.spendingTotalTooLarge(let amount, let plan, let kind, let total?), .en):
            return "the amount \(RecordNumber.amount.quantity(amount)) would take the total \(kind.rawValue) under plan '\(plan)' "
                + "(\(RecordNumber.amount.quantity(total)) so far) past the largest number bdhvs can add up (\(Numbers.grouped(Int64.max))); it is not recorded"
        case (.spendingTotalTooLarge(let amount, let plan, let kind, nil), .en):
            return "the total \(kind.rawValue) under plan '\(plan)' already passes the largest number bdhvs can add up (\(Numbers.grouped(Int64.max))); "
                + "undo the wrong record before recording the amount \(RecordNumber.amount.quantity(amount))"
        case (.unknownUnit(let unit, let guess?, _), .vi): return "không có đơn vị tính '\(unit)'; có phải là '\(guess)'?"
        case (.unknownUnit(let unit, nil, let known), .vi):
            return "không có đơn vị tính '\(unit)'; cần một trong \(known.map { "'\($0)'" }.joined(separator: ", ")) hoặc một đơn vị khai trong mục 'units' của kế hoạch"
        case (.unknownUnit(let unit, let guess?, _), .en): return "unknown unit '\(unit)'; did you mean '\(guess)'?"
        case (.unknownUnit(let unit, nil, let known), .en):
            return "unknown unit '\(unit)'; expected one of \(known.map { "'\($0)'" }.joined(separator: ", ")) or a unit listed under 'units' in the plan"
        case (.unknownVillage(let village, let plan, let guess?, let id), .vi):
            return "kế hoạch '\(plan)' không có thôn, tổ dân phố '\(village)'; có phải là '\(guess)'\(id.map { " (mã '\($0)')" } ?? "")?"
        case (.unknownVillage(let village, let plan, nil, _), .vi):
            return "kế hoạch '\(plan)' không có thôn, tổ dân phố '\(village)'; các thôn, tổ dân phố được khai trong mục 'villages' của kế hoạch"
        case (.unknownVillage(let village, let plan, let guess?, let id), .en):
            return "plan '\(plan)' has no village '\(village)'; did you mean '\(guess)'\(id.map { " (id '\($0)')" } ?? "")?"
        case (.unknownVillage(let village, let plan, nil, _), .en):
            return "plan '\(plan)' has no village '\(village)'; villages are listed under 'villages' in the plan"
        case (.reversedDates(let from, let to), .vi):
            return "ngày bắt đầu \(from.vietnamese) sau ngày kết thúc \(to.vietnamese); hãy đổi chỗ hai ngày"
        case (.reversedDates(let from, let to), .en):
            return "the first day \(from.vietnamese) is after the last day \(to.vietnamese); swap the two dates"
        }
    }
}

/// Which number of a record a refusal is about.
public enum RecordNumber: Hashable, Sendable {
    case participants
    case groupCount(String)
    case amount
    case numerator
    case denominator
    case value

    /// The number as a sentence names it ("the amount", "số tiền").
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.participants, .vi): return "số người tham gia"
        case (.participants, .en): return "the participants"
        case (.groupCount(let group), .vi): return "số người của nhóm '\(group)'"
        case (.groupCount(let group), .en): return "the count of group '\(group)'"
        case (.amount, .vi): return "số tiền"
        case (.amount, .en): return "the amount"
        case (.numerator, .vi): return "tử số"
        case (.numerator, .en): return "the numerator"
        case (.denominator, .vi): return "mẫu số"
        case (.denominator, .en): return "the denominator"
        case (.value, .vi): return "giá trị"
        case (.value, .en): return "the value"
        }
    }

    /// `value` written with dots between thousands, and "đồng" after an amount, in both
    /// languages (a refusal's English writes its numbers as the Vietnamese one does).
    func quantity(_ value: Int64) -> String {
        self == .amount ? Numbers.grouped(value) + " đồng" : Numbers.grouped(value)
    }

    /// The range a typed value of this number must be in (`RecordLimits`).
    var range: ClosedRange<Int64> {
        switch self {
        case .participants: return RecordLimits.participants
        case .groupCount: return RecordLimits.groupCount
        case .amount: return RecordLimits.amount
        case .numerator: return RecordLimits.numerator
        case .denominator: return RecordLimits.denominator
        case .value: return RecordLimits.countValue
        }
    }

    /// `value` when it is in range, else the refusal.
    func checked(_ value: Int64) throws -> Int64 {
        guard range.contains(value) else { throw RecordRefusal.outOfRange(self, value: value, range: range) }
        return value
    }
}

extension SpendingKind {
    /// "giải ngân", "quyết toán", as a sentence names the kind.
    var vietnamese: String { self == .settled ? "quyết toán" : "giải ngân" }
}
