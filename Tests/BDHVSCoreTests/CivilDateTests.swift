import Foundation
import Testing
@testable import BDHVSCore

@Suite struct CivilDateTests {
    /// Days past any year (`task list --due-within 9223372036854775807`) stop at the last
    /// four-digit date instead of trapping, and a day count past year 9999 does not make a
    /// five-digit year whose ISO text would sort before every deadline.
    @Test func addingDaysStaysWithinFourDigitYears() {
        let day = isoDate("2025-12-31")
        #expect(day.adding(days: Int.max).iso == "9999-12-31")
        #expect(day.adding(days: 3_000_000).iso == "9999-12-31")
        #expect(day.adding(days: Int.min).iso == "0001-01-01")
        #expect(day.adding(days: -1_000_000).iso == "0001-01-01")
        #expect(day.adding(days: 31).iso == "2026-01-31")
        #expect(day.adding(days: -365).iso == "2024-12-31")
    }

    /// Both ways of writing a date pad every part: a year of one digit, a day and month of one.
    @Test func datesAreWrittenPadded() {
        #expect(isoDate("2025-12-31").vietnamese == "31/12/2025")
        #expect(isoDate("2026-02-03").iso == "2026-02-03")
        #expect(isoDate("2026-02-03").vietnamese == "03/02/2026")
        #expect(isoDate("2025-12-31").adding(days: Int.min).adding(days: 4 * 365 + 40).iso == "0005-02-09")
        #expect(isoDate("2025-12-31").adding(days: Int.min).adding(days: 4 * 365 + 40).vietnamese == "09/02/0005")
        #expect(isoDate("2025-12-31").adding(days: Int.max).vietnamese == "31/12/9999")
    }

    @Test(arguments: [
        (2024, true), (2028, true), (2000, true), (1600, true), (2025, false), (2026, false),
        (2100, false), (1900, false), (2200, false), (2023, false), (2400, true),
    ])
    func leapYears(year: Int, leap: Bool) {
        #expect(CivilDate.isLeapYear(year) == leap)
    }

    @Test(arguments: [
        (2025, 1, 31), (2025, 2, 28), (2024, 2, 29), (2028, 2, 29), (2100, 2, 28), (2000, 2, 29),
        (2025, 3, 31), (2025, 4, 30), (2025, 5, 31), (2025, 6, 30), (2025, 7, 31), (2025, 8, 31),
        (2025, 9, 30), (2025, 10, 31), (2025, 11, 30), (2025, 12, 31), (2025, 0, 0), (2025, 13, 0),
    ])
    func daysInMonth(year: Int, month: Int, days: Int) {
        #expect(CivilDate.daysInMonth(year: year, month: month) == days)
    }

    @Test(arguments: [
        (2025, 2, "2025-02-28"), (2028, 2, "2028-02-29"), (2100, 2, "2100-02-28"), (2000, 2, "2000-02-29"),
        (2025, 4, "2025-04-30"), (2025, 8, "2025-08-31"), (2026, 12, "2026-12-31"),
    ])
    func endOfMonth(year: Int, month: Int, iso: String) {
        #expect(CivilDate.endOfMonth(year: year, month: month).iso == iso)
    }

    @Test(arguments: [(1, "2025-03-31"), (2, "2025-06-30"), (3, "2025-09-30"), (4, "2025-12-31")])
    func endOfQuarter(quarter: Int, iso: String) {
        #expect(CivilDate.endOfQuarter(year: 2025, quarter: quarter).iso == iso)
    }

    @Test(arguments: [
        (2025, 2, 29), (2025, 2, 31), (2100, 2, 29), (2025, 4, 31), (2025, 13, 1), (2025, 0, 1),
        (2025, 1, 0), (2025, 1, 32), (1899, 12, 31), (2201, 1, 1), (2025, -1, 1),
    ])
    func impossibleDatesAreNil(year: Int, month: Int, day: Int) {
        #expect(CivilDate(year: year, month: month, day: day) == nil)
    }

    @Test(arguments: [(2024, 2, 29), (2028, 2, 29), (2000, 2, 29), (1900, 1, 1), (2200, 12, 31), (2025, 12, 31)])
    func possibleDatesExist(year: Int, month: Int, day: Int) throws {
        let date = try #require(CivilDate(year: year, month: month, day: day))
        #expect((date.year, date.month, date.day) == (year, month, day))
    }

    @Test(arguments: [
        ("2025-12-31", "31/12/2025"), ("2025-01-05", "05/01/2025"), ("2028-02-29", "29/02/2028"),
        ("1900-01-01", "01/01/1900"), ("2200-12-31", "31/12/2200"),
    ])
    func isoAndVietnameseForms(iso: String, vietnamese: String) throws {
        let date = try #require(CivilDate(iso: iso))
        #expect(date.iso == iso)
        #expect(date.description == iso)
        #expect(date.vietnamese == vietnamese)
    }

    @Test(arguments: [
        "2025-2-28", "25-12-31", "2025/12/31", "2025-12-31 ", " 2025-12-31", "2025-13-01", "2025-02-29",
        "2025-12-3x", "", "20251231", "2025-12-310", "+025-12-31", "２０２５-12-31",
    ])
    func malformedISOIsNil(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    /// A date typed in a form the Vietnamese way (the dashboard's as-of field).
    @Test(arguments: [
        ("31/12/2025", "2025-12-31"), ("1/9/2025", "2025-09-01"), ("29/02/2024", "2024-02-29"), ("01/01/2000", "2000-01-01"),
        ("29/02/2025", nil), ("31/4/2025", nil), ("12/31/2025", nil), ("1/9/25", nil), ("001/9/2025", nil), ("1/9/2025/", nil),
        ("1//2025", nil), ("", nil), ("a/b/cdef", nil), ("٣/9/2025", nil), (" 1/9/2025", nil),
    ] as [(String, String?)])
    func vietnameseFormOfADate(text: String, iso: String?) {
        #expect(CivilDate(vietnamese: text)?.iso == iso)
    }

    @Test(arguments: [
        ("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2000-01-01", 10957),
        ("2000-03-01", 11017), ("2025-12-31", 20453), ("1900-01-01", -25567), ("2200-12-31", 84370),
    ])
    func dayNumbers(iso: String, number: Int) throws {
        let date = try #require(CivilDate(iso: iso))
        #expect(date.dayNumber == number)
        #expect(CivilDate(dayNumber: number) == date)
    }

    /// Every day from year -220 to 4160: the number round-trips and consecutive numbers are
    /// consecutive calendar days (the day after the last of a month is the 1st of the next).
    @Test func dayNumberRoundTripsOverWideRange() {
        var failures: [String] = []
        var previous = CivilDate(dayNumber: -800_001)
        for number in -800_000...800_000 {
            let date = CivilDate(dayNumber: number)
            let next = previous.day == CivilDate.daysInMonth(year: previous.year, month: previous.month)
                ? (previous.month == 12 ? (previous.year + 1, 1, 1) : (previous.year, previous.month + 1, 1))
                : (previous.year, previous.month, previous.day + 1)
            if date.dayNumber != number || !(previous < date) || (date.year, date.month, date.day) != next {
                failures.append("\(number): \(date.iso) after \(previous.iso)")
            }
            if (1900...2200).contains(date.year),
               CivilDate(year: date.year, month: date.month, day: date.day) != date || CivilDate(iso: date.iso) != date {
                failures.append("\(number): \(date.iso) does not rebuild")
            }
            previous = date
            if failures.count > 5 { break }
        }
        #expect(failures == [])
    }

    @Test(arguments: [
        ("2025-12-31", 1, "2026-01-01"), ("2028-02-28", 1, "2028-02-29"), ("2028-03-01", -1, "2028-02-29"),
        ("2100-02-28", 1, "2100-03-01"), ("2026-01-01", -1, "2025-12-31"), ("2025-01-01", 365, "2026-01-01"),
        ("2024-01-01", 366, "2025-01-01"), ("2025-08-31", 0, "2025-08-31"), ("2025-10-10", -10000, "1998-05-25"),
    ])
    func addingDays(from: String, days: Int, to: String) throws {
        let start = try #require(CivilDate(iso: from))
        let end = try #require(CivilDate(iso: to))
        #expect(start.adding(days: days) == end)
        #expect(start.days(until: end) == days)
        #expect(end.days(until: start) == -days)
    }

    @Test func ordering() throws {
        let dates = ["2025-12-31", "2025-01-31", "2024-12-31", "2025-02-01", "2025-01-01"].compactMap(CivilDate.init(iso:))
        #expect(dates.sorted().map(\.iso) == ["2024-12-31", "2025-01-01", "2025-01-31", "2025-02-01", "2025-12-31"])
        #expect(try #require(CivilDate(iso: "2025-06-30")) < #require(CivilDate(iso: "2025-07-01")))
        #expect(!(try #require(CivilDate(iso: "2025-07-01")) < #require(CivilDate(iso: "2025-07-01"))))
    }

    @Test(arguments: [
        (Int64(1_767_200_399), "2025-12-31"),  // 2025-12-31T16:59:59Z = 23:59:59 in Vietnam
        (Int64(1_767_200_400), "2026-01-01"),  // 2025-12-31T17:00:00Z = 00:00:00 in Vietnam
        (Int64(0), "1970-01-01"),
        (Int64(-25_201), "1969-12-31"),  // 1969-12-31T16:59:59Z
        (Int64(-25_200), "1970-01-01"),  // 1969-12-31T17:00:00Z
        (Int64(1_709_139_600), "2024-02-29"),  // 2024-02-28T17:00:00Z
        (Int64(1_709_225_999), "2024-02-29"),  // 2024-02-29T16:59:59Z
    ])
    func todayInVietnam(epochSeconds: Int64, iso: String) {
        #expect(CivilDate.today(epochSeconds: epochSeconds).iso == iso)
        #expect(CivilDate.today(epochSeconds: epochSeconds, utcOffsetSeconds: CivilDate.vietnamUTCOffsetSeconds).iso == iso)
    }

    @Test(arguments: [
        (Int64(1_767_200_400), 0, "2025-12-31"), (Int64(1_767_225_599), 0, "2025-12-31"),
        (Int64(1_767_225_600), 0, "2026-01-01"), (Int64(1_767_225_600), -3600, "2025-12-31"),
        (Int64(-1), 0, "1969-12-31"), (Int64(-86_400), 0, "1969-12-31"), (Int64(-86_401), 0, "1969-12-30"),
    ])
    func todayWithOtherOffsets(epochSeconds: Int64, offset: Int, iso: String) {
        #expect(CivilDate.today(epochSeconds: epochSeconds, utcOffsetSeconds: offset).iso == iso)
    }

    @Test func vietnamOffsetIsSevenHours() {
        #expect(CivilDate.vietnamUTCOffsetSeconds == 25_200)
    }

    @Test func codableAsISOString() throws {
        struct Box: Codable, Equatable { var due: CivilDate }
        let box = Box(due: try #require(CivilDate(year: 2028, month: 2, day: 29)))
        let data = try JSONEncoder().encode(box)
        #expect(String(decoding: data, as: UTF8.self) == #"{"due":"2028-02-29"}"#)
        #expect(try JSONDecoder().decode(Box.self, from: data) == box)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Box.self, from: Data(#"{"due":"29/02/2028"}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Box.self, from: Data(#"{"due":"2025-02-29"}"#.utf8))
        }
    }
}
