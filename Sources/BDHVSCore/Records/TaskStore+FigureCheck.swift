import GRDB

/// The persons confirmed are part of the population: more of them than people (a coverage
/// of 180% shown as met) is a typing mistake in one of the figures. A figure counts from its
/// day until the next figure of its series, so it is checked on each day it pairs with
/// something new: a population set on 01/11 below the persons confirmed on 01/12 was
/// accepted because only the figures up to 01/11 were compared.
extension TaskStore {
    /// A figure just written (in a savepoint, so that a refusal leaves nothing), checked on
    /// its day and on the day of each later figure of its national group up to the next of
    /// its own series: in its place, and for the commune as `results` reads it.
    func checkFigureInForce(_ db: Database, planRowID: Int64, kind: GroupFigureKind, group: String, national: String,
                            village: String?, from day: CivilDate) throws {
        let next = try String.fetchOne(db, sql: """
            SELECT MIN(counted_on) FROM group_figure
            WHERE plan_id = ? AND kind = ? AND target_group = ? AND village IS ? AND counted_on > ? AND live = 1
            """, arguments: [planRowID, kind, group, village, day.iso])
        let later = try String.fetchAll(db, sql: """
            SELECT DISTINCT counted_on FROM group_figure
            WHERE plan_id = ? AND national_group = ? AND counted_on > ? AND (? IS NULL OR counted_on < ?) AND live = 1
            ORDER BY counted_on
            """, arguments: [planRowID, national, day.iso, next, next])
        for on in [day] + later.compactMap(CivilDate.init(iso:)) {
            try checkPlace(db, planRowID: planRowID, group: group, village: village, on: on)
            // Against the commune's population: when this figure is the commune's own, or the
            // commune has a population of its own (villages' populations may be missing).
            if try village == nil || latestFigure(db, planRowID: planRowID, kind: .population, group: group, village: nil, onOrBefore: on) != nil {
                try checkCommune(db, planRowID: planRowID, national: national, on: on)
            }
        }
    }

    /// Refuses a place (a village, or the commune as a whole) whose persons confirmed of
    /// `group` outnumber its population as of `on`.
    private func checkPlace(_ db: Database, planRowID: Int64, group: String, village: String?, on: CivilDate) throws {
        guard let population = try latestFigure(db, planRowID: planRowID, kind: .population, group: group, village: village, onOrBefore: on),
              let confirmed = try latestFigure(db, planRowID: planRowID, kind: .confirmed, group: group, village: village, onOrBefore: on),
              confirmed.count > population.count else { return }
        throw ResultsRefusal.confirmedOverPopulation(group: group, village: village, confirmed: confirmed.count, population: population.count, on: on)
    }

    /// Refuses a commune whose persons confirmed of `national` outnumber its population as
    /// of `on`, each as `results` adds them (a commune-wide figure, else its villages').
    private func checkCommune(_ db: Database, planRowID: Int64, national: String, on: CivilDate) throws {
        let totals = try figureTotals(db, planIDs: [planRowID], asOf: on, byVillage: false).filter { $0.group == national }
        guard let population = totals.first(where: { $0.kind == .population })?.count,
              let confirmed = totals.first(where: { $0.kind == .confirmed })?.count, confirmed > population else { return }
        let ownPopulation = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM group_figure WHERE plan_id = ? AND national_group = ? AND kind = 'population'
                AND village IS NULL AND counted_on <= ? AND live = 1)
            """, arguments: [planRowID, national, on.iso]) == true
        throw ownPopulation
            ? ResultsRefusal.communeOverPopulation(group: national, confirmed: confirmed, population: population, on: on)
            : ResultsRefusal.communeOverVillagesPopulation(group: national, confirmed: confirmed, population: population, on: on)
    }
}
