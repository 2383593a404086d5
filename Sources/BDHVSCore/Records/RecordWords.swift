/// The words records are told in, in both languages: counts of people and enrolments,
/// money in đồng, values in tenths, target group names. Shared by the terminal text
/// (`Output/`) and the year-end report (`Reports/`), which both sit above the records.
struct RecordWords {
    let language: Language

    /// "2.148 người" / "2,148 people"; "2.491 lượt" / "2,491 enrolments".
    func participants(_ count: Int, unit: String) -> String {
        let l = language
        switch unit {
        case ParticipantUnit.enrolments.rawValue: return l.number(count) + " " + l.pick("lượt", "enrolments")
        case ParticipantUnit.people.rawValue: return l.number(count) + " " + l.pick("người", count == 1 ? "person" : "people")
        default: return l.number(count) + " " + unit  // a unit as the plan writes it: "16 khóa"
        }
    }

    /// A count of people added over activities: "2.293 lượt người", attendances, since one
    /// person attends several (DOMAIN §9: persons and attendances are never mixed); other
    /// units as `participants` writes them. It read "2.293 người", as if persons.
    func summed(_ count: Int, unit: String) -> String {
        unit == ParticipantUnit.people.rawValue ? language.number(count) + " " + summedUnit(unit) : participants(count, unit: unit)
    }

    /// The name of a unit added over activities: "lượt người" / "attendances" for people.
    func summedUnit(_ unit: String) -> String {
        unit == ParticipantUnit.people.rawValue ? language.pick("lượt người", "attendances") : unit
    }

    /// "12.500.000 đồng" / "12,500,000 VND".
    func money(_ amount: Int64) -> String {
        language.pick(Money.format(amount) + " đồng", Money.format(amount).replacingOccurrences(of: ".", with: ",") + " VND")
    }

    /// A value in tenths as a percentage or a count: "85,3%", "62".
    func value(_ tenths: Int, percent: Bool) -> String {
        let shown = language.decimal(Numbers.tenths(tenths))
        return percent ? shown + "%" : shown
    }

    /// A measurement as indicator tables show it: its value ("98,6%", "1.205"), a ratio of a
    /// percentage judged against `target` so that it never reads as meeting a target it
    /// does not meet ("79,99%", `RateText`).
    func measurement(_ measured: IndicatorRow.Measurement, percent: Bool, target: IndicatorTarget?) -> String {
        guard percent, let n = measured.numerator, let d = measured.denominator else { return value(measured.valueTenths, percent: percent) }
        return ratio(n, d, target: target)
    }

    /// `numerator / denominator` as a percentage against `target` (`RateText`): "79,99%".
    func ratio(_ numerator: Int, _ denominator: Int, target: IndicatorTarget?) -> String {
        RateText.percent(numerator: Int64(numerator), denominator: Int64(denominator), target: target).map { language.decimal($0) + "%" } ?? "—"
    }

    /// The plan's name of a target group, or its id when the plan does not name it.
    func groupName(_ id: String, _ groups: TargetGroups) -> String {
        groups.groups.first { $0.id == id }?.name ?? id
    }
}
