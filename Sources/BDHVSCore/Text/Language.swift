/// The language of text output: Vietnamese with full diacritics by default, English on request.
public enum Language: String, CaseIterable, Sendable {
    case vi, en

    /// Picks the Vietnamese or the English wording.
    func pick(_ vietnamese: String, _ english: String) -> String {
        self == .vi ? vietnamese : english
    }

    /// A date as users read it: dd/mm/yyyy in both languages.
    func date(_ date: CivilDate?) -> String {
        date?.vietnamese ?? "—"
    }

    /// "12 ngày" / "12 days".
    func days(_ count: Int) -> String {
        pick("\(Numbers.grouped(count)) ngày", count == 1 ? "1 day" : "\(Numbers.grouped(count)) days")
    }

    /// A count as written in this language: "2.148" in Vietnamese, "2,148" in English.
    func number(_ value: Int) -> String {
        decimal(Numbers.grouped(value))
    }

    /// A number written the Vietnamese way ("2.148,5") as this language writes it
    /// (English: "2,148.5").
    func decimal(_ vietnamese: String) -> String {
        guard self == .en else { return vietnamese }
        return String(vietnamese.map { $0 == "." ? "," : $0 == "," ? "." : $0 })
    }

    /// "0/5 nhiệm vụ (0%)"; a percentage with a decimal comma in Vietnamese, a point in English.
    func ratio(_ part: Int, _ whole: Int, unit: String = "") -> String {
        let percent = Numbers.percent(numerator: part, denominator: whole)
        let shown = decimal(percent)
        return "\(number(part))/\(number(whole))\(unit.isEmpty ? "" : " " + unit) (\(shown))"
    }
}
