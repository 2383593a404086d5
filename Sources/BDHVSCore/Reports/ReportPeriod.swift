/// The period a periodic report covers: a month ("2025-10"), a quarter ("2025-Q4"), a half
/// year ("2025-H2") or a year ("2025"), with the period that follows it.
public struct ReportPeriod: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case month(Int), quarter(Int), half(Int), year
    }

    public var year: Int
    public var kind: Kind

    /// The years a period may name: the movement's and the years around it, with room.
    static let years = 2000...2100

    /// Reads "2025-10", "2025-Q4", "2025-H2" or "2025", or a period as documents write it
    /// ("Quý IV/2025", "Tháng 10/2025", "6 tháng cuối năm 2025", "Năm 2025": `written`);
    /// what cannot be read says what is expected.
    public static func parse(_ text: String) throws -> ReportPeriod {
        guard let period = coded(text) ?? written(text) else { throw ReportPeriodError(written: text) }
        return period
    }

    /// "2025-10", "2025-Q4", "2025-H2" or "2025"; nil for anything else.
    static func coded(_ text: String) -> ReportPeriod? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first), years.contains(year), parts.count <= 2 else {
            return nil
        }
        guard parts.count == 2 else { return ReportPeriod(year: year, kind: .year) }
        let rest = parts[1]
        if rest.hasPrefix("Q"), let n = Int(rest.dropFirst()), (1...4).contains(n), rest.count == 2 {
            return ReportPeriod(year: year, kind: .quarter(n))
        }
        if rest.hasPrefix("H"), let n = Int(rest.dropFirst()), (1...2).contains(n), rest.count == 2 {
            return ReportPeriod(year: year, kind: .half(n))
        }
        if rest.count == 2, rest.allSatisfy(\.isASCII), let month = Int(rest), (1...12).contains(month) {
            return ReportPeriod(year: year, kind: .month(month))
        }
        return nil
    }

    /// The first and last months of the period.
    var months: ClosedRange<Int> {
        switch kind {
        case .month(let m): return m...m
        case .quarter(let q): return (q * 3 - 2)...(q * 3)
        case .half(let h): return (h * 6 - 5)...(h * 6)
        case .year: return 1...12
        }
    }

    public var start: CivilDate {
        CivilDate(year: year, month: months.lowerBound, day: 1)!
    }

    public var end: CivilDate {
        CivilDate(year: year, month: months.upperBound, day: CivilDate.daysInMonth(year: year, month: months.upperBound))!
    }

    public func contains(_ date: CivilDate) -> Bool {
        start <= date && date <= end
    }

    /// The period of the same length that follows.
    public var next: ReportPeriod {
        switch kind {
        case .month(let m): return m == 12 ? ReportPeriod(year: year + 1, kind: .month(1)) : ReportPeriod(year: year, kind: .month(m + 1))
        case .quarter(let q): return q == 4 ? ReportPeriod(year: year + 1, kind: .quarter(1)) : ReportPeriod(year: year, kind: .quarter(q + 1))
        case .half(let h): return h == 2 ? ReportPeriod(year: year + 1, kind: .half(1)) : ReportPeriod(year: year, kind: .half(2))
        case .year: return ReportPeriod(year: year + 1, kind: .year)
        }
    }

    /// "tháng 10 năm 2025", "quý IV năm 2025", "6 tháng cuối năm 2025", "năm 2025".
    public func name(_ l: Language) -> String {
        switch kind {
        case .month(let m): return l.pick("tháng \(m) năm \(year)", "\(Self.monthNames[m - 1]) \(year)")
        case .quarter(let q): return l.pick("quý \(ReportNumbering.roman(q)) năm \(year)", "Q\(q) \(year)")
        case .half(let h): return l.pick(h == 1 ? "6 tháng đầu năm \(year)" : "6 tháng cuối năm \(year)", h == 1 ? "the first half of \(year)" : "the second half of \(year)")
        case .year: return l.pick("năm \(year)", "\(year)")
        }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                             "November", "December"]
}

/// A period that cannot be read.
public struct ReportPeriodError: UserFacingError, Hashable {
    /// What was written.
    public var written: String
    public var failure: FailureKind { .invalidInput }
    public var id: String { "report.not-a-period" }

    public func text(_ language: Language) -> String {
        language.pick("'\(written)' không phải là kỳ báo cáo; cần tháng (2025-10), quý (2025-Q4), 6 tháng (2025-H2) hoặc năm (2025)",
                      "'\(written)' is not a report period; expected a month (2025-10), a quarter (2025-Q4), a half year (2025-H2) or a year (2025)")
    }
}

/// A report period that ends before the first year of its plan: a year typed wrong, which
/// would draft a report of a year the plan never ran in.
public struct ReportPeriodBeforePlan: UserFacingError, Equatable {
    public var period: ReportPeriod
    public var plan: String
    public var firstYear: Int
    public var failure: FailureKind { .invalidInput }
    public var id: String { "report.period-before-plan" }

    public func text(_ language: Language) -> String {
        language.pick("kỳ báo cáo \(period.name(.vi)) trước năm \(firstYear) là năm bắt đầu của kế hoạch '\(plan)'; hãy kiểm tra lại năm",
                      "the report period \(period.name(.en)) is before \(firstYear), the first year of plan '\(plan)'; check the year")
    }
}
