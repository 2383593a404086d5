/// Why a result cannot be recorded or shown, in both languages.
public enum ResultsRefusal: UserFacingError, Hashable {
    /// No plan named, and more than one is loaded.
    case planNeeded(known: [String])
    /// No plan is loaded at all.
    case noPlans
    case unknownGroup(String, suggestion: String?)
    /// A plan's own group that names no national group cannot roll up.
    case groupWithoutNational(String, plan: String)
    case countOutOfRange(Int64, range: ClosedRange<Int64>)
    /// More members named than the team has.
    case moreNamedThanMembers(named: Int, members: Int64)
    case teamExists(village: String, plan: String)
    /// A sum of results past the largest number bdhvs counts.
    case totalTooLarge
    /// More persons confirmed than the population of their group, of a village or the commune, on a day.
    case confirmedOverPopulation(group: String, village: String?, confirmed: Int64, population: Int64, on: CivilDate)
    /// The persons confirmed of a national group in the whole commune (its villages' added up,
    /// when no commune-wide figure is recorded) outnumber the commune's population.
    case communeOverPopulation(group: String, confirmed: Int64, population: Int64, on: CivilDate)
    /// The persons confirmed of a national group in the whole commune outnumber its
    /// population made of its villages' (no commune-wide population recorded).
    case communeOverVillagesPopulation(group: String, confirmed: Int64, population: Int64, on: CivilDate)

    public var id: String {
        switch self {
        case .planNeeded: return "results.plan-needed"
        case .noPlans: return "results.no-plans"
        case .unknownGroup: return "results.unknown-group"
        case .groupWithoutNational: return "results.group-without-national"
        case .countOutOfRange: return "results.count-out-of-range"
        case .moreNamedThanMembers: return "results.more-named-than-members"
        case .teamExists: return "results.team-exists"
        case .totalTooLarge: return "results.total-too-large"
        case .confirmedOverPopulation: return "results.confirmed-over-population"
        case .communeOverPopulation: return "results.commune-over-population"
        case .communeOverVillagesPopulation: return "results.commune-over-villages-population"
        }
    }

    public var failure: FailureKind {
        switch self {
        default: return .invalidInput
        }
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .vi: return vietnamese
        case .en: return english
        }
    }

    private var vietnamese: String {
        switch self {
        case .planNeeded(let known): return "có nhiều kế hoạch trong cơ sở dữ liệu; hãy chọn một: \(Self.quoted(known))"
        case .noPlans: return "chưa nạp kế hoạch nào"
        case .unknownGroup(let group, let guess?): return "không có nhóm đối tượng '\(group)'; có phải là '\(guess)'?"
        case .unknownGroup(let group, nil):
            return "không có nhóm đối tượng '\(group)'; cần một trong \(Self.quoted(TargetGroups.nationalKeys)) hoặc một nhóm của kế hoạch"
        case .groupWithoutNational(let group, let plan):
            return "nhóm đối tượng '\(group)' của kế hoạch '\(plan)' chưa ghi thuộc nhóm toàn quốc nào ('national_group'), nên không cộng dồn được"
        case .countOutOfRange(let value, let range):
            return "số lượng phải từ \(Numbers.grouped(range.lowerBound)) đến \(Numbers.grouped(range.upperBound)), nhận được \(Numbers.grouped(value))"
        case .moreNamedThanMembers(let named, let members):
            return "ghi tên \(named) thành viên nhưng tổ chỉ có \(Numbers.grouped(members)) thành viên"
        case .teamExists(let village, let plan):
            return "thôn, tổ dân phố '\(village)' của kế hoạch '\(plan)' đã có Tổ công nghệ số cộng đồng; hoàn tác bản ghi cũ nếu cần ghi lại"
        case .totalTooLarge: return "tổng số liệu vượt quá số lớn nhất bdhvs đếm được (\(Numbers.grouped(Int64.max))); hãy hoàn tác bản ghi sai"
        case .confirmedOverPopulation(let group, let village, let confirmed, let population, let on):
            return "số người đạt (\(Numbers.grouped(confirmed))) nhiều hơn số dân (\(Numbers.grouped(population))) của nhóm '\(group)'"
                + (village.map { " tại '\($0)'" } ?? "") + " tính đến ngày \(on.vietnamese); hãy kiểm tra lại hai số liệu"
        case .communeOverPopulation(let group, let confirmed, let population, let on):
            return "số người đạt của cả xã (\(Numbers.grouped(confirmed)), cộng các thôn, tổ dân phố) nhiều hơn số dân của xã (\(Numbers.grouped(population))) "
                + "ở nhóm '\(group)' tính đến ngày \(on.vietnamese); hãy kiểm tra lại các số liệu"
        case .communeOverVillagesPopulation(let group, let confirmed, let population, let on):
            return "số người đạt của cả xã (\(Numbers.grouped(confirmed))) nhiều hơn số dân của xã (\(Numbers.grouped(population)), cộng các thôn, tổ dân phố) "
                + "ở nhóm '\(group)' tính đến ngày \(on.vietnamese); hãy ghi số dân của cả xã hoặc kiểm tra lại các số liệu"
        }
    }

    private var english: String {
        switch self {
        case .planNeeded(let known): return "several plans are loaded; name one: \(Self.quoted(known))"
        case .noPlans: return "no plan is loaded"
        case .unknownGroup(let group, let guess?): return "unknown target group '\(group)'; did you mean '\(guess)'?"
        case .unknownGroup(let group, nil):
            return "unknown target group '\(group)'; expected one of \(Self.quoted(TargetGroups.nationalKeys)) or a group of the plan"
        case .groupWithoutNational(let group, let plan):
            return "target group '\(group)' of plan '\(plan)' names no national group ('national_group'), so it cannot roll up"
        case .countOutOfRange(let value, let range):
            return "the count must be from \(Numbers.grouped(range.lowerBound)) to \(Numbers.grouped(range.upperBound)), found \(Numbers.grouped(value))"
        case .moreNamedThanMembers(let named, let members): return "\(named) members named but the team has \(Numbers.grouped(members))"
        case .teamExists(let village, let plan):
            return "village '\(village)' of plan '\(plan)' already has a community digital team; undo that record to record it again"
        case .totalTooLarge: return "the total of the results passes the largest number bdhvs can count (\(Numbers.grouped(Int64.max))); undo the wrong record"
        case .confirmedOverPopulation(let group, let village, let confirmed, let population, let on):
            return "the persons confirmed (\(Numbers.grouped(confirmed))) outnumber the population (\(Numbers.grouped(population))) of group '\(group)'"
                + (village.map { " in '\($0)'" } ?? "") + " as of \(on.vietnamese); check both figures"
        case .communeOverPopulation(let group, let confirmed, let population, let on):
            return "the persons confirmed in the whole commune (\(Numbers.grouped(confirmed)), its villages added up) outnumber its population "
                + "(\(Numbers.grouped(population))) in group '\(group)' as of \(on.vietnamese); check the figures"
        case .communeOverVillagesPopulation(let group, let confirmed, let population, let on):
            return "the persons confirmed in the whole commune (\(Numbers.grouped(confirmed))) outnumber its population (\(Numbers.grouped(population)), "
                + "its villages added up) in group '\(group)' as of \(on.vietnamese); record the commune's population or check the figures"
        }
    }

    private static func quoted(_ items: [String]) -> String { items.map { "'\($0)'" }.joined(separator: ", ") }
}
