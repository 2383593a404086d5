import GRDB

extension TaskStore {
    /// The recurring duties in scope (and ongoing tasks with check-ins), each with its
    /// occurrences as of `asOf`. Periods are computed, not stored: only those marked done are rows.
    static func recurring(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> [RecurringStatus] {
        // The periods of a year are the same for every duty: work them out once each.
        var periods: [String: [Occurrence]] = [:]
        func occurrences(_ period: RecurrencePeriod, _ year: Int) -> [Occurrence] {
            let key = "\(period.rawValue)-\(year)"
            if let known = periods[key] { return known }
            let computed = period.occurrences(inYear: year)
            periods[key] = computed
            return computed
        }
        return try SQLRequest<Row>("""
            SELECT p.key AS plan_key, p.year, p.issued_on, t.key, t.title, t.recurrence,
                (SELECT group_concat(o.period, ',') FROM occurrence_done o WHERE o.task_id = t.id AND o.done_on <= \(asOf)) AS done
            FROM task t JOIN plan p ON p.id = t.plan_id
            WHERE t.retired = 0 AND t.recurrence IS NOT NULL AND t.state <> 'cancelled' AND \(StatusSQL.scope(planIDs: planIDs))
            ORDER BY p.province_key, p.commune_key, p.key, t.position
            """).fetchAll(db).compactMap { row in
            guard let period = RecurrencePeriod(rawValue: row["recurrence"]) else { return nil }
            let done = Set(((row["done"] as String?) ?? "").split(separator: ",").map(String.init))
            return RecurringStatus(plan: row["plan_key"], id: row["key"], title: row["title"], period: period,
                                   occurrences: OccurrenceTally.count(occurrences(period, row["year"]), asOf: asOf, doneKeys: done,
                                                                      since: (row["issued_on"] as String?).flatMap(CivilDate.init(iso:))))
        }
    }
}
