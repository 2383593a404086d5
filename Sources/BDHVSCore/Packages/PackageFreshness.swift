/// The province's list of whom to call: each commune it knows, whether its data is as
/// recent as `since`.
public struct PackageFreshness: Encodable, Sendable, Equatable {
    /// How recent a commune's data is.
    public enum State: String, Encodable, Sendable {
        /// No package was ever imported.
        case missing
        /// The latest package is as of a day before `since`.
        case stale
        /// The latest package is as of `since` or later.
        case current
    }

    /// One commune.
    public struct Commune: Encodable, Sendable, Equatable {
        public var commune: String
        /// "xã", "phường", "đặc khu"; empty when not known (see `CommuneFreshnessRow`).
        public var communeKind: String
        public var province: String
        public var asOf: CivilDate?
        public var state: State

        /// "xã Trà Bồng".
        public var place: String { PlaceName.shown(kind: communeKind, name: commune) }

        enum CodingKeys: String, CodingKey { case commune, communeKind = "commune_kind", province, asOf = "as_of", state }
    }

    public var since: CivilDate?
    public var communes: [Commune]

    /// The communes to call: without a package, or with one older than `since`.
    public var toCall: [Commune] { communes.filter { $0.state != .current } }

    /// Classifies `rows` against `since` (nil: only whether a package came at all).
    public init(_ rows: [CommuneFreshnessRow], since: CivilDate?) {
        self.since = since
        communes = rows.map { row in
            let state: State
            if let asOf = row.asOf { state = since.map { asOf < $0 ? .stale : .current } ?? .current } else { state = .missing }
            return Commune(commune: row.commune, communeKind: row.communeKind, province: row.province, asOf: row.asOf, state: state)
        }
    }

    enum CodingKeys: String, CodingKey { case since, communes, toCall = "to_call" }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(since, forKey: .since)
        try container.encode(communes, forKey: .communes)
        try container.encode(toCall, forKey: .toCall)
    }
}
