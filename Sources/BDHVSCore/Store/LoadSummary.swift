/// What loading a plan file did to the database.
public struct LoadSummary: Sendable, Equatable, Codable {
    /// A task whose definition changed, with the names of the changed fields.
    public struct Change: Sendable, Equatable, Codable {
        public var task: String
        public var fields: [String]
    }

    /// The plan's id.
    public var plan: String
    /// True when the plan was not in the database before.
    public var isNew: Bool
    /// Ids of tasks added (new in the file).
    public var added: [String]
    /// Tasks whose definition changed; their recorded progress is kept.
    public var changed: [Change]
    /// Ids of tasks no longer in the file: kept with their records but left out of status.
    public var retired: [String]
    /// Ids of tasks that were retired and are back in the file.
    public var restored: [String]
    /// Ids of tasks already there and unchanged.
    public var unchanged: Int
    /// The keys of the plan file outside its tasks whose content changed (`indicators`,
    /// `budget`, `title` …), as the file names them; empty for a new plan.
    public var planFields: [String] = []

    /// True when loading the file changed nothing that was loaded before.
    public var changesNothing: Bool {
        !isNew && added.isEmpty && changed.isEmpty && retired.isEmpty && restored.isEmpty && planFields.isEmpty
    }

    enum CodingKeys: String, CodingKey {
        case plan, isNew = "new", added, changed, retired, restored, unchanged, planFields = "plan_fields"
    }
}
