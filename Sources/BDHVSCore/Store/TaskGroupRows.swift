import Foundation
import GRDB

/// The numbered task groups of the plans in scope ("I. Nhóm nhiệm vụ …") and which group
/// each top-level task belongs to, as the plan files give them.
public struct TaskGroupListing: Sendable, Equatable {
    /// One group of one plan.
    public struct Group: Sendable, Equatable {
        public var plan: String
        public var definition: TaskGroupDefinition
    }

    /// Groups in plan order (plans by province, commune, year, id), each plan's in file order.
    public var groups: [Group]
    /// The group id of each top-level task that names one, by plan id and task id.
    public var membership: [String: [String: String]]
}

extension TaskStore {
    /// The task groups of the plans in `scope` and the group of each live top-level task.
    public func taskGroups(_ scope: PlanScope) throws -> TaskGroupListing {
        try read { db in
            let ids = try planIDs(scope, db)
            let filter: SQL = ids.map { "AND p.id IN \($0)" } ?? ""
            var groups: [TaskGroupListing.Group] = []
            for row in try SQLRequest<Row>("""
                SELECT p.key, json_extract(p.document_json, '$.groups') AS groups FROM plan p WHERE 1 \(filter)
                ORDER BY p.province_key, p.commune_key, p.year, p.key
                """).fetchAll(db)
            {
                guard let json: String = row["groups"],
                      let definitions = try? JSONDecoder().decode([TaskGroupDefinition].self, from: Data(json.utf8)) else { continue }
                groups += definitions.map { TaskGroupListing.Group(plan: row["key"], definition: $0) }
            }
            var membership: [String: [String: String]] = [:]
            for row in try SQLRequest<Row>("""
                SELECT p.key AS plan_key, t.key AS task_key, json_extract(t.definition, '$.group') AS task_group
                FROM task t JOIN plan p ON p.id = t.plan_id
                WHERE t.parent_id IS NULL AND t.retired = 0 AND json_extract(t.definition, '$.group') IS NOT NULL \(filter)
                """).fetchAll(db)
            {
                membership[row["plan_key"], default: [:]][row["task_key"]] = row["task_group"]
            }
            return TaskGroupListing(groups: groups, membership: membership)
        }
    }
}

extension TaskStore {
    /// The task group `id` of the plan of row `planRowID`, as the plan file defines it.
    func taskGroup(_ db: Database, planRowID: Int64, id: String) throws -> TaskGroupDefinition? {
        guard let json = try String.fetchOne(db, sql: "SELECT json_extract(document_json, '$.groups') FROM plan WHERE id = ?",
                                             arguments: [planRowID]),
              let groups = try? JSONDecoder().decode([TaskGroupDefinition].self, from: Data(json.utf8)) else { return nil }
        return groups.first { $0.id == id }
    }
}
