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
        throw RecordRefusal.unknownVillage(text, plan: plan, suggestion: Suggestion.closest(to: text, among: villages.flatMap { [$0.key, $0.name] }))
    }
}
