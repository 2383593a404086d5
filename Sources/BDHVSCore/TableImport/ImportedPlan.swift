/// A plan as read from a task table, before it is written as YAML.
public struct ImportedPlan: Sendable {
    /// A body found in the lead and coordinating cells.
    public struct Agency: Sendable, Hashable {
        public var id: String
        public var name: String
        public var aliases: [String]
        /// Written for many bodies at once ("Các bộ, ngành, địa phương").
        public var collective: Bool = false
    }

    /// Someone a task names as coordinating: an agency of the plan, or a generic body
    /// written for many ("các cơ quan, đơn vị").
    public enum Coordinator: Sendable, Hashable {
        case agency(String)
        case text(String)
    }

    /// A numbered group row ("I", "Nhóm nhiệm vụ về …"): it organises tasks, not a task.
    public struct Group: Sendable, Hashable {
        public var number: String
        public var title: String
    }

    /// A task row.
    public struct Task: Sendable, Hashable {
        public var id: String
        public var title: String
        public var description: String?
        public var leads: [String]
        public var coordinating: [Coordinator]
        /// The "Cơ quan tham mưu" cell's body, when it names one.
        public var advisory: String? = nil
        public var timeline: String?
        /// The table's cells the format has no field for (notes, other columns), one a line.
        public var notes: [String]
        /// The "Sản phẩm" / "Kết quả" cell, lines joined with "; ".
        public var deliverable: String? = nil
        /// The "Kinh phí" cell read as an amount, in đồng: the task's `budget.estimate`.
        public var estimate: Int64? = nil
        /// Index into `groups` of the group the task is under.
        public var group: Int?
        /// The id of the task this one is a sub-task of ("3.1" under "3").
        public var parent: String? = nil
        /// The 1-based row of the task in its source.
        public var row: Int
    }

    /// The plan's id (from the file name).
    public var id: String
    /// The file the table was read from, as named.
    public var source: String
    public var year: Int
    public var agencies: [Agency]
    public var groups: [Group]
    public var tasks: [Task]
    /// Every cell that could not be read and every choice to check, as warnings.
    public var diagnostics: [Diagnostic]
}
