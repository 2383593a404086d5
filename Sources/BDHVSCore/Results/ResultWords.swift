/// The words results are told in, in both languages: the national groups' names and the
/// community digital teams. Shared by the terminal text (`Output/`) and the year-end
/// report (`Reports/`), which both sit above the results.
public struct ResultWords: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    /// The national group's name in this language.
    public func groupName(_ key: String) -> String {
        switch (key, language) {
        case ("nguoi-dan", .en): return "Adults"
        case ("hoc-sinh-sinh-vien", .en): return "Pupils and students"
        case ("cbccvc", .en): return "Public servants and public-sector workers"
        case ("lao-dong-doanh-nghiep", .en): return "Workers in enterprises and cooperatives"
        default: return TargetGroups.standard.first { $0.id == key }?.name ?? key
        }
    }

    /// "Tổ công nghệ số cộng đồng: 62 tổ; 62/62 thôn, tổ dân phố có tổ; 310 thành viên".
    public func teams(_ teams: TeamResult) -> String {
        let l = language
        var parts = [l.pick("\(number(teams.count)) tổ", "\(number(teams.count)) \(teams.count == 1 ? "team" : "teams")")]
        if teams.villages > 0 {
            parts.append(l.pick("\(number(teams.villagesWithTeam))/\(number(teams.villages)) thôn, tổ dân phố có tổ",
                                "\(number(teams.villagesWithTeam)) of \(number(teams.villages)) villages \(teams.villagesWithTeam == 1 ? "has" : "have") one"))
        }
        parts.append(l.pick("\(number(teams.members)) thành viên", "\(number(teams.members)) \(teams.members == 1 ? "member" : "members")"))
        return l.pick("Tổ công nghệ số cộng đồng: ", "Community digital teams: ") + parts.joined(separator: "; ")
    }

    /// Confirmed ÷ population as a percentage with one decimal ("5,1%"), two where one
    /// would read as meeting the target it does not meet ("79,99%", `RateText`), or "—".
    public func coverage(_ group: GroupResult) -> String {
        guard let population = group.population,
              let shown = RateText.percent(numerator: group.confirmedWithPopulation, denominator: population,
                                           target: group.targetTenths.map { IndicatorTarget(lowTenths: $0) }) else { return "—" }
        return language.decimal(shown) + "%"
    }

    /// Persons and attendances first, then the other units by name.
    public static func unitOrder<S: Sequence>(_ units: S) -> [String] where S.Element == String {
        let first = ["người", "lượt"]
        return units.sorted { a, b in
            let i = first.firstIndex(of: a) ?? first.count, j = first.firstIndex(of: b) ?? first.count
            return i != j ? i < j : a < b
        }
    }

    func number(_ value: Int64) -> String { language.decimal(Numbers.grouped(value)) }
}
