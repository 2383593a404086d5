import BDHVSCore

/// The kinds of value an option or argument takes, named by their value names in help
/// (`<date>`, `<amount>`, …), with the form each expects, said in the user's language.
/// (Options that take one of a few words are told by the words themselves.)
enum ArgumentKind: String, CaseIterable, Sendable {
    case date, amount, count, days, percent, unit, value, group, port, year

    /// The kind whose value name is `valueName`, in either language (`date`, `ngày`).
    init?(valueName: String) {
        guard let kind = Self(rawValue: valueName) ?? Self.allCases.first(where: { HelpLanguage.valueNames[$0.rawValue] == valueName }) else {
            return nil
        }
        self = kind
    }

    /// What a value of this kind looks like.
    func expected(_ language: Language) -> String {
        switch (self, language) {
        case (.date, .vi): return "một ngày dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 31/12/2025 hoặc 2025-12-31"
        case (.date, .en): return "a date as dd/mm/yyyy or YYYY-MM-DD, e.g. 31/12/2025 or 2025-12-31"
        case (.amount, let language): return Money.expectedForm(language)
        case (.count, .vi): return "một số nguyên không âm, ví dụ 2148 hoặc 2.148"
        case (.count, .en): return "a whole number, 0 or more, e.g. 2148 or 2.148"
        case (.days, .vi): return "một số ngày từ 0 trở lên, ví dụ 30"
        case (.days, .en): return "a number of days, 0 or more, e.g. 30"
        case (.percent, .vi): return "một số nguyên từ 0 đến 100"
        case (.percent, .en): return "a whole number from 0 to 100"
        case (.unit, .vi): return "'người' hoặc 'lượt'"
        case (.unit, .en): return "'người' (people) or 'lượt' (enrolments)"
        case (.value, .vi): return "một tỷ lệ phần trăm như 85,3 hoặc một số lượng, tối đa một chữ số thập phân"
        case (.value, .en): return "a percentage such as 85,3 or a count, with at most one decimal"
        case (.group, .vi): return "NHÓM=SỐ, ví dụ cbccvc=631"
        case (.group, .en): return "GROUP=COUNT, e.g. cbccvc=631"
        case (.port, .vi): return "một cổng từ 0 đến 65535, ví dụ 8080"
        case (.port, .en): return "a port from 0 to 65535, e.g. 8080"
        case (.year, .vi): return "một năm từ \(PlanDocument.yearRange.lowerBound) đến \(PlanDocument.yearRange.upperBound), ví dụ 2025"
        case (.year, .en): return "a year from \(PlanDocument.yearRange.lowerBound) to \(PlanDocument.yearRange.upperBound), e.g. 2025"
        }
    }
}
