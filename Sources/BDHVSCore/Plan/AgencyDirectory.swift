/// Finds a plan's agency from any name people write for it: its id, its full name or an
/// alias, with or without diacritics, in any case, with any dashes or spacing
/// ("Phòng VH-XH", "phong vhxh", "VHXH" all find 'vhxh').
public struct AgencyDirectory: Sendable {
    /// The agencies, in the plan's order.
    public let agencies: [AgencyDefinition]
    /// Every name of every agency in the plan's order (each agency's id, name, aliases),
    /// folded once: the plan rules check these names and the store writes them.
    let entries: [Entry]
    /// The first entry of each key and of each compact key, only for a long list: a plan
    /// names a dozen agencies, looked through faster than hashed.
    private let byKey: [String: Int]?
    private let byCompactKey: [String: Int]?
    /// Up to this many names, the entries are looked through in turn.
    private static let listed = 64

    /// One name an agency answers to.
    struct Entry: Sendable {
        /// The index of its agency in `agencies`.
        let agency: Int
        /// 0 for the id, 1 for the full name, 2 and on for the aliases in order.
        let position: Int
        let name: String
        let key: String
        let compact: String
        /// `key.hashValue`: entries are compared by it before their text.
        let keyHash: Int
    }

    /// A directory of `agencies`. When two agencies share a name, the first keeps it
    /// (the plan rules report such a name as an error).
    public init(_ agencies: [AgencyDefinition]) {
        self.agencies = agencies
        var entries: [Entry] = []
        entries.reserveCapacity(agencies.reduce(0) { $0 + 2 + ($1.aliases?.count ?? 0) })
        for (index, agency) in agencies.enumerated() {
            func add(_ name: String, _ position: Int) {
                let keys = Folding.foldedKeys(name)
                entries.append(Entry(agency: index, position: position, name: name, key: keys.key, compact: keys.compact,
                                     keyHash: keys.keyHash))
            }
            add(agency.id, 0)
            add(agency.name, 1)
            for (offset, alias) in (agency.aliases ?? []).enumerated() { add(alias, 2 + offset) }
        }
        self.entries = entries
        if entries.count > Self.listed {
            var byKey: [String: Int] = [:], byCompactKey: [String: Int] = [:]
            for (index, entry) in entries.enumerated() {
                if byKey[entry.key] == nil { byKey[entry.key] = index }
                if !entry.compact.isEmpty, byCompactKey[entry.compact] == nil { byCompactKey[entry.compact] = index }
            }
            self.byKey = byKey
            self.byCompactKey = byCompactKey
        } else {
            byKey = nil
            byCompactKey = nil
        }
    }

    /// Every name an agency answers to: id, full name, aliases.
    public static func names(of agency: AgencyDefinition) -> [String] {
        [agency.id, agency.name] + (agency.aliases ?? [])
    }

    /// The index in `entries` of the first name whose key is `key` (whose hash is `hash`).
    func firstEntry(key: String, hash: Int) -> Int? {
        if let byKey { return byKey[key] }
        return entries.firstIndex { $0.keyHash == hash && $0.key == key }
    }

    /// The index in `entries` of the first name whose compact key is `compact` (not empty).
    private func firstEntry(compact: String) -> Int? {
        if let byCompactKey { return byCompactKey[compact] }
        return entries.firstIndex { $0.compact == compact }
    }

    /// The agency `reference` names, if any.
    public func resolve(_ reference: String) -> AgencyDefinition? {
        let keys = Folding.foldedKeys(reference)
        if let index = firstEntry(key: keys.key, hash: keys.keyHash) { return agencies[entries[index].agency] }
        if !keys.compact.isEmpty, let index = firstEntry(compact: keys.compact) { return agencies[entries[index].agency] }
        return nil
    }

    /// The agency whose id or a name is closest to a mistyped `reference`.
    public func suggestion(for reference: String) -> AgencyDefinition? {
        let candidates = agencies.flatMap { agency in Self.names(of: agency).map { ($0, agency) } }
        guard let name = Suggestion.closest(to: reference, among: candidates.map(\.0)) else { return nil }
        return candidates.first { $0.0 == name }?.1
    }
}
