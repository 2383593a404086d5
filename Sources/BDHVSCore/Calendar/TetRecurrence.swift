/// A duty due at Tết Nguyên đán every year ("Trước Tết hằng năm", "Dịp Tết Nguyên đán hằng
/// năm"): the year's duty is due at the Tết that ends it, as "Trước Tết Nguyên đán" in a plan
/// of 2025 means before Tết Bính Ngọ (17/02/2026, `TimelineTet`). The period of year Y runs
/// from Tết of Y to Tết of Y + 1: the duty of 2025 is due on 16/02/2026 (before Tết) or
/// 17/02/2026 (at Tết), and one done on 10/02/2026 is the duty of 2025. Its key is the year,
/// as a yearly duty's.
struct TetRecurrence {
    /// Due the day before Tết (true) or on Tết itself.
    var beforeTet: Bool

    /// The period of year `year`, or nil when its Tết is outside the years computed.
    func occurrence(ofYear year: Int) -> Occurrence? {
        guard let opening = LunarNewYear.tet(of: year), let closing = LunarNewYear.tet(of: year + 1) else { return nil }
        // Before Tết: from Tết to the day before the next; at Tết: from the day after it to the next.
        let shift = beforeTet ? -1 : 0
        return Occurrence(key: String(year), start: opening.adding(days: shift + 1), end: closing.adding(days: shift))
    }

    /// The period that holds `date`; at the ends of the years computed, the calendar year's.
    func occurrence(containing date: CivilDate) -> Occurrence {
        if let this = occurrence(ofYear: date.year), date >= this.start { return this }
        if let previous = occurrence(ofYear: date.year - 1), date <= previous.end { return previous }
        return RecurrencePeriod.yearly.occurrence(containing: date)
    }
}
