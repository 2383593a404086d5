/// One table a package carries: how its rows are found for a set of plans, what identifies
/// a row in every database, and which of its columns hold row ids of other tables (ids
/// differ between databases and are translated on import).
struct PackageTable: Sendable {
    /// The table's name, as in the schema.
    let name: String
    /// The column that ties a row to the plans, through the table it references (nil only
    /// for `plan` itself).
    let owner: String?
    /// The columns that identify a row across databases, after ids are translated: a
    /// natural key, or `uid` for rows that have none.
    let identity: [String]
    /// Columns holding the `id` of a row of another (or the same) table.
    let references: [String: String]

    /// The table a column's ids point into, if it holds ids.
    func referenced(by column: String) -> String? { references[column] }

    /// The table the owner column points into.
    var ownerTable: String? { owner.flatMap { references[$0] } }
}

/// The plan-scoped tables a package carries, parents before children. Adding a table to
/// packages is one line here (and `uid` in a migration if it has no natural key); the
/// columns themselves are read from the schema, so a new column travels without a change.
enum PackageTables {
    static let all: [PackageTable] = [
        PackageTable(name: "plan", owner: nil, identity: ["key"], references: [:]),
        PackageTable(name: "agency", owner: "plan_id", identity: ["plan_id", "key"], references: ["plan_id": "plan"]),
        PackageTable(name: "agency_name", owner: "agency_id", identity: ["agency_id", "folded"], references: ["agency_id": "agency"]),
        PackageTable(name: "funding_source", owner: "plan_id", identity: ["plan_id", "key"], references: ["plan_id": "plan"]),
        PackageTable(name: "task", owner: "plan_id", identity: ["plan_id", "key"],
                     references: ["plan_id": "plan", "parent_id": "task", "root_id": "task"]),
        PackageTable(name: "task_lead", owner: "task_id", identity: ["task_id", "agency_id"], references: ["task_id": "task", "agency_id": "agency"]),
        PackageTable(name: "task_party", owner: "task_id", identity: ["task_id", "role", "position"],
                     references: ["task_id": "task", "agency_id": "agency"]),
        PackageTable(name: "occurrence_done", owner: "task_id", identity: ["task_id", "period"], references: ["task_id": "task"]),
        PackageTable(name: "change_log", owner: "plan_id", identity: ["uid"],
                     references: ["plan_id": "plan", "task_id": "task", "undoes": "change_log", "undone_by": "change_log"]),
        PackageTable(name: "change_field", owner: "change_id", identity: ["change_id", "field"], references: ["change_id": "change_log"]),
        PackageTable(name: "indicator", owner: "plan_id", identity: ["plan_id", "key"], references: ["plan_id": "plan"]),
        PackageTable(name: "measurement", owner: "indicator_id", identity: ["uid"], references: ["indicator_id": "indicator"]),
        PackageTable(name: "activity", owner: "task_id", identity: ["uid"], references: ["task_id": "task"]),
        PackageTable(name: "activity_group", owner: "activity_id", identity: ["activity_id", "target_group"], references: ["activity_id": "activity"]),
        PackageTable(name: "spending", owner: "task_id", identity: ["uid"], references: ["task_id": "task"]),
        PackageTable(name: "village", owner: "plan_id", identity: ["plan_id", "key"], references: ["plan_id": "plan"]),
        PackageTable(name: "plan_group", owner: "plan_id", identity: ["plan_id", "key"], references: ["plan_id": "plan"]),
        PackageTable(name: "group_figure", owner: "plan_id", identity: ["uid"], references: ["plan_id": "plan"]),
        PackageTable(name: "team", owner: "plan_id", identity: ["uid"], references: ["plan_id": "plan"]),
        PackageTable(name: "team_member", owner: "team_id", identity: ["team_id", "position"], references: ["team_id": "team"]),
    ]

    /// Tables of the schema that no package carries: the province's own bookkeeping, the
    /// migrations' record, and the status tallies (derived from the tasks, made again on import).
    static let notCarried: Set<String> = ["package_key", "package_import", "grdb_migrations",
                                          "status_final", "status_delta", "lead_final", "lead_delta",
                                          // The agencies' sets of names: carried as `agency_name`'s rows.
                                          "name_set", "name_set_entry",
                                          // The day a load of this database retired a task: the
                                          // package's tables are kept as they were (`Migrations.addRetiredOn`).
                                          "task_retirement"]

    /// The carried tables merged row by row: all but `agency_name`, whose rows give each
    /// agency its set of names (`PackageMerge.nameAgencies`; `agency_name` is a view).
    static let merged: [PackageTable] = all.filter { $0.name != names }

    /// The carried table of the agencies' folded names.
    static let names = "agency_name"

    /// The tables identified by `uid`.
    static var withUID: [String] { all.filter { $0.identity == ["uid"] }.map(\.name) }
}
