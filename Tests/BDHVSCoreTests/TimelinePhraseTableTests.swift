import Testing
@testable import BDHVSCore

/// Every form of timeline the README lists and issue 11 asks for, in a plan of 2025: its
/// kind, start and deadline. Each phrase is also checked without diacritics, in capitals
/// and padded with white space and a final period.
@Suite struct TimelinePhraseTableTests {
    private static let parser = TimelineParser(planYear: 2025)

    /// The schedule in a few words: "due 01/07/2025…31/12/2025", "tentative -…30/09/2025",
    /// "ongoing", "ongoing from 01/09/2025", "recurring monthly", "external", "ongoing+external".
    private static func view(_ schedule: Schedule) -> String {
        switch schedule {
        case .due(let deadline, let start, let tentative):
            return "\(tentative ? "tentative" : "due") \(start?.vietnamese ?? "-")…\(deadline.vietnamese)"
        case .ongoing: return "ongoing"
        case .ongoingFrom(let start): return "ongoing from \(start.vietnamese)"
        case .recurring(let period, let from): return "recurring \(period.rawValue)" + (from.map { " from \($0.vietnamese)" } ?? "")
        case .external: return "external"
        case .ongoingAndExternal: return "ongoing+external"
        }
    }

    static let phrases: [(String, String)] = [
        // Bare years and months, year ranges.
        ("2025", "due -…31/12/2025"), ("2028", "due -…31/12/2028"), ("12/2025", "due -…31/12/2025"),
        ("2/2028", "due -…29/02/2028"), ("2025 - 2026", "due 01/01/2025…31/12/2026"), ("2025-2026", "due 01/01/2025…31/12/2026"),
        ("giai đoạn 2025 - 2030", "due 01/01/2025…31/12/2030"), ("Giai đoạn 2025-2030", "due 01/01/2025…31/12/2030"),
        ("trong giai đoạn 2026 - 2028", "due 01/01/2026…31/12/2028"), ("năm 2025 - 2026", "due 01/01/2025…31/12/2026"),
        ("Thực hiện từ năm 2025 đến năm 2027", "due 01/01/2025…31/12/2027"),
        // Lists and ranges inside one unit.
        ("Quý III, IV/2025", "due 01/07/2025…31/12/2025"), ("tháng 8, 9/2025", "due 01/08/2025…30/09/2025"),
        ("tháng 8-9/2025", "due 01/08/2025…30/09/2025"), ("Quý I, II năm 2026", "due 01/01/2026…30/06/2026"),
        ("tháng 8, 9 và 10/2025", "due 01/08/2025…31/10/2025"), ("tháng 1, 2/2028", "due 01/01/2028…29/02/2028"),
        ("tháng 12/2025 và tháng 1/2026", "due 01/12/2025…31/01/2026"), ("Quý IV/2025 - Quý I/2026", "due 01/10/2025…31/03/2026"),
        ("ngày 10, 11/10/2025", "due 10/10/2025…11/10/2025"), ("từ tháng 12/2027 đến tháng 2/2028", "due 01/12/2027…29/02/2028"),
        // Framing words.
        ("Thực hiện từ tháng 9/2025 đến hết tháng 12/2025", "due 01/09/2025…31/12/2025"),
        ("Hoàn thành trong tháng 10/2025", "due -…31/10/2025"), ("Triển khai trong năm 2026", "due -…31/12/2026"),
        ("Triển khai trong Quý III/2025", "due -…30/09/2025"), ("đến cuối năm 2026", "due -…31/12/2026"),
        ("cuối tháng 10/2025", "due -…31/10/2025"), ("Cuối tháng 2/2028", "due -…29/02/2028"), ("cuối quý II/2025", "due -…30/06/2025"),
        // Parts of a month or year with no day: the Vietnamese calendar's thirds of a month, the
        // first week, the first quarter; tentative.
        ("Đầu tháng 10/2025", "tentative -…10/10/2025"), ("giữa tháng 11/2025", "tentative -…20/11/2025"),
        ("Thượng tuần tháng 9/2025", "tentative -…10/09/2025"), ("trung tuần tháng 8", "tentative -…20/08/2025"),
        ("Hạ tuần tháng 2/2028", "tentative -…29/02/2028"), ("Tuần đầu tháng 10/2025", "tentative -…07/10/2025"),
        ("Đầu năm 2026", "tentative -…31/03/2026"), ("Từ đầu tháng 9 đến giữa tháng 10/2025", "tentative 01/09/2025…20/10/2025"),
        ("Hoàn thành trong tuần đầu tháng 12/2025", "tentative -…07/12/2025"),
        // The middle of the year (the second quarter), the last week of a month.
        ("Giữa năm 2025", "tentative -…30/06/2025"), ("giữa năm", "tentative -…30/06/2025"), ("Đầu năm", "tentative -…31/03/2025"),
        ("Từ đầu năm đến giữa năm 2026", "tentative 01/01/2026…30/06/2026"), ("Tuần cuối tháng 9/2025", "tentative -…30/09/2025"),
        ("tuần cuối của tháng 9", "tentative -…30/09/2025"), ("Tuần cuối tháng 2/2028", "tentative -…29/02/2028"),
        ("Từ tuần cuối tháng 9 đến giữa tháng 10/2025", "tentative 24/09/2025…20/10/2025"),
        ("tuần đầu của tháng 10/2025", "tentative -…07/10/2025"),
        // Tết Nguyên đán (17/02/2026, 06/02/2027): with no year, the one that ends the plan's
        // year, tentative; with a year or a lunar year's name, that one.
        ("Trước Tết Nguyên đán", "tentative -…16/02/2026"), ("Trước Tết Nguyên đán Bính Ngọ 2026", "due -…16/02/2026"),
        ("Trước Tết Nguyên đán Bính Ngọ", "due -…16/02/2026"), ("trước Tết Nguyên đán năm 2027", "due -…05/02/2027"),
        ("Dịp Tết Nguyên đán 2026", "due -…17/02/2026"), ("Vào dịp Tết Nguyên đán", "tentative -…17/02/2026"),
        ("Nhân dịp Tết Nguyên đán Ất Tỵ", "due -…29/01/2025"), ("Trước Tết Âm lịch 2026", "due -…16/02/2026"),
        ("Hoàn thành trước Tết cổ truyền năm Bính Ngọ 2026", "due -…16/02/2026"),
        ("Từ tháng 12/2025 đến Tết Nguyên đán 2026", "due 01/12/2025…17/02/2026"), ("Trước dịp Tết 2026", "due -…16/02/2026"),
        ("đến cuối năm", "due -…31/12/2025"), ("trước 15/9/2025", "due -…14/09/2025"), ("Hoàn thành trước 1/3/2024", "due -…29/02/2024"),
        ("Tổ chức thực hiện trong tháng 11/2025", "due -…30/11/2025"), ("Thời gian: Quý IV/2025", "due -…31/12/2025"),
        ("Hoàn thành trong 6 tháng đầu năm 2026", "due -…30/06/2026"), ("vào tháng 8/2025", "due -…31/08/2025"),
        ("Dự kiến hoàn thành trong tháng 9/2025", "tentative -…30/09/2025"), ("Ban hành trong Quý I/2028", "due -…31/03/2028"),
        // Ongoing forms.
        ("Nhiệm vụ thường xuyên", "ongoing"), ("thường xuyên, liên tục", "ongoing"), ("Liên tục", "ongoing"), ("Thực hiện thường xuyên", "ongoing"),
        ("2025 và những năm tiếp theo", "ongoing from 01/01/2025"), ("Từ năm 2026 và các năm tiếp theo", "ongoing from 01/01/2026"),
        ("từ năm 2025 trở đi", "ongoing from 01/01/2025"),
        // A year work starts in and no end (Phụ lục II of Quyết định 2629/QĐ-TTg): from then on.
        ("Bắt đầu triển khai từ năm 2026", "ongoing from 01/01/2026"), ("Từ năm 2026", "ongoing from 01/01/2026"),
        ("bắt đầu thực hiện từ 2027", "ongoing from 01/01/2027"), ("Bat dau tu nam 2026", "ongoing from 01/01/2026"),
        ("Năm 2026", "due -…31/12/2026"), ("Từ năm 2025 đến năm 2026", "due 01/01/2025…31/12/2026"),
        // A month or a day work starts on and no end (QA round 10): from its first day on.
        ("Từ tháng 9/2025", "ongoing from 01/09/2025"), ("từ ngày 15/9/2025", "ongoing from 15/09/2025"),
        ("Thực hiện từ tháng 10", "ongoing from 01/10/2025"), ("Bắt đầu từ Quý IV/2025", "ongoing from 01/10/2025"),
        ("Từ tháng 9/2025 trở đi", "ongoing from 01/09/2025"), ("từ ngày 15/9/2025 trở đi", "ongoing from 15/09/2025"),
        // A school year: September to May, the end tentative.
        ("Năm học 2025-2026", "tentative 01/09/2025…31/05/2026"), ("trong năm học 2025 - 2026", "tentative 01/09/2025…31/05/2026"),
        ("Năm học 2026–2027", "tentative 01/09/2026…31/05/2027"),
        // A deadline, then an ongoing duty: the deadline.
        ("Quý III/2025 và thường xuyên", "due -…30/09/2025"), ("Tháng 9/2025, thường xuyên", "due -…30/09/2025"),
        ("Hoàn thành trong Quý IV/2025 và thực hiện thường xuyên", "due -…31/12/2025"),
        // Yearly dates and periodic duties.
        ("ngày 10/10 hằng năm", "recurring yearly:10-10"), ("10/10 hàng năm", "recurring yearly:10-10"),
        // Ngày Chuyển đổi số quốc gia as a ward's table writes it, and its one-year form.
        ("Dịp 10/10 hằng năm", "recurring yearly:10-10"), ("vào dịp 10/10 hằng năm", "recurring yearly:10-10"),
        ("Dịp 10/10/2025", "due -…10/10/2025"),
        ("Hằng năm, vào ngày 29/2", "recurring yearly:02-29"), ("tháng 12 hằng năm", "recurring yearly:12-31"),
        ("ngày 2/9 hàng năm", "recurring yearly:09-02"), ("báo cáo định kỳ 6 tháng, hằng năm", "recurring half_yearly"),
        ("Báo cáo định kỳ hằng quý, 6 tháng, năm", "recurring quarterly"), ("định kỳ 6 tháng", "recurring half_yearly"),
        ("Báo cáo hằng tháng, quý", "recurring monthly"), ("Báo cáo định kỳ hằng tuần và hằng tháng", "recurring weekly"),
        ("Hằng tháng", "recurring monthly"), ("hàng tháng", "recurring monthly"), ("hằng năm", "recurring yearly"),
        ("hàng năm", "recurring yearly"), ("Thường xuyên, hằng năm", "recurring yearly"),
        ("thường xuyên và hằng quý", "recurring quarterly"), ("Hằng năm, trước ngày 15/12", "recurring yearly:12-14"),
        ("Hằng năm (trước ngày 15/12)", "recurring yearly:12-14"), ("trước ngày 1/3 hằng năm", "recurring yearly:02-29"),
        ("Quý IV hằng năm", "recurring yearly:12-31"), ("quý I hàng năm", "recurring yearly:03-31"),
        ("Đến năm 2030", "due -…31/12/2030"), ("tháng 8 đến tháng 10/2025", "due 01/08/2025…31/10/2025"),
        ("Quý III-IV/2025", "due 01/07/2025…31/12/2025"), ("Năm 2025 và các năm tiếp theo", "ongoing from 01/01/2025"),
        ("Trong năm 2025, các năm tiếp theo", "ongoing from 01/01/2025"), ("Giai đoạn 2026 - 2030", "due 01/01/2026…31/12/2030"),
        // The README's forms, unchanged.
        ("Tháng 8/2025", "due -…31/08/2025"), ("Quý III/2025", "due -…30/09/2025"), ("6 tháng cuối năm 2025", "due -…31/12/2025"),
        ("Năm 2025", "due -…31/12/2025"), ("Dự kiến ngày 10/10/2025", "tentative -…10/10/2025"), ("(10/10)", "due -…10/10/2025"),
        ("Trước ngày 15/12/2025", "due -…14/12/2025"), ("Chậm nhất ngày 15/12/2025", "due -…15/12/2025"),
        ("Từ tháng 9 đến tháng 11/2025", "due 01/09/2025…30/11/2025"), ("Thường xuyên", "ongoing"),
        ("Theo kế hoạch mở lớp của tỉnh", "external"), ("Thường xuyên và theo kế hoạch của tỉnh", "ongoing+external"),
        ("Dịp Ngày Chuyển đổi số quốc gia (10/10)", "due -…10/10/2025"),
        // A deadline that waits for the province's guidance, as "theo hướng dẫn của tỉnh" does (QA round 7).
        ("Sau khi có hướng dẫn của tỉnh", "external"), ("Khi có chỉ đạo của cấp trên", "external"),
        ("Thường xuyên và sau khi có kế hoạch của tỉnh", "ongoing+external"),
        // As provinces' plans print them (Tests/RealPlans): the older spelling "Quí".
        ("Quí IV-2025", "due -…31/12/2025"), ("Báo cáo hằng quí", "recurring quarterly"),
        // Periods written as a count, aligned with the calendar as "hằng quý" is.
        ("6 tháng/lần", "recurring half_yearly"), ("3 tháng/lần", "recurring quarterly"), ("1 năm/lần", "recurring yearly"),
        ("02 lần/năm", "recurring half_yearly"), ("định kỳ 3 tháng", "recurring quarterly"), ("3 tháng một lần", "recurring quarterly"),
        ("Báo cáo định kỳ 6 tháng/lần", "recurring half_yearly"), ("4 lần/năm", "recurring quarterly"), ("1 lần/quý", "recurring quarterly"),
        ("12 lần/năm", "recurring monthly"), ("1 tháng/lần", "recurring monthly"), ("01 lần/năm", "recurring yearly"),
        ("Hằng quý, 6 tháng/lần", "recurring quarterly"), ("mỗi 3 tháng", "recurring quarterly"),
        // Work that follows the plan's issue: no deadline written, one to enter (external).
        ("Sau khi Kế hoạch được ban hành", "external"), ("Ngay sau khi kế hoạch được ban hành", "external"),
        ("Triển khai ngay sau khi ban hành Kế hoạch", "external"), ("Sau khi kế hoạch này được phê duyệt", "external"),
        // Semesters and the summer holidays: their ends are the schools', so tentative.
        ("Học kỳ I năm học 2026-2027", "tentative 01/09/2026…15/01/2027"),
        ("Học kỳ II năm học 2025-2026", "tentative 16/01/2026…31/05/2026"),
        ("học kì 2 năm học 2025 - 2026", "tentative 16/01/2026…31/05/2026"),
        ("Trong học kỳ I, năm học 2025–2026", "tentative 01/09/2025…15/01/2026"),
        ("Dịp hè 2026", "tentative 01/06/2026…31/08/2026"), ("Hè 2026", "tentative 01/06/2026…31/08/2026"),
        ("Trong dịp hè năm 2026", "tentative 01/06/2026…31/08/2026"), ("mùa hè", "tentative 01/06/2025…31/08/2025"),
        ("Tổ chức trong thời gian nghỉ hè 2026", "tentative 01/06/2026…31/08/2026"),
        // A remark in parentheses after the time: text only; "dự kiến" in it marks the deadline tentative.
        ("Tháng 9/2025 (tùy tình hình thực tế)", "due -…30/09/2025"), ("30/9/2025 (dự kiến)", "tentative -…30/09/2025"),
        ("Quý IV/2025 (dự kiến, tùy kinh phí)", "tentative -…31/12/2025"), ("Thường xuyên (ưu tiên thôn vùng cao)", "ongoing"),
        ("Hằng quý (báo cáo bằng văn bản)", "recurring quarterly"), ("Dịp hè 2026 (dự kiến)", "tentative 01/06/2026…31/08/2026"),
        // A duty each year from a point written with its year (a ministry's task table):
        // due on that point's last day, counted from its first.
        ("Quý I/2026 và các năm tiếp theo", "recurring yearly:03-31 from 01/01/2026"),
        ("Quý III/2025 và các năm tiếp theo", "recurring yearly:09-30 from 01/07/2025"),
        ("Tháng 8/2025 và các năm tiếp theo", "recurring yearly:08-31 from 01/08/2025"),
        ("Tháng 12/2025 và hằng năm", "recurring yearly:12-31 from 01/12/2025"),
        ("Tháng 2/2026, hằng năm", "recurring yearly:02-29 from 01/02/2026"),
        ("ngày 15/12/2025 và hằng năm", "recurring yearly:12-15 from 15/12/2025"),
        ("Năm 2026 và hằng năm", "recurring yearly from 01/01/2026"),
        ("Tháng 8 và các năm tiếp theo", "recurring yearly:08-31 from 01/08/2025"),
        // A recurring duty and its start, in either order; an ongoing one from its start.
        ("Hằng năm, từ năm 2026", "recurring yearly from 01/01/2026"), ("Từ năm 2026, hằng năm", "recurring yearly from 01/01/2026"),
        ("Hằng quý, bắt đầu từ Quý III/2025", "recurring quarterly from 01/07/2025"),
        ("Báo cáo hằng quý, bắt đầu thực hiện từ Quý III/2025", "recurring quarterly from 01/07/2025"),
        ("Từ tháng 9/2025, hằng tháng", "recurring monthly from 01/09/2025"),
        ("Hằng tháng (từ tháng 9/2025)", "recurring monthly from 01/09/2025"),
        ("ngày 10/10 hằng năm, từ năm 2026", "recurring yearly:10-10 from 01/01/2026"),
        ("Thường xuyên, từ tháng 9/2025", "ongoing from 01/09/2025"),
        // A semester by the calendar year it is taught in; the first and last month of a
        // school year; half a year in words.
        ("Học kỳ I/2026", "tentative 01/09/2026…15/01/2027"), ("HK I/2025-2026", "tentative 01/09/2025…15/01/2026"),
        ("Thường xuyên và đột xuất", "ongoing+external"), ("Đột xuất và thường xuyên", "ongoing+external"),
        ("Trong suốt năm 2026", "due -…31/12/2026"), ("Ngày 28/02/2026 và hằng năm", "recurring yearly:02-28 from 28/02/2026"),
        ("ngày 20 của tháng cuối mỗi quý", "recurring yearly:14-20"), ("Học kỳ II năm 2026", "tentative 16/01/2026…31/05/2026"),
        ("Đầu năm học 2025-2026", "tentative 01/09/2025…30/09/2025"),
        ("Cuối năm học 2025 - 2026", "tentative 01/05/2026…31/05/2026"),
        ("Nửa đầu năm 2026", "due -…30/06/2026"), ("nửa năm cuối", "due -…31/12/2025"),
        // A request or directive with no one named can only come from above.
        ("Khi có yêu cầu", "external"), ("Theo yêu cầu", "external"), ("Khi có phát sinh", "external"),
        ("Theo chỉ đạo", "external"),
        // Work in rounds: from the first round's start to the last round's end.
        ("Đợt 1: tháng 8/2025; đợt 2: tháng 11/2025", "due 01/08/2025…30/11/2025"),
        ("Đợt 1 vào Quý III/2025, đợt 2 vào Quý IV/2025", "due 01/07/2025…31/12/2025"),
        ("đợt I: 15/8/2025; đợt II: 20/11/2025; đợt III: 10/12/2025", "due 15/08/2025…10/12/2025"),
        ("Đợt 1: đầu tháng 9/2025", "tentative 01/09/2025…10/09/2025"),
        // Weeks by number, parts of a quarter, "from now", all year round, "Q." (a table's abbreviation).
        ("Tuần 1 tháng 10/2025", "tentative -…07/10/2025"), ("tuần thứ 2 của tháng 10/2025", "tentative -…14/10/2025"),
        ("Tuần 5 tháng 2/2025", "tentative -…28/02/2025"), ("Đầu quý IV/2025", "tentative -…31/10/2025"),
        ("Giữa quý III/2025", "tentative -…31/08/2025"), ("Từ nay đến hết năm 2025", "due -…31/12/2025"),
        ("Từ nay cho đến năm 2030", "due -…31/12/2030"), ("Suốt năm 2026", "due -…31/12/2026"), ("Quanh năm", "ongoing"),
        ("Q.IV/2025", "due -…31/12/2025"), ("Chậm nhất ngày 20 hằng tháng", "recurring yearly:13-20"),
        ("Sau khi có quyết định phê duyệt", "external"),
        ("Năm 2025-2026 và các năm tiếp theo", "ongoing from 01/01/2025"),
        // Other directives of other bodies; unscheduled work, alone or beside a recurring duty.
        ("Theo tiến độ của tỉnh", "external"), ("Theo lộ trình của Trung ương", "external"),
        ("Theo văn bản hướng dẫn của tỉnh", "external"), ("Theo thông báo của tỉnh", "external"), ("Theo quy định", "external"),
        ("Đột xuất", "external"), ("Đột xuất theo yêu cầu", "external"),
        ("Hằng quý và đột xuất", "recurring quarterly"), ("Định kỳ 6 tháng, năm và đột xuất khi có yêu cầu", "recurring half_yearly"),
        ("Hằng tháng và khi có yêu cầu", "recurring monthly"), ("Thường xuyên, báo cáo định kỳ hằng quý", "recurring quarterly"),
        ("Cuối mỗi quý", "recurring quarterly"), ("cuối hằng tháng", "recurring monthly"),
        ("Trước ngày 15 tháng cuối quý", "recurring yearly:14-14"), ("Hàng quý (trước ngày 20 tháng cuối quý)", "recurring yearly:14-19"),
        ("Giai đoạn 2026 - 2030 và những năm tiếp theo", "ongoing from 01/01/2026"),
        // Read from helpers' trials of real wordings (2026-12-02): a final ";", "KH&CN" in a
        // remark, a deadline then "duy trì thường xuyên", all year, the plan's whole time,
        // guidance written, once each period, framing of deadlines, the digital transformation day.
        ("Tháng 8/2025;", "due -…31/08/2025"), ("Tháng 10/2025 (theo hướng dẫn của Sở KH&CN)", "due -…31/10/2025"),
        ("Tháng 8/2025 và duy trì thường xuyên", "due -…31/08/2025"), ("Quý III/2025, duy trì thường xuyên", "due -…30/09/2025"),
        ("Tháng 8/2025 và tiếp tục thực hiện thường xuyên", "due -…31/08/2025"),
        ("Thường xuyên trong năm 2025", "ongoing from 01/01/2025"), ("Thường xuyên, liên tục trong năm 2026", "ongoing from 01/01/2026"),
        ("Thường xuyên trong năm", "ongoing"), ("Thường xuyên trong năm 2025 và các năm tiếp theo", "ongoing from 01/01/2025"),
        ("Trong thời gian thực hiện Kế hoạch", "ongoing"), ("Trong suốt thời gian triển khai Phong trào", "ongoing"),
        ("Trong thời gian diễn ra Phong trào", "ongoing"),
        ("Khi có văn bản hướng dẫn", "external"), ("Mỗi quý 1 lần", "recurring quarterly"), ("Mỗi tháng một lần", "recurring monthly"),
        ("Chậm nhất đến ngày 30/11/2025", "due -…30/11/2025"), ("Chậm nhất trong tháng 11/2025", "due -…30/11/2025"),
        ("Hạn hoàn thành: 30/9/2025", "due -…30/09/2025"), ("Thời hạn hoàn thành: Quý III/2025", "due -…30/09/2025"),
        ("Dịp Ngày Chuyển đổi số quốc gia 10/10/2025", "due -…10/10/2025"), ("Ngày Chuyển đổi số quốc gia (10/10/2025)", "due -…10/10/2025"),
        ("Hưởng ứng Ngày Chuyển đổi số quốc gia (10/10)", "due -…10/10/2025"), ("Dịp kỷ niệm Ngày Chuyển đổi số quốc gia 10/10", "due -…10/10/2025"),
        ("Ngày Chuyển đổi số quốc gia", "due -…10/10/2025"),
        ("Ngày 09-10/10/2025", "due 09/10/2025…10/10/2025"), ("Từ ngày 9 - 10/10/2025", "due 09/10/2025…10/10/2025"),
        ("ngày 30-31/12", "due 30/12/2025…31/12/2025"), ("6 tháng, năm", "recurring half_yearly"),
        ("Báo cáo 6 tháng và hằng năm", "recurring half_yearly"),
        ("Định kỳ hằng quý (trước ngày 15 của tháng cuối quý)", "recurring yearly:14-14"), ("Thứ Sáu hằng tuần", "recurring weekly"),
        ("thứ 2 hằng tuần", "recurring weekly"),
        // Leap years and month ends.
        ("Tháng 2/2100", "due -…28/02/2100"), ("tháng 2/2000", "due -…29/02/2000"), ("Quý I/2028", "due -…31/03/2028"),
        ("Tháng 4/2025", "due -…30/04/2025"), ("ngày 29/02/2028", "due -…29/02/2028"),
    ]

    @Test func thereAreEnoughPhrases() {
        #expect(Self.phrases.count >= 60)
        #expect(Set(Self.phrases.map(\.0)).count == Self.phrases.count)
    }

    @Test(arguments: phrases)
    func phrase(_ phrase: String, means expected: String) {
        let padded = "  \(phrase).  "
        for text in [phrase, Folding.key(phrase), phrase.uppercased(), padded] {
            #expect(Self.parser.parse(text).map(Self.view) == .success(expected), "\(text)")
        }
    }
}
