extension TaskRow {
    /// What follows a tentative deadline: " (dự kiến)", or, for a deadline read from a
    /// timeline naming Tết with no year ("Trước Tết Nguyên đán"), which Tết was taken:
    /// " (dự kiến, Tết Bính Ngọ 17/02/2026)". Empty for a deadline that is not tentative.
    public func tentativeMark(_ language: Language) -> String {
        guard tentative else { return "" }
        guard let deadline, let tet = LunarNewYear.named(in: timeline, due: deadline) else {
            return language.pick(" (dự kiến)", " (tentative)")
        }
        let tetText = "Tết \(LunarYearName(year: tet.year).text) \(tet.vietnamese)"
        return language.pick(" (dự kiến, \(tetText))", " (tentative, \(tetText))")
    }
}
