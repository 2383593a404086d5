/// Why a date named in a phrase does not exist.
public enum ImpossibleDateReason: Hashable, Sendable {
    /// The year is outside 1900...2200.
    case yearOutOfRange(Int)
    /// A month outside 1...12.
    case noSuchMonth(Int)
    /// Day 0.
    case dayZero
    /// A day past the end of its month: the month, the year and how many days it has.
    case monthHasFewerDays(month: Int, year: Int, days: Int)
    /// A quarter outside I...IV.
    case noSuchQuarter(Int)
    /// A day past the end of its month in every year (a yearly date such as "31/4 hằng năm").
    case neverInMonth(month: Int, days: Int)
    /// A lunar year's name that is not the year's ("Tết Ất Tỵ 2026"): the year and its name.
    case notThatLunarYear(year: Int, name: String)
}

/// The messages of timeline phrases and dates, in Vietnamese and English, in one place.
public enum TimelineMessage: LocalizedMessage, Hashable {
    /// A phrase that is no timeline form; `closest` are understood phrases made from its
    /// words and numbers (empty when nothing in it is recognised).
    case notUnderstood(phrase: String, closest: [String])
    /// A lone date that is not a date.
    case dateNotUnderstood(String)
    /// A date typed by a person without its year ("30/9"), where no plan gives one.
    case dateWithoutYear(String)
    /// A phrase understood up to `head`, followed by `tail`; `closest` are understood phrases
    /// made from the numbers of the tail ("tháng 9 2025": 'Tháng 9/2025').
    case unexpectedTail(tail: String, head: String, phrase: String, closest: [String])
    /// A range whose end comes before its start.
    case rangeReversed(text: String, start: CivilDate, end: CivilDate)
    /// A day, month or quarter that does not exist.
    case impossible(text: String, ImpossibleDateReason)
    /// A phrase that says when work starts and not when it is due ("Sau Tết Nguyên đán"):
    /// the day it starts after.
    case startWithoutDeadline(phrase: String, after: CivilDate)
    /// A school year ("năm học 2025-2027", as written in `text`) whose years are not one
    /// after the other: `first` is its first year.
    case schoolYearSpan(text: String, first: Int)
    /// A number of days counted from the plan's issue ("Trong vòng 15 ngày kể từ ngày ban
    /// hành kế hoạch") in a plan that does not give its date.
    case countedFromIssueWithoutDate(phrase: String, days: Int)
    /// A number of working days ("15 ngày làm việc kể từ …"): which days are worked depends
    /// on days off the Government moves each year, so the deadline must be written.
    case workingDays(phrase: String)

    /// The kind of problem this message describes.
    public var kind: TimelineProblem.Kind {
        switch self {
        case .notUnderstood, .dateNotUnderstood, .dateWithoutYear, .unexpectedTail, .startWithoutDeadline, .countedFromIssueWithoutDate,
             .workingDays:
            return .notUnderstood
        case .rangeReversed: return .rangeReversed
        case .impossible, .schoolYearSpan: return .impossibleDate
        }
    }

    public var id: String {
        switch self {
        case .notUnderstood: return "timeline.not-understood"
        case .dateNotUnderstood: return "timeline.date-not-understood"
        case .dateWithoutYear: return "timeline.date-without-year"
        case .unexpectedTail: return "timeline.unexpected-text"
        case .rangeReversed: return "timeline.range-reversed"
        case .impossible: return "timeline.impossible-date"
        case .startWithoutDeadline: return "timeline.start-without-deadline"
        case .schoolYearSpan: return "timeline.school-year-span"
        case .countedFromIssueWithoutDate: return "timeline.issue-date-missing"
        case .workingDays: return "timeline.working-days"
        }
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .vi: return vietnamese
        case .en: return english
        }
    }

    private var vietnamese: String {
        switch self {
        case .notUnderstood(let phrase, let closest) where !closest.isEmpty:
            return "không hiểu thời gian thực hiện '\(phrase)'; có phải là \(Self.alternatives(closest, or: "hay"))?"
        case .notUnderstood(let phrase, _):
            return "không hiểu thời gian thực hiện '\(phrase)'; cần ghi tháng ('Tháng 8/2025'), quý ('Quý III/2025'), "
                + "ngày ('ngày 10/10/2025'), 'Thường xuyên', 'Hằng tháng' hoặc 'Theo kế hoạch của tỉnh'"
        case .dateNotUnderstood(let text):
            return "không đọc được ngày '\(text)'; cần ghi ngày như '24/7/2025', '20.7.2025', '2025-07-24' "
                + "hoặc 'ngày 29 tháng 4 năm 2025'"
        case .dateWithoutYear(let text):
            return "ngày '\(text)' không ghi năm; cần ghi đủ ngày, tháng và năm, ví dụ '30/9/2025'"
        case .unexpectedTail(let tail, let head, let phrase, let closest):
            return "không hiểu phần '\(tail)' trong '\(phrase)'; thời gian đọc được đến '\(head)' và cần kết thúc ở đó"
                + (closest.isEmpty ? "" : "; có phải là \(Self.alternatives(closest, or: "hay"))?")
        case .rangeReversed(let text, let start, let end):
            return "khoảng thời gian '\(text)' kết thúc trước khi bắt đầu: \(end.vietnamese) trước \(start.vietnamese); "
                + "cần ghi mốc muộn hơn ở sau"
        case .impossible(let text, let reason):
            return "ngày không có thật '\(text)': " + Self.vietnamese(reason)
        case .startWithoutDeadline(let phrase, let after):
            return "'\(phrase)' chỉ nói khi bắt đầu (sau ngày \(after.vietnamese)), không nói thời hạn; cần ghi thời hạn, "
                + "ví dụ 'Chậm nhất ngày \(Self.example(after).vietnamese)', hoặc ghi 'deadline' cho nhiệm vụ"
        case .schoolYearSpan(let text, let first):
            return "năm học '\(text)' không có thật: năm học gồm hai năm liền nhau, như 'Năm học \(first)-\(first + 1)'"
        case .countedFromIssueWithoutDate(let phrase, let days):
            return "'\(phrase)' tính \(days) ngày từ ngày ban hành kế hoạch, nhưng kế hoạch không ghi ngày ban hành; "
                + "cần ghi ngày ban hành ở 'document: date', hoặc ghi 'deadline' cho nhiệm vụ"
        case .workingDays(let phrase):
            return "'\(phrase)' tính theo ngày làm việc, mà ngày nghỉ (kể cả ngày nghỉ bù) thay đổi theo từng năm; "
                + "cần ghi thời hạn là một ngày, ví dụ 'Chậm nhất ngày 30/9/2025', hoặc ghi 'deadline' cho nhiệm vụ"
        }
    }

    private var english: String {
        switch self {
        case .notUnderstood(let phrase, let closest) where !closest.isEmpty:
            return "timeline '\(phrase)' not understood; did you mean \(Self.alternatives(closest, or: "or"))?"
        case .notUnderstood(let phrase, _):
            return "timeline '\(phrase)' not understood; expected a month ('Tháng 8/2025'), a quarter ('Quý III/2025'), "
                + "a date ('ngày 10/10/2025'), 'Thường xuyên', 'Hằng tháng' or 'Theo kế hoạch của tỉnh'"
        case .dateNotUnderstood(let text):
            return "date '\(text)' not understood; expected a date such as '24/7/2025', '20.7.2025', '2025-07-24' "
                + "or 'ngày 29 tháng 4 năm 2025'"
        case .dateWithoutYear(let text):
            return "the date '\(text)' has no year; write the day, month and year, e.g. '30/9/2025'"
        case .unexpectedTail(let tail, let head, let phrase, let closest):
            return "unexpected '\(tail)' in '\(phrase)'; expected the text to end after '\(head)'"
                + (closest.isEmpty ? "" : ", or did you mean \(Self.alternatives(closest, or: "or"))?")
        case .rangeReversed(let text, let start, let end):
            return "range '\(text)' ends before it starts: \(end.vietnamese) is before \(start.vietnamese); "
                + "expected the later date last"
        case .impossible(let text, let reason):
            return "impossible date '\(text)': " + Self.english(reason)
        case .startWithoutDeadline(let phrase, let after):
            return "'\(phrase)' says when the work starts (after \(after.vietnamese)), not when it is due; write a deadline, "
                + "e.g. 'Chậm nhất ngày \(Self.example(after).vietnamese)', or give the task a 'deadline'"
        case .schoolYearSpan(let text, let first):
            return "school year '\(text)' does not exist: a school year spans two years one after the other, such as 'Năm học \(first)-\(first + 1)'"
        case .countedFromIssueWithoutDate(let phrase, let days):
            return "'\(phrase)' counts \(days) days from the plan's issue, but the plan does not give its date; "
                + "write it under 'document: date', or give the task a 'deadline'"
        case .workingDays(let phrase):
            return "'\(phrase)' counts working days, and days off (moved days off included) change every year; "
                + "write the deadline as a day, e.g. 'Chậm nhất ngày 30/9/2025', or give the task a 'deadline'"
        }
    }

    private static func vietnamese(_ reason: ImpossibleDateReason) -> String {
        switch reason {
        case .yearOutOfRange(let year): return "năm \(year) nằm ngoài khoảng hỗ trợ từ 1900 đến 2200"
        case .noSuchMonth(let month): return "không có tháng \(month); tháng từ 1 đến 12"
        case .dayZero: return "không có ngày 0; ngày bắt đầu từ 1"
        case .monthHasFewerDays(let month, let year, let days): return "tháng \(month) năm \(year) có \(days) ngày"
        case .noSuchQuarter(let quarter): return "không có quý \(quarter); quý từ I đến IV"
        case .neverInMonth(let month, let days): return "tháng \(month) có nhiều nhất \(days) ngày"
        case .notThatLunarYear(let year, let name): return "năm âm lịch bắt đầu trong năm \(year) là năm \(name)"
        }
    }

    private static func english(_ reason: ImpossibleDateReason) -> String {
        switch reason {
        case .yearOutOfRange(let year): return "year \(year) is outside the supported years 1900 to 2200"
        case .noSuchMonth(let month): return "there is no month \(month); months run from 1 to 12"
        case .dayZero: return "there is no day 0; days start at 1"
        case .monthHasFewerDays(let month, let year, let days): return "\(monthNames[month - 1]) \(year) has \(days) days"
        case .noSuchQuarter(let quarter): return "there is no quarter \(quarter); quarters run from I to IV"
        case .neverInMonth(let month, let days): return "\(monthNames[month - 1]) has at most \(days) days"
        case .notThatLunarYear(let year, let name): return "the lunar year that begins in \(year) is \(name)"
        }
    }

    /// An example deadline for work that starts after `day`: the end of the month after its own.
    private static func example(_ day: CivilDate) -> CivilDate {
        let next = CivilDate.endOfMonth(year: day.year, month: day.month).adding(days: 1)
        return CivilDate.endOfMonth(year: next.year, month: next.month)
    }

    /// "'A'", "'A' or 'B'", "'A', 'B' or 'C'".
    private static func alternatives(_ items: [String], or word: String) -> String {
        let quoted = items.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " \(word) " + quoted[quoted.count - 1]
    }

    /// English month names.
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
}
