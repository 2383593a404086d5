/// A plan exactly as written in its YAML file (format 1), before its references are
/// resolved. Field names follow `Schemas/plan.schema.json`.
public struct PlanDocument: Codable, Sendable, Equatable {
    /// The years a plan may have (`year`, and both ends of `years`), as the schema states them.
    public static let yearRange = 2000...2100

    public var format: Int
    public var id: String
    public var title: String
    /// The issuer's level (`PlanLevel`'s raw value); nil: a commune, as `commune_kind` says.
    public var level: String? = nil
    /// The commune's name; empty for a plan of another level that names none.
    public var commune: String
    public var communeKind: String?
    /// The province's name; empty for a national plan that names none.
    public var province: String
    /// The plan's year: the first year of `years` when only those are written.
    public var year: Int
    /// The years of a multi-year plan as written ("2025 - 2030").
    public var years: String? = nil
    public var issuer: String
    public var document: DocumentReference?
    public var legalBases: [LegalBasis]?
    public var objectives: Objectives?
    public var indicators: [IndicatorDefinition]?
    public var targetGroups: [TargetGroupDefinition]?
    /// The villages (thôn, tổ dân phố, bản …) of the commune, where work is organised.
    public var villages: [VillageDefinition]?
    /// The commune's whole population (quy mô dân số), as its report states it.
    public var population: CommunePopulation?
    /// Units the plan counts activities in beyond the built-in ones.
    public var units: [UnitDefinition]?
    public var agencies: [AgencyDefinition]
    /// Numbered groups of tasks ("I. Nhóm nhiệm vụ …"), which organise tasks and are not tasks.
    public var groups: [TaskGroupDefinition]? = nil
    public var tasks: [TaskDefinition]
    public var budget: BudgetClause?
    public var duties: [Duty]?
    public var closing: String?
    public var recipients: [Recipient]?
    public var signer: Signer?
    public var settings: Settings?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case format, id, title, level, commune, communeKind = "commune_kind", province, year, years, issuer, document
        case legalBases = "legal_bases", objectives, indicators, targetGroups = "target_groups", villages, population, units, agencies, groups
        case tasks, budget
        case duties, closing, recipients, signer, settings
    }
}

/// Number, date and place of the plan document itself.
public struct DocumentReference: Codable, Sendable, Equatable {
    public var number: String?
    public var date: String?
    public var place: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case number, date, place
    }
}

/// A document the plan implements or is based on ("Thực hiện …", "Căn cứ …").
public struct LegalBasis: Codable, Sendable, Equatable {
    public var relation: String?
    public var type: String
    public var number: String
    public var date: String?
    public var issuer: String
    public var subject: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case relation, type, number, date, issuer, subject
    }
}

/// I. Mục đích, yêu cầu.
public struct Objectives: Codable, Sendable, Equatable {
    public var purposes: [String]?
    public var requirements: [String]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case purposes, requirements
    }
}

/// An indicator (chỉ tiêu) with its target for the plan's year, as written.
public struct IndicatorDefinition: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    /// "percent" or "count".
    public var kind: String
    /// For a percentage: what it is a percentage of.
    public var of: String?
    /// For a count: what is counted.
    public var unit: String?
    /// The target for the plan's year: a number, or a phrase as written ("không thấp hơn 85%").
    public var target: TargetValue
    /// Targets for later years ("đến năm 2030 đạt 100%").
    public var horizons: [TargetHorizon]? = nil
    /// The agency that monitors the target (an agency reference).
    public var monitor: String? = nil
    public var targetGroup: String?
    public var task: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, kind, of, unit, target, horizons, monitor, targetGroup = "target_group", task
    }
}

/// A target as written: a number (`target: 85`) or a phrase (`target: không thấp hơn 85%`,
/// `target: "≤ 50"`, `target: 40 - 50%`, `target: "> 0,7"`).
public enum TargetValue: Codable, Sendable, Equatable {
    case number(Double)
    case text(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .text(let text): try container.encode(text)
        }
    }
}

/// The target of a later year of an indicator.
public struct TargetHorizon: Codable, Sendable, Equatable {
    public var year: Int
    public var target: TargetValue

    enum CodingKeys: String, CodingKey, CaseIterable {
        case year, target
    }
}

/// A target group the plan names beyond the four of Quyết định 757/QĐ-BKHCN, and the
/// national group it belongs to, so its numbers roll up.
public struct TargetGroupDefinition: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    /// The key of the national group it is part of (`nguoi-dan`, `cbccvc`, …).
    public var nationalGroup: String?

    public init(id: String, name: String, nationalGroup: String? = nil) {
        self.id = id
        self.name = name
        self.nationalGroup = nationalGroup
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, nationalGroup = "national_group"
    }
}

/// A village of the commune: a thôn, tổ dân phố, bản, ấp …
public struct VillageDefinition: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    /// What it is called: "thôn", "tổ dân phố", "bản" …
    public var kind: String

    public init(id: String, name: String, kind: String) {
        self.id = id
        self.name = name
        self.kind = kind
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, kind
    }
}

/// The commune's whole population ("quy mô dân số 39.371 người"): what the report's first
/// section states; the denominators of coverage are the target groups' own populations.
public struct CommunePopulation: Codable, Sendable, Equatable {
    public var count: Int64
    public var date: String?
    public var source: String?

    public init(count: Int64, date: String? = nil, source: String? = nil) {
        self.count = count
        self.date = date
        self.source = source
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case count, date, source
    }
}

/// A unit a plan counts activities in, beyond the built-in ones ("mô hình", "clip").
public struct UnitDefinition: Codable, Sendable, Equatable {
    public var id: String
    public var name: String?

    public init(id: String, name: String? = nil) {
        self.id = id
        self.name = name
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name
    }
}

/// A numbered group of tasks ("II. Nhóm nhiệm vụ phát triển hạ tầng số"): tasks name it in
/// `group`; it counts nothing itself.
public struct TaskGroupDefinition: Codable, Sendable, Equatable {
    public var id: String
    /// The number as written ("I", "II", "1"), if any.
    public var number: String?
    public var title: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, number, title
    }
}

/// A body the plan names, with the other names people write for it.
public struct AgencyDefinition: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var aliases: [String]?
    public var massOrganisation: Bool?
    /// True for a name written for many bodies at once ("Các bộ, ngành, địa phương").
    public var collective: Bool? = nil

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, aliases, massOrganisation = "mass_organisation", collective
    }
}

/// III. Kinh phí thực hiện.
public struct BudgetClause: Codable, Sendable, Equatable {
    public var clause: String?
    public var sources: [FundingSource]?
    public var total: Int64?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case clause, sources, total
    }
}

/// A funding source named in the budget clause.
public struct FundingSource: Codable, Sendable, Equatable {
    public var id: String
    public var name: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name
    }
}

/// IV. Tổ chức thực hiện: the duties of one agency, or of bodies written as text.
public struct Duty: Codable, Sendable, Equatable {
    public var agency: String?
    public var body: String?
    public var requested: Bool?
    public var items: [String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case agency, body, requested, items
    }
}

/// Nơi nhận.
public struct Recipient: Codable, Sendable, Equatable {
    public var name: String
    public var forReport: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, forReport = "for_report"
    }
}

/// Who signs the plan.
public struct Signer: Codable, Sendable, Equatable {
    public var name: String
    public var title: String?
    public var authority: String?
    /// Signs on behalf of the committee: "TM. ỦY BAN NHÂN DÂN" above "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
    public var onBehalf: Bool? = nil

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, title, authority, onBehalf = "on_behalf"
    }
}

/// Reading settings of a plan.
public struct Settings: Codable, Sendable, Equatable {
    public var strictBefore: Bool?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case strictBefore = "strict_before"
    }
}
