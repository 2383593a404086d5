import GRDB

extension TaskStore {
    /// The village `text` names in a plan: its id, its name, or kind and name ("Thôn 3"),
    /// with or without diacritics; else `RecordRefusal.unknownVillage`.
    func locateVillage(_ db: Database, _ text: String, planRowID: Int64, plan: String) throws -> VillageRow {
        let villages = try villages(db, planIDs: [planRowID])
        if let exact = villages.first(where: { $0.key == text }) { return exact }
        let key = Folding.key(text)
        if let found = villages.first(where: {
            Folding.key($0.key) == key || Folding.key($0.name) == key || Folding.key("\($0.kind) \($0.name)") == key
        }) {
            return found
        }
        // Matched on its id and name, suggested as people type it ("Thôn 3", with its id
        // beside): an id alone ("thon-3") reads as a code, not as the village.
        let names = villages.flatMap { village in [village.key, village.name].map { ($0, village) } }
        let guess = Suggestion.closest(to: text, among: names.map(\.0)).flatMap { closest in names.first { $0.0 == closest }?.1 }
        throw RecordRefusal.unknownVillage(text, plan: plan, suggestion: guess.map(\.shown),
                                           suggestionID: guess.flatMap { Folding.key($0.key) == Folding.key($0.shown) ? nil : $0.key })
    }
}
