/// Tết Nguyên đán as a point of a timeline: "Trước Tết Nguyên đán", "Trước Tết Nguyên đán
/// Bính Ngọ 2026", "Dịp Tết Nguyên đán 2026", "Từ tháng 12/2025 đến Tết". The point is the
/// first day of the lunar year (`LunarNewYear`); "trước" makes it due the day before, as
/// "Trước ngày" does.
///
/// Which Tết: the year written; else the year a lunar name names ("Tết Bính Ngọ": the one
/// nearest the plan's year); else the first Tết after the plan's issue date, or, when the
/// plan has none, the Tết that ends the plan's year (in the year after it: a plan for 2025
/// is issued in 2025, and its "Trước Tết Nguyên đán" means before Tết Bính Ngọ, 17/02/2026).
/// A Tết taken that way is our reading, so its deadline is tentative.
extension TokenStream {
    /// Reads "Tết [Nguyên đán | Âm lịch | cổ truyền [dân tộc]] [năm] [Bính Ngọ] [năm] [2026]".
    mutating func lunarNewYear() -> WrittenPoint? {
        let start = position
        guard words("tet") else { return nil }
        if words("co", "truyen") {
            _ = words("dan", "toc")
        } else {
            _ = words("nguyen", "dan") || words("am", "lich")
        }
        let beforeName = position
        _ = words("nam")
        var name: LunarYearName?
        if let stem = next?.text, position + 1 < end, tokens[position + 1].kind == .word,
           let written = LunarYearName(folded: stem, tokens[position + 1].text) {
            name = written
            position += 2
        } else {
            position = beforeName
        }
        let beforeYear = position
        _ = words("nam")
        let year = number(digits: 4)
        if year == nil { position = beforeYear }
        return WrittenPoint(kind: .lunarNewYear, year: year, quoted: start..<position, lunarName: name)
    }
}

extension TimelineParser {
    /// `point` with the year of its Tết settled when none is written (see above); other
    /// points unchanged.
    func settled(_ point: WrittenPoint) -> WrittenPoint {
        guard point.kind == .lunarNewYear, point.year == nil else { return point }
        var settled = point
        if let name = point.lunarName {
            settled.year = name.year(nearest: planYear)
        } else {
            settled.year = issuedOn.flatMap { LunarNewYear.first(after: $0)?.year } ?? planYear + 1
            settled.approximate = true
        }
        return settled
    }
}

extension LunarNewYear {
    /// The Tết a deadline read from `timeline` stands for, when the timeline names Tết: the
    /// first on or after `deadline` ("Trước Tết Nguyên đán" due 16/02/2026: 17/02/2026);
    /// nil when it names none.
    public static func named(in timeline: String?, due deadline: CivilDate) -> CivilDate? {
        guard let timeline, TimelineText(timeline).tokens.contains(where: { $0.kind == .word && $0.text == "tet" }) else {
            return nil
        }
        return first(onOrAfter: deadline)
    }
}

extension TimelineParser {
    /// "Trước Tết hằng năm", "Trước Tết Nguyên đán hằng năm", "Dịp Tết Nguyên đán hằng năm",
    /// "hằng năm, trước Tết", "hằng năm vào dịp Tết": a duty due before Tết (the day before,
    /// as "Trước Tết" is read; on Tết when `strictBefore` is off) or at Tết every year
    /// (`TetRecurrence`), like "ngày 10/10 hằng năm" is due on its day. Nil when `range` is
    /// not of this form; a Tết with its year or lunar name ("Trước Tết Bính Ngọ hằng năm")
    /// is not.
    func yearlyTet(_ text: TimelineText, _ range: Range<Int>) -> Schedule? {
        var stream = TokenStream(text.tokens, range)
        let leading = stream.everyYear()
        if leading { _ = stream.symbol(",", ":") }
        _ = stream.words("vao")
        let before = stream.words("truoc")
        _ = stream.words("nhan", "dip") || stream.words("dip")
        guard let point = stream.lunarNewYear(), point.year == nil, point.lunarName == nil else { return nil }
        if !leading {
            _ = stream.symbol(",")
            guard stream.everyYear() else { return nil }
        }
        guard stream.atEnd else { return nil }
        return .recurring(.yearlyTet(beforeTet: before && strictBefore))
    }
}
