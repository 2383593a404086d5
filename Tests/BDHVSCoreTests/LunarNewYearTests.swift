import Testing
@testable import BDHVSCore

/// Tết Nguyên đán as Vietnam's calendar (UTC+7) has it, computed by `LunarNewYear`.
@Suite struct LunarNewYearTests {
    /// Dates known in Vietnam, two of them a day or a month away from China's (UTC+8):
    /// 1985 (China: 20/02/1985) and 2007 (China: 18/02/2007); 1968, Tết Mậu Thân, the first
    /// year of the UTC+7 calendar in the North (the South kept 30/01/1968).
    @Test(arguments: [
        (2024, "10/02/2024"), (2025, "29/01/2025"), (2026, "17/02/2026"), (2027, "06/02/2027"),
        (2007, "17/02/2007"), (1985, "21/01/1985"), (1968, "29/01/1968"), (2000, "05/02/2000"),
    ])
    func knownTet(year: Int, date: String) {
        #expect(LunarNewYear.tet(of: year)?.vietnamese == date)
    }

    /// Hồ Ngọc Đức's published year tables ("Âm lịch Việt Nam", amlich-hnd.js, TK20 to TK22),
    /// decoded to Tết's day and month, for every year from 1968 (the UTC+7 calendar) to 2174:
    /// the computation agrees in each. (Before 1968 the tables follow the Chinese calendar the
    /// country used then; in 2175 and 2199 a new moon within minutes of midnight falls on the
    /// other side of it with the short formulas.)
    static let published: [(Int, String)] = [
        (1968, "29/01 16/02"),
        (1970, "06/02 27/01 15/02 03/02 23/01 11/02 31/01 18/02 07/02 28/01"),
        (1980, "16/02 05/02 25/01 13/02 02/02 21/01 09/02 29/01 17/02 06/02"),
        (1990, "27/01 15/02 04/02 23/01 10/02 31/01 19/02 07/02 28/01 16/02"),
        (2000, "05/02 24/01 12/02 01/02 22/01 09/02 29/01 17/02 07/02 26/01"),
        (2010, "14/02 03/02 23/01 10/02 31/01 19/02 08/02 28/01 16/02 05/02"),
        (2020, "25/01 12/02 01/02 22/01 10/02 29/01 17/02 06/02 26/01 13/02"),
        (2030, "02/02 23/01 11/02 31/01 19/02 08/02 28/01 15/02 04/02 24/01"),
        (2040, "12/02 01/02 22/01 10/02 30/01 17/02 06/02 26/01 14/02 02/02"),
        (2050, "23/01 11/02 01/02 18/02 08/02 28/01 15/02 04/02 24/01 12/02"),
        (2060, "02/02 21/01 09/02 29/01 17/02 05/02 26/01 14/02 03/02 23/01"),
        (2070, "11/02 31/01 19/02 07/02 27/01 15/02 05/02 24/01 12/02 02/02"),
        (2080, "22/01 09/02 29/01 17/02 06/02 26/01 14/02 03/02 24/01 10/02"),
        (2090, "30/01 18/02 07/02 27/01 15/02 05/02 25/01 12/02 01/02 21/01"),
        (2100, "09/02 29/01 17/02 07/02 28/01 15/02 04/02 24/01 12/02 31/01"),
        (2110, "19/02 08/02 29/01 16/02 06/02 26/01 14/02 02/02 22/01 10/02"),
        (2120, "30/01 17/02 07/02 27/01 15/02 03/02 23/01 11/02 01/02 19/02"),
        (2130, "08/02 29/01 17/02 05/02 25/01 13/02 02/02 22/01 10/02 30/01"),
        (2140, "18/02 07/02 27/01 15/02 04/02 23/01 11/02 01/02 21/01 08/02"),
        (2150, "29/01 16/02 05/02 24/01 12/02 02/02 23/01 10/02 30/01 18/02"),
        (2160, "07/02 26/01 14/02 03/02 24/01 11/02 01/02 20/02 09/02 28/01"),
        (2170, "16/02 05/02 25/01 12/02 02/02"),
    ]

    @Test(arguments: published)
    func agreesWithThePublishedTables(first: Int, dates: String) {
        for (offset, dayAndMonth) in dates.split(separator: " ").enumerated() {
            let year = first + offset
            #expect(LunarNewYear.tet(of: year)?.vietnamese == "\(dayAndMonth)/\(year)", "\(year)")
        }
    }

    @Test func publishedYearsAreAllThere() {
        let years = Self.published.map { (first: Int, dates: String) in dates.split(separator: " ").count }.reduce(0, +)
        #expect(years == 207)
    }

    @Test func everySupportedYearHasATetInLateJanuaryOrFebruary() {
        let earliest = CivilDate(year: 2000, month: 1, day: 21)!, latest = CivilDate(year: 2000, month: 2, day: 20)!
        for year in LunarNewYear.years {
            let tet = LunarNewYear.tet(of: year)
            let sameDayIn2000 = tet.flatMap { CivilDate(year: 2000, month: $0.month, day: $0.day) }
            #expect(tet?.year == year, "\(year)")
            #expect(sameDayIn2000.map { (earliest...latest).contains($0) } == true, "\(year)")
        }
        #expect(LunarNewYear.tet(of: 1899) == nil)
        #expect(LunarNewYear.tet(of: 2201) == nil)
    }

    @Test func firstTetAfterADay() {
        #expect(LunarNewYear.first(after: CivilDate(year: 2026, month: 1, day: 10)!)?.vietnamese == "17/02/2026")
        #expect(LunarNewYear.first(after: CivilDate(year: 2026, month: 2, day: 17)!)?.vietnamese == "06/02/2027")
        #expect(LunarNewYear.first(onOrAfter: CivilDate(year: 2026, month: 2, day: 17)!)?.vietnamese == "17/02/2026")
        #expect(LunarNewYear.first(after: CivilDate(year: 2025, month: 7, day: 24)!)?.vietnamese == "17/02/2026")
    }

    @Test(arguments: [
        (2026, "Bính Ngọ"), (2025, "Ất Tỵ"), (2024, "Giáp Thìn"), (1984, "Giáp Tý"), (2023, "Quý Mão"), (1968, "Mậu Thân"),
        (2027, "Đinh Mùi"), (2043, "Quý Hợi"),
    ])
    func lunarYearNames(year: Int, name: String) {
        #expect(LunarYearName(year: year).text == name)
    }

    @Test func lunarYearNamesReadFolded() {
        #expect(LunarYearName(folded: "binh", "ngo") == LunarYearName(year: 2026))
        // "Tý" and "Tỵ" fold alike: the stem tells them apart.
        #expect(LunarYearName(folded: "giap", "ty") == LunarYearName(year: 1984))
        #expect(LunarYearName(folded: "at", "ty") == LunarYearName(year: 2025))
        #expect(LunarYearName(folded: "at", "ti") == LunarYearName(year: 2025))
        #expect(LunarYearName(folded: "quy", "meo") == LunarYearName(year: 2023))
        // No year is "Giáp Sửu" (a stem and a branch of different parity).
        #expect(LunarYearName(folded: "giap", "suu") == nil)
        #expect(LunarYearName(folded: "binh", "thang") == nil)
        #expect(LunarYearName(year: 2026).year(nearest: 2025) == 2026)
        #expect(LunarYearName(year: 2025).year(nearest: 2025) == 2025)
        #expect(LunarYearName(year: 2024).year(nearest: 2025) == 2024)
    }
}
