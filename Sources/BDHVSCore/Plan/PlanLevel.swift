/// The level of the body that issues a plan (`level:` in the plan file). A commune-level
/// plan (xã, phường, đặc khu) names its commune; a plan of a province, a ministry, the
/// Government or a Party committee is named by its issuer as written.
public enum PlanLevel: String, Sendable, CaseIterable, Codable {
    case xa, phuong, dacKhu = "dac-khu", tinh, bo, chinhPhu = "chinh-phu", dangUy = "dang-uy"

    /// True for xã, phường and đặc khu: the plan names its commune (`commune`).
    public var isCommune: Bool { self == .xa || self == .phuong || self == .dacKhu }

    /// True when the plan belongs to a province and names it (`province`); a ministry's,
    /// the Government's or a Party committee's plan may not.
    public var needsProvince: Bool { isCommune || self == .tinh }

    /// The word for a commune of this level, as `commune_kind` writes it.
    public var communeKind: String? {
        switch self {
        case .xa: return "xã"
        case .phuong: return "phường"
        case .dacKhu: return "đặc khu"
        default: return nil
        }
    }

    /// The level a commune kind ("xã", "phường", "đặc khu") stands for.
    public init?(communeKind: String) {
        guard let level = Self.allCases.first(where: { $0.communeKind == communeKind }) else { return nil }
        self = level
    }
}

/// The years a plan spans: one ("năm 2025") or several ("giai đoạn 2025 - 2030").
public struct YearSpan: Sendable, Equatable {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    /// "2025-2030", "2025 - 2030" or "2025–2030" (an en dash, as word processors write it);
    /// nil for anything else. The order of the years is a rule of the plan, not read here.
    public init?(_ text: String) {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "–" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCIIDigit) }),
              let first = Int(parts[0]), let last = Int(parts[1]) else { return nil }
        self.init(first: first, last: last)
    }

    /// "2025" or "2025–2030", as listings show it.
    public var text: String { first == last ? String(first) : "\(first)–\(last)" }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension PlanDocument {
    /// The level written, else the one `commune_kind` implies (a commune, "xã" by default).
    public var planLevel: PlanLevel {
        level.flatMap(PlanLevel.init(rawValue:)) ?? communeKind.flatMap(PlanLevel.init(communeKind:)) ?? .xa
    }

    /// The years written in `years`, else the plan's year alone.
    public var yearSpan: YearSpan { years.flatMap(YearSpan.init) ?? YearSpan(first: year, last: year) }

    /// How listings name the plan's body: a commune by its kind and name, unless the name
    /// already begins with its kind ("Phường 3", not "phường Phường 3"); any other level by
    /// its issuer as written ("Bộ Khoa học và Công nghệ", never "xã Toàn quốc"). The kind is
    /// empty when the name is shown alone.
    public var place: PlaceName {
        let level = planLevel
        guard level.isCommune else { return PlaceName(kind: "", name: issuer) }
        return PlaceName(kind: communeKind ?? level.communeKind ?? "xã", name: commune)
    }
}

/// A body's name as listings show it: a kind word ("xã", "phường") and a name, or a name
/// written whole (the kind then empty).
public struct PlaceName: Sendable, Equatable {
    public var kind: String
    public var name: String

    /// A name that already begins with its kind keeps it once.
    public init(kind: String, name: String) {
        let folded = Folding.key(name)
        let kindKey = Folding.key(kind)
        if !kindKey.isEmpty, folded == kindKey || folded.hasPrefix(kindKey + " ") {
            self.kind = ""
        } else {
            self.kind = kind
        }
        self.name = name
    }

    /// "xã Đông Trà Bồng", "Phường 3", "Bộ Khoa học và Công nghệ".
    public var shown: String { kind.isEmpty ? name : "\(kind) \(name)" }

    /// The same, from the two columns a store row keeps.
    public static func shown(kind: String, name: String) -> String { kind.isEmpty ? name : "\(kind) \(name)" }
}
