import GRDB

extension TaskStore {
    /// The recurring duties in scope (and ongoing tasks with check-ins), each with its
    /// occurrences as of `asOf` in every year its plan spans, from its plan's issue or its
    /// own start (`periodsSince`). Periods are computed, not stored: only those marked done are rows.
    static func recurring(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> [RecurringStatus] {
        // The periods of a span of years are the same for every duty: work them out once each.
        var periods: [String: [Occurrence]] = [:]
        func occurrences(_ period: RecurrencePeriod, _ years: ClosedRange<Int>) -> [Occurrence] {
            let key = "\(period.rawValue)-\(years.lowerBound)-\(years.upperBound)"
            if let known = periods[key] { return known }
            let computed = period.occurrences(inYears: years)
            periods[key] = computed
            return computed
        }
        // A cursor with columns by position: a national status reads every recurring duty.
        let rows = try SQLRequest<Row>("""
            SELECT p.key AS plan_key, p.year, \(sql: Self.periodsSince) AS since, t.key, t.title, t.recurrence,
                (SELECT group_concat(o.period, ',') FROM occurrence_done o WHERE o.task_id = t.id AND o.done_on <= \(asOf)) AS done,
                p.last_year
            FROM task t JOIN plan p ON p.id = t.plan_id
            WHERE t.retired = 0 AND t.recurrence IS NOT NULL AND t.state <> 'cancelled' AND \(StatusSQL.scope(planIDs: planIDs))
            ORDER BY p.province_key, p.commune_key, p.key, t.position
            """).fetchCursor(db)
        var result: [RecurringStatus] = []
        while let row = try rows.next() {
            guard let period = RecurrencePeriod(rawValue: row[5]) else { continue }
            let done = Set(((row[6] as String?) ?? "").split(separator: ",").map(String.init))
            let since = (row[2] as String?).flatMap(CivilDate.init(iso:))
            result.append(RecurringStatus(plan: row[0], id: row[3], title: row[4], period: period,
                                          occurrences: OccurrenceTally.count(occurrences(period, .planYears(first: row[1], last: row[7])), asOf: asOf, doneKeys: done,
                                                                             since: since),
                                          since: since))
        }
        return result
    }

    /// The first day whose period a duty counts (ISO): the later of the day its plan was
    /// issued and the day its own timeline starts ("Từ tháng 9/2025"); periods that ended
    /// before it are none of the duty's. Nil when neither is known.
    static let periodsSince = "CASE WHEN p.issued_on IS NULL OR t.start_date > p.issued_on THEN t.start_date ELSE p.issued_on END"
}
