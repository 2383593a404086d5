/// Turns a timeline phrase as written in a plan ("Tháng 8/2025", "Thường xuyên",
/// "Theo kế hoạch của tỉnh", …) into a `Schedule`, and reads lone dates.
///
/// A phrase is read by a small grammar rather than matched against examples:
///
///     phrase   := (occasion | [framing] (undated | yearly | onward | from | yearfrom | started | days
///                 | school | rounds | then | dated)) [remark]
///     remark   := "(" words without numbers ")"            -- text only; "(… dự kiến …)": tentative
///     framing  := verbs that say nothing of time: "thực hiện", "hoàn thành", "triển khai",
///                 "tổ chức", "báo cáo", "ban hành", "nhiệm vụ", "thời gian:"
///     undated  := ongoing ["và" external] | recurrence {"," recurrence} | external ["và" ongoing]
///               | ["ngay"] "sau khi" "kế hoạch" ["được"] "ban hành"  -- external (`afterIssue`)
///     external := ("theo" | ["sau"] "khi có") directive [of a higher body] | "khi [có] phát sinh"
///               | "đột xuất" [external]   -- a request, directive or guidance with no body named is from above too
///     recurrence ["và" | ","] ("đột xuất" | external)                   -- the recurrence (`adHoc`)
///     recurrence := "hằng" unit | N "tháng/lần" | N "lần/năm" | "định kỳ" N "tháng" -- `RecurrenceCounted`
///     yearly   := [ngày] D/M "hằng năm" | "hằng năm" [vào] [ngày] D/M | tháng M "hằng năm"
///               | ["trước" | "dịp"] tết "hằng năm" | "hằng năm" ["trước" | "dịp"] tết   -- `TetRecurrence`
///               | [trước] [ngày] D ("hằng tháng" | "hằng quý")             -- `dayOfPeriod`, either order
///               | [trước] [ngày] D/6 "và" D/12 "hằng năm"                   -- the same day of each half
///     onward   := [từ] [năm | giai đoạn] YYYY [- YYYY] ("và những năm tiếp theo" | "trở đi")  -- from 01/01 of the first year
///     from     := ["bắt đầu" …] "từ" point                                  -- ongoing from its first day
///     yearfrom := point ["và" | ","] ("hằng năm" | "các năm tiếp theo")   -- due each year on its last day,
///                 from its first ("Quý I/2026 và các năm tiếp theo")     (`yearlyFromPoint`)
///     started  := (recurrence | yearly | ongoing) ["," | "(" | "bắt đầu"] "từ" point [")"]
///               | "từ" point [","] (recurrence | yearly | ongoing)      -- counted from the point (`recurringFrom`)
///     days     := ["trong vòng" | "chậm nhất" …] N "ngày" ("kể từ" | "từ" | "sau khi" | "sau") issue of the plan
///                 -- N days after `document: date` (`daysAfterIssue`)
///     school   := ["trong" | "vào"] "năm học" YYYY "-" YYYY                 -- 01/09 to 31/05, tentative
///               | "học kỳ" (I | II) "năm học" YYYY "-" YYYY   -- to 15/01 / 31/05, tentative (`semester`)
///               | "học kỳ" (I | II) ("/" | "năm") YYYY  -- the semester taught in that calendar year
///               | "học kỳ" (I | II) "/" YYYY "-" YYYY    -- "HK I/2025-2026", as "năm học"
///               | ["đầu" | "cuối"] "năm học" YYYY "-" YYYY               -- its September / its May
///               | ["trong"] ["dịp" | "mùa" | "nghỉ"] "hè" [năm] [YYYY]   -- 01/06 to 31/08, tentative
///     then     := dated ["," | ";"] ["và"] "thường xuyên"                    -- the dated deadline
///     rounds   := "đợt" N [":"] point {(";" | "," | "và") "đợt" N [":"] point} -- as a list (`phases`)
///     dated    := ["dự kiến"] [qualifier] [giai đoạn] (range | list | point) ["(dự kiến)"]
///     range    := [từ] point ("đến" [hết] | "tới" | "-") point
///     list     := point {("," | "và") point}          -- "Quý III, IV/2025", "tháng 8, 9/2025"
///     point    := date | month | quarter | half year | year | bare year ("2025") | part | tết
///     part     := a part of a month or year ("đầu tháng 10", "tuần cuối tháng 9", "giữa năm")
///     tết      := "Tết" ["Nguyên đán"] [lunar year's name] [year]   -- `TimelineTet`
///
/// Phrases match with or without diacritics, in any case, with "hằng" or "hàng" (see
/// `Folding.key(_:)`). Text that is not fully understood is a `TimelineProblem`, never a
/// guess; when nothing fits, the problem names the closest phrases that would be understood.
public struct TimelineParser: Sendable {
    /// The plan's year, used when a phrase gives no year: "(10/10)", "Tháng 8", "Quý III".
    public var planYear: Int
    /// When true, "Trước ngày X" is due the day before X; when false, on X itself.
    public var strictBefore: Bool = true
    /// The day the plan was issued, if known: "Trước Tết" with no year means the first Tết
    /// after it (`TimelineTet`); "Trong vòng 15 ngày kể từ ngày ban hành" counts from it
    /// (`daysAfterIssue`).
    public var issuedOn: CivilDate?

    /// Creates a parser for a plan of `planYear`.
    public init(planYear: Int, strictBefore: Bool = true, issuedOn: CivilDate? = nil) {
        self.planYear = planYear
        self.strictBefore = strictBefore
        self.issuedOn = issuedOn
    }

    /// The schedule `phrase` means, or why it cannot be read. Surrounding white space, final
    /// periods and parentheses around the whole phrase are ignored.
    public func parse(_ phrase: String) -> Result<Schedule, TimelineProblem> {
        let result = schedule(phrase)
        guard case .failure(let problem) = result else { return result }
        switch problem.reason {
        case .notUnderstood(let text, let closest) where closest.isEmpty:
            return .failure(TimelineProblem(.notUnderstood(phrase: text, closest: suggestions(for: phrase)), offset: problem.offset))
        case .unexpectedTail(let tail, let head, let text, let closest) where closest.isEmpty:
            let closest = suggestions(forTail: tail, head: head, of: phrase)
            return .failure(TimelineProblem(.unexpectedTail(tail: tail, head: head, phrase: text, closest: closest), offset: problem.offset))
        default:
            return result
        }
    }

    /// `parse` without suggestions (suggestions are checked with it).
    func schedule(_ phrase: String) -> Result<Schedule, TimelineProblem> {
        let result = reading(phrase)
        guard case .failure = result, phrase.contains(")"), let remarked = withoutRemark(phrase) else { return result }
        return remarked
    }

    /// `schedule` of a phrase with no remark set aside.
    private func reading(_ phrase: String) -> Result<Schedule, TimelineProblem> {
        if let occasion = occasion(phrase) { return occasion }
        let text = TimelineText(phrase)
        let core = text.coreRange
        let notUnderstood = TimelineProblem(.notUnderstood(phrase: text.trimmed, closest: []), offset: nil)
        guard !core.isEmpty else { return .failure(notUnderstood) }
        var framing = TokenStream(text.tokens, core)
        framing.framingVerbs()
        let body = framing.position..<core.upperBound
        guard !body.isEmpty else { return .failure(notUnderstood) }
        var stop: Int?
        if let schedule = Self.keywordSchedule(text.tokens, body, stop: &stop) { return .success(schedule) }
        if let tet = yearlyTet(text, body) { return .success(tet) }
        if let each = dayOfPeriod(text, body) { return each }
        if let yearly = yearly(text, body) { return yearly }
        if let year = Self.onward(text.tokens, body) {
            return .success(CivilDate(year: year, month: 1, day: 1).map(Schedule.ongoingFrom) ?? .ongoing)
        }
        if let from = ongoingFrom(text, body) { return from }
        if let yearly = yearlyFromPoint(text, body) { return yearly }
        if let from = recurringFrom(text, body) { return from }
        if let due = daysAfterIssue(text, body) { return due }
        if let school = schoolYear(text, body) { return school }
        if let term = semester(text, body) ?? summer(text, body) { return term }
        if let rounds = phases(text, body) { return rounds }
        if let due = dueThenOngoing(text, core) { return due }
        var datedStop: Int?
        if let result = dated(text, core, stop: &datedStop) { return result }
        if let known = [stop, datedStop].compactMap({ $0 }).max() {
            return .failure(Self.tail(text, core, stop: known))
        }
        return .failure(notUnderstood)
    }

    /// The day `text` names: "24/7/2025", "02/6/2025", "20.7.2025", "15-8-2025", "2025-07-24",
    /// "ngày 29 tháng 4 năm 2025"; with no year ("24/7") the day in `planYear`, or, when
    /// `requiringYear` (a date a person types, which no plan dates), `dateWithoutYear`.
    public func parseDate(_ text: String, requiringYear: Bool = false) -> Result<CivilDate, TimelineProblem> {
        let written = TimelineText(text)
        let core = written.coreRange
        var stream = TokenStream(written.tokens, core)
        guard let point = stream.date() else {
            return .failure(TimelineProblem(.dateNotUnderstood(written.trimmed), offset: nil))
        }
        guard stream.atEnd else { return .failure(Self.tail(written, core, stop: stream.position)) }
        if requiringYear && point.year == nil { return .failure(TimelineProblem(.dateWithoutYear(written.trimmed), offset: nil)) }
        return point.interval(defaultYear: planYear, in: written).map(\.lowerBound)
    }

    /// The problem of a phrase understood up to token `stop` and not after.
    static func tail(_ text: TimelineText, _ core: Range<Int>, stop: Int) -> TimelineProblem {
        TimelineProblem(.unexpectedTail(tail: text.source(stop..<core.upperBound), head: text.source(core.lowerBound..<stop),
                                        phrase: text.trimmed,
                                        closest: []),
                        offset: text.tokens[stop].start)
    }
}
