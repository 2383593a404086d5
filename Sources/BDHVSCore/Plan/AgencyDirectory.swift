/// Finds a plan's agency from any name people write for it: its id, its full name or an
/// alias, with or without diacritics, in any case, with any dashes or spacing
/// ("Phòng VH-XH", "phong vhxh", "VHXH" all find 'vhxh').
public struct AgencyDirectory: Sendable {
    /// The agencies, in the plan's order.
    public let agencies: [AgencyDefinition]
    private var byKey: [String: Int] = [:]
    private var byCompactKey: [String: Int] = [:]

    /// A directory of `agencies`. When two agencies share a name, the first keeps it
    /// (the plan rules report such a name as an error).
    public init(_ agencies: [AgencyDefinition]) {
        self.agencies = agencies
        for (index, agency) in agencies.enumerated() {
            for name in Self.names(of: agency) {
                let key = Folding.key(name)
                if byKey[key] == nil { byKey[key] = index }
                let compact = Folding.compactKey(name)
                if !compact.isEmpty, byCompactKey[compact] == nil { byCompactKey[compact] = index }
            }
        }
    }

    /// Every name an agency answers to: id, full name, aliases.
    public static func names(of agency: AgencyDefinition) -> [String] {
        [agency.id, agency.name] + (agency.aliases ?? [])
    }

    /// The agency `reference` names, if any.
    public func resolve(_ reference: String) -> AgencyDefinition? {
        if let index = byKey[Folding.key(reference)] { return agencies[index] }
        let compact = Folding.compactKey(reference)
        if !compact.isEmpty, let index = byCompactKey[compact] { return agencies[index] }
        return nil
    }

    /// The agency whose id or a name is closest to a mistyped `reference`.
    public func suggestion(for reference: String) -> AgencyDefinition? {
        let candidates = agencies.flatMap { agency in Self.names(of: agency).map { ($0, agency) } }
        guard let name = Suggestion.closest(to: reference, among: candidates.map(\.0)) else { return nil }
        return candidates.first { $0.0 == name }?.1
    }
}
