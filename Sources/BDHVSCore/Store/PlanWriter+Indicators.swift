import Foundation
import GRDB

extension PlanWriter {
    /// Replaces the plan's funding sources, and upserts its indicators (keeping their
    /// measurements); indicators gone from the file are retired. A new plan (`isNew`) has
    /// none to replace or retire: no row can name a plan id before the plan's row exists.
    func writeIndicatorsAndSources(planID: Int64, isNew: Bool) throws {
        if !isNew { try run("DELETE FROM funding_source WHERE plan_id = ?", arguments: [planID]) }
        for source in plan.document.budget?.sources ?? [] {
            try run("INSERT INTO funding_source (plan_id, key, name) VALUES (?, ?, ?)",
                           arguments: [planID, source.id, source.name])
        }
        if !isNew { try run("UPDATE indicator SET retired = 1 WHERE plan_id = ?", arguments: [planID]) }
        for (position, indicator) in plan.indicators.enumerated() {
            let horizons = indicator.horizons.isEmpty ? nil
                : String(decoding: try JSONEncoder.sorted.encode(indicator.horizons), as: UTF8.self)
            try run("""
                INSERT INTO indicator (plan_id, key, position, name, kind, of_what, unit, target_tenths, target_group, task_key,
                    direction, target_high_tenths, monitor, horizons_json, retired)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                ON CONFLICT (plan_id, key) DO UPDATE SET position = excluded.position, name = excluded.name,
                    kind = excluded.kind, of_what = excluded.of_what, unit = excluded.unit,
                    target_tenths = excluded.target_tenths, target_group = excluded.target_group,
                    task_key = excluded.task_key, direction = excluded.direction, target_high_tenths = excluded.target_high_tenths,
                    monitor = excluded.monitor, horizons_json = excluded.horizons_json, retired = 0
                """, arguments: [planID, indicator.id, position, indicator.name, indicator.kind.rawValue, indicator.of,
                                 indicator.unit, indicator.targetTenths, indicator.targetGroup, indicator.task,
                                 indicator.target.direction.rawValue, indicator.target.highTenths, indicator.monitor, horizons])
        }
    }
}

extension JSONEncoder {
    /// An encoder with sorted keys, so equal values are equal text.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
