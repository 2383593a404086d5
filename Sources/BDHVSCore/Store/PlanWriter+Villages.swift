import GRDB

extension PlanWriter {
    /// Replaces the plan's villages and its own target groups (with the national group
    /// each belongs to). Records name villages by id, so one gone from the file leaves
    /// its records as they are; they show under the id alone. A new plan (`isNew`) has none
    /// to replace.
    func writeVillagesAndGroups(planID: Int64, isNew: Bool) throws {
        if !isNew { try run("DELETE FROM village WHERE plan_id = ?", arguments: [planID]) }
        for (position, village) in (plan.document.villages ?? []).enumerated() {
            try run("INSERT INTO village (plan_id, key, position, name, kind) VALUES (?, ?, ?, ?, ?)",
                    arguments: [planID, village.id, position, village.name, village.kind])
        }
        if !isNew { try run("DELETE FROM plan_group WHERE plan_id = ?", arguments: [planID]) }
        for group in plan.document.targetGroups ?? [] {
            try run("INSERT INTO plan_group (plan_id, key, name, national_group) VALUES (?, ?, ?, ?)",
                    arguments: [planID, group.id, group.name, group.nationalGroup.flatMap(TargetGroups.nationalKey)])
        }
    }
}
