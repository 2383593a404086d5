/// A point in time as written, before it is checked: a day, month, quarter, half year, year
/// or Tết Nguyên đán.
///
/// Numbers are kept as written so that an impossible date ("31/02/2025", "tháng 13/2025")
/// can be reported with its text and place rather than silently rejected.
struct WrittenPoint {
    /// The granularity of the point.
    enum Kind: Equatable { case day, month, quarter, half, year, lunarNewYear }

    /// The granularity of the point.
    var kind: Kind
    /// The day, for `.day`; nil in a range start such as "từ ngày 1 …" until completed.
    var day: Int?
    /// The month, for `.day` and `.month`.
    var month: Int?
    /// The quarter (1...4 when possible), for `.quarter`; the half (1 or 2), for `.half`.
    var part: Int?
    /// The year, or nil when not written.
    var year: Int?
    /// The tokens to quote in a problem: the numbers, or the keyword and numbers of a month.
    var quoted: Range<Int>
    /// True when the month was taken from the end of a range ("từ ngày 1 đến ngày 15/10").
    var borrowedMonth = false
    /// For `.month`: the days of it meant ("đầu tháng 10": 1...10), nil for the whole month;
    /// past the month's last day means its end (`ApproximateParts`).
    var days: ClosedRange<Int>? = nil
    /// True for a part of a month or year officials write without a day ("đầu tháng 10"):
    /// its deadline is ours to read, so it is tentative.
    var approximate = false
    /// For `.lunarNewYear`: the lunar year's name as written ("Bính Ngọ"), checked against
    /// the year (`TimelineTet`).
    var lunarName: LunarYearName? = nil
}

extension TokenStream {
    /// Reads a point of any kind. `hint` is the kind of the other end of a range, letting
    /// "11/2025" in "Tháng 9 - 11/2025" read as a month and "2026" in "năm 2025 - 2026" as a
    /// year. `dayOnly` allows "ngày 1" without a month, for the start of a range. `bareYear`
    /// allows "năm" without a number ("trong năm": the plan's year).
    /// A point may be wrapped in parentheses: "trước (30/9)".
    mutating func point(hint: WrittenPoint.Kind? = nil, dayOnly: Bool = false, bareYear: Bool = false) -> WrittenPoint? {
        let start = position
        if symbol("(") != nil {
            if let point = point(hint: hint, dayOnly: dayOnly, bareYear: bareYear), symbol(")") != nil { return point }
            position = start
            return nil
        }
        if let point = approximatePart() ?? lunarNewYear() ?? half() ?? quarter(keyword: true) ?? month(keyword: true) ?? year(bare: bareYear)
            ?? date(dayOnly: dayOnly) {
            return point
        }
        switch hint {
        case .quarter: return quarter(keyword: false)
        case .month: return month(keyword: false)
        case .year:
            let start = position
            guard let year = number(digits: 4) else { return nil }
            return WrittenPoint(kind: .year, year: year, quoted: start..<position)
        case nil: return monthWithYear() ?? loneYear()
        case .day, .half, .lunarNewYear: return nil
        }
    }

    /// Reads a year written alone, "2025", as long as it does not start a date ("2025-07-24").
    mutating func loneYear() -> WrittenPoint? {
        let start = position
        guard let year = number(digits: 4) else { return nil }
        let after = position
        if symbol("-", "/", ".") != nil, number(digits: 1...2) != nil {
            position = start
            return nil
        }
        position = after
        return WrittenPoint(kind: .year, year: year, quoted: start..<position)
    }

    /// Reads a day: "ngày 10/10/2025", "10/10", "20.7.2025", "15-8-2025", "2025-07-24",
    /// "ngày 29 tháng 4 năm 2025", or (with `dayOnly`) "ngày 1".
    mutating func date(dayOnly: Bool = false) -> WrittenPoint? {
        let start = position
        let keyword = words("ngay")
        let first = position
        if let year = number(digits: 4) {
            if symbol("-") != nil, let month = number(digits: 1...2), symbol("-") != nil, let day = number(digits: 1...2) {
                return WrittenPoint(kind: .day, day: day, month: month, year: year, quoted: first..<position)
            }
            position = start
            return nil
        }
        guard let day = number(digits: 1...2) else { position = start; return nil }
        let afterDay = position
        if let separator = symbol("/", ".", "-"), let month = number(digits: 1...2) {
            let afterMonth = position
            // "Ngày 09-10/10/2025": days 9 to 10 of October, not 9 October; the first day of a
            // range is the day alone, its month taken from the range's end.
            if dayOnly, separator == "-", let next, next.kind == .symbol, ["/", "."].contains(next.text) {
                position = afterDay
                return WrittenPoint(kind: .day, day: day, month: nil, year: nil, quoted: first..<position)
            }
            if symbol(separator) != nil, let year = number(digits: 4) {
                return WrittenPoint(kind: .day, day: day, month: month, year: year, quoted: first..<position)
            }
            position = afterMonth
            return WrittenPoint(kind: .day, day: day, month: month, year: nil, quoted: first..<position)
        }
        position = afterDay
        if words("thang"), let month = number(digits: 1...2) {
            let afterMonth = position
            if words("nam"), let year = number(digits: 4) {
                return WrittenPoint(kind: .day, day: day, month: month, year: year, quoted: first..<position)
            }
            position = afterMonth
            return WrittenPoint(kind: .day, day: day, month: month, year: nil, quoted: first..<position)
        }
        position = afterDay
        if keyword, dayOnly {
            return WrittenPoint(kind: .day, day: day, month: nil, year: nil, quoted: first..<position)
        }
        position = start
        return nil
    }

    /// Reads a month: "tháng 8/2025", "tháng 08-2025", "tháng 8 năm 2025", "tháng 8"; without
    /// `keyword`, the same without "tháng" ("11/2025" after "Tháng 9 -").
    mutating func month(keyword: Bool) -> WrittenPoint? {
        let start = position
        if keyword, !words("thang") { return nil }
        guard let month = number(digits: 1...2) else { position = start; return nil }
        return WrittenPoint(kind: .month, month: month, year: yearSuffix(), quoted: start..<position)
    }

    /// Reads a month written "8/2025" with no keyword; the four-digit year tells it from a day.
    mutating func monthWithYear() -> WrittenPoint? {
        let start = position
        guard let month = number(digits: 1...2), symbol("/", "-", ".") != nil, let year = number(digits: 4) else {
            position = start
            return nil
        }
        return WrittenPoint(kind: .month, month: month, year: year, quoted: start..<position)
    }

    /// Reads a quarter: "Quý III/2025", "quý 3/2025", "Q3/2025", "Quý IV năm 2025", "quý 2";
    /// without `keyword`, the same without "Quý" ("IV/2025" after "Quý III -"). The older
    /// spelling "Quí" is still printed in provinces' plans ("Quí IV-2025", Đồng Tháp 2025).
    mutating func quarter(keyword: Bool) -> WrittenPoint? {
        let start = position
        if keyword {
            guard let word = oneOf(["quy", "qui", "q"]) else { return nil }
            if word == "q" { _ = symbol(".") }  // "Q.IV/2025"
        }
        // V and VI are read too, to be reported as quarters that do not exist.
        let romans = ["i", "ii", "iii", "iv", "v", "vi"]
        let quarter: Int
        if let roman = oneOf(romans), let index = romans.firstIndex(of: roman) {
            quarter = index + 1
        } else if let number = number(digits: 1...2) {
            quarter = number
        } else {
            position = start
            return nil
        }
        return WrittenPoint(kind: .quarter, part: quarter, year: yearSuffix(), quoted: start..<position)
    }

    /// Reads a half year: "6 tháng đầu năm 2025", "sáu tháng cuối năm".
    mutating func half() -> WrittenPoint? {
        let start = position
        let which: String
        if number(digits: 1...1) == 6 || (position == start && words("sau")), words("thang"), let half = oneOf(["dau", "cuoi"]) {
            which = half
        } else {
            // "Nửa đầu năm 2026", "nửa cuối năm": the half year; "nửa năm đầu", "nửa năm cuối" the same.
            position = start
            guard words("nua") else { return nil }
            let yearFirst = words("nam")
            guard let half = oneOf(["dau", "cuoi"]), yearFirst || next?.text == "nam" else {
                position = start
                return nil
            }
            which = half
        }
        var year: Int?
        let afterHalf = position
        if words("nam") {
            year = number(digits: 4)
            if year == nil, next?.kind == .number { position = afterHalf }
        }
        return WrittenPoint(kind: .half, part: which == "dau" ? 1 : 2, year: year, quoted: start..<position)
    }

    /// Reads a year: "năm 2025", or "năm" alone when `bare` ("trong năm").
    mutating func year(bare: Bool) -> WrittenPoint? {
        let start = position
        guard words("nam") else { return nil }
        if let year = number(digits: 4) {
            return WrittenPoint(kind: .year, year: year, quoted: start..<position)
        }
        guard bare, next?.kind != .number else { position = start; return nil }
        return WrittenPoint(kind: .year, year: nil, quoted: start..<position)
    }

    /// Reads the year after a month or quarter: "/2025", "-2025", ".2025" or "năm 2025".
    private mutating func yearSuffix() -> Int? {
        let start = position
        if symbol("/", "-", ".") != nil || words("nam"), let year = number(digits: 4) { return year }
        position = start
        return nil
    }
}

extension WrittenPoint {
    /// The first and last day of the point, taking `defaultYear` when no year is written, or
    /// the problem with the date as written in `text`.
    func interval(defaultYear: Int, in text: TimelineText) -> Result<ClosedRange<CivilDate>, TimelineProblem> {
        let year = self.year ?? defaultYear
        let written = text.source(quoted)
        let offset = text.tokens[quoted.lowerBound].start
        func impossible(_ reason: ImpossibleDateReason) -> Result<ClosedRange<CivilDate>, TimelineProblem> {
            .failure(TimelineProblem(.impossible(text: written, reason), offset: offset))
        }
        guard CivilDate.supportedYears.contains(year) else {
            return impossible(.yearOutOfRange(year))
        }
        switch kind {
        case .day, .month:
            guard let month, (1...12).contains(month) else {
                return impossible(.noSuchMonth(month ?? 0))
            }
            let last = CivilDate.endOfMonth(year: year, month: month)
            if kind == .month, let days {
                // Days up to 0 count back from the month's end: -6...0 is its last week.
                func day(_ value: Int) -> Int { value <= 0 ? last.day + value : min(value, last.day) }
                return .success(CivilDate(year: year, month: month, day: day(days.lowerBound))!
                    ... CivilDate(year: year, month: month, day: day(days.upperBound))!)
            }
            guard kind == .day, let day else { return .success(CivilDate(year: year, month: month, day: 1)!...last) }
            guard day >= 1 else { return impossible(.dayZero) }
            guard let date = CivilDate(year: year, month: month, day: day) else {
                return impossible(.monthHasFewerDays(month: month, year: year, days: last.day))
            }
            return .success(date...date)
        case .quarter:
            guard let quarter = part, (1...4).contains(quarter) else {
                return impossible(.noSuchQuarter(part ?? 0))
            }
            return .success(CivilDate(year: year, month: quarter * 3 - 2, day: 1)!
                ... CivilDate.endOfQuarter(year: year, quarter: quarter))
        case .half:
            return .success(part == 1 ? CivilDate(year: year, month: 1, day: 1)!...CivilDate(year: year, month: 6, day: 30)!
                : CivilDate(year: year, month: 7, day: 1)!...CivilDate(year: year, month: 12, day: 31)!)
        case .year:
            return .success(CivilDate(year: year, month: 1, day: 1)!...CivilDate(year: year, month: 12, day: 31)!)
        case .lunarNewYear:
            if let lunarName, lunarName != LunarYearName(year: year) {
                return impossible(.notThatLunarYear(year: year, name: LunarYearName(year: year).text))
            }
            guard let tet = LunarNewYear.tet(of: year) else { return impossible(.yearOutOfRange(year)) }
            return .success(tet...tet)
        }
    }
}
