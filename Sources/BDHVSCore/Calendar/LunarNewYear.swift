import Foundation

/// Tết Nguyên đán, the first day of the first lunar month, as Vietnam's calendar has it.
///
/// Computed, not looked up: the Vietnamese lunar calendar is the Chinese rules applied in
/// UTC+7, so its months start on the day of the new moon in Vietnam's time zone and a year
/// in which some month holds no major solar term has that month as its leap month. The
/// formulas are those of Hồ Ngọc Đức's "Âm lịch Việt Nam" (the new moon and the sun's
/// longitude from Jean Meeus, "Astronomical Algorithms", 1998), in time zone 7. In some years
/// Vietnam's Tết differs from China's (UTC+8): 21/01/1985 against 20/02/1985, 17/02/2007
/// against 18/02/2007.
public enum LunarNewYear {
    /// The years whose Tết is computed: those `CivilDate` accepts.
    public static let years = CivilDate.supportedYears

    /// The first day of the lunar year that begins in the Gregorian `year` (17/02/2026 for
    /// 2026), or nil outside `years`.
    public static func tet(of year: Int) -> CivilDate? {
        guard years.contains(year) else { return nil }
        let a11 = monthEleven(before: year - 1)
        let b11 = monthEleven(before: year)
        let k = Int(floor(0.5 + (Double(a11) - 2_415_021.076998695) / synodicMonth))
        // Month 1 is the second month after month 11, or the third when the leap month of
        // the year from a11 to b11 (13 months) comes before it.
        var offset = 2
        if b11 - a11 > 365, offset >= leapMonthOffset(after: a11) { offset += 1 }
        return date(julianDay: newMoonDay(k + offset))
    }

    /// The first Tết on or after `date`.
    public static func first(onOrAfter date: CivilDate) -> CivilDate? {
        guard let tet = tet(of: date.year) else { return nil }
        return tet >= date ? tet : self.tet(of: date.year + 1)
    }

    /// The first Tết strictly after `date`.
    public static func first(after date: CivilDate) -> CivilDate? {
        first(onOrAfter: date.adding(days: 1))
    }

    // MARK: - Astronomy (UTC+7)

    /// The mean length of a lunation in days.
    private static let synodicMonth = 29.530588853
    /// Vietnam's offset from UTC, in hours.
    private static let zone = 7.0

    /// The Julian day number of the start (in UTC+7) of the day of the `k`-th new moon after
    /// the one of 1900-01-01.
    static func newMoonDay(_ k: Int) -> Int {
        let k = Double(k)
        let t = k / 1236.85, t2 = t * t, t3 = t2 * t
        let dr = Double.pi / 180
        var jd = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        jd += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
        let m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * dr  // the sun's mean anomaly
        let mm = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * dr  // the moon's
        let f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * dr  // the moon's argument of latitude
        var c = (0.1734 - 0.000393 * t) * sin(m) + 0.0021 * sin(2 * m)
        c += -0.4068 * sin(mm) + 0.0161 * sin(2 * mm) - 0.0004 * sin(3 * mm)
        c += 0.0104 * sin(2 * f) - 0.0051 * sin(m + mm) - 0.0074 * sin(m - mm)
        c += 0.0004 * sin(2 * f + m) - 0.0004 * sin(2 * f - m) - 0.0006 * sin(2 * f + mm)
        c += 0.0010 * sin(2 * f - mm) + 0.0005 * sin(2 * mm + m)
        // Terrestrial time to universal time.
        let deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2
        return Int(floor(jd + c - deltaT + 0.5 + zone / 24))
    }

    /// Which twelfth of the ecliptic (0 from the March equinox, 30° each) the sun is in at the
    /// start of the day with Julian day number `day` in UTC+7.
    static func sunSegment(_ day: Int) -> Int {
        let t = (Double(day) - 2_451_545.5 - zone / 24) / 36525, t2 = t * t
        let dr = Double.pi / 180
        let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
        let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
        dl += (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
        var longitude = (l0 + dl) * dr
        longitude -= 2 * Double.pi * floor(longitude / (2 * Double.pi))
        return Int(floor(longitude / Double.pi * 6))
    }

    /// The Julian day number of the first day of lunar month 11 (the month holding the
    /// winter solstice) that begins in or before December of `year`.
    private static func monthEleven(before year: Int) -> Int {
        let k = Int(floor(Double(julianDay(year: year, month: 12, day: 31) - 2_415_021) / synodicMonth))
        let newMoon = newMoonDay(k)
        // A new moon with the sun already past 270° starts month 12, not 11.
        return sunSegment(newMoon) >= 9 ? newMoonDay(k - 1) : newMoon
    }

    /// The place after month 11 at `a11` of the year's leap month: the first month whose sun
    /// stays in one segment (no major solar term).
    private static func leapMonthOffset(after a11: Int) -> Int {
        let k = Int(floor((Double(a11) - 2_415_021.076998695) / synodicMonth + 0.5))
        var index = 1
        var segment = sunSegment(newMoonDay(k + index))
        var last = 0
        repeat {
            last = segment
            index += 1
            segment = sunSegment(newMoonDay(k + index))
        } while segment != last && index < 14
        return index - 1
    }

    /// The Julian day number of a Gregorian date (any year).
    private static func julianDay(year: Int, month: Int, day: Int) -> Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// The date of a Julian day number.
    private static func date(julianDay: Int) -> CivilDate {
        CivilDate(dayNumber: julianDay - 2_440_588)
    }
}
