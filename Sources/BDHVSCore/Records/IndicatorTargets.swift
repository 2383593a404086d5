import Foundation

/// Which of an indicator's targets counts on a date: the plan year's through the plan's
/// year; after it, the first horizon whose year has not passed ("năm 2026 đạt 60%" counts
/// in 2026, "đến năm 2030 đạt 100%" from 2027 to 2030), and the last one after them all.
enum IndicatorTargets {
    /// The target and, when it is a later horizon's, its year.
    static func current(yearTarget: IndicatorTarget, planYear: Int, horizonsJSON: String?, asOf: CivilDate) -> (IndicatorTarget, Int?) {
        guard asOf.year > planYear, let json = horizonsJSON,
              let horizons = try? JSONDecoder().decode([PlanIndicator.Horizon].self, from: Data(json.utf8)),
              let last = horizons.last else { return (yearTarget, nil) }
        let horizon = horizons.first { $0.year >= asOf.year } ?? last
        return (horizon.target, horizon.year)
    }
}
