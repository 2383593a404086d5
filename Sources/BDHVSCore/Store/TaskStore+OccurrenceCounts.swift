import GRDB

/// The occurrences of many recurring duties added up, as a roll-up shows them.
struct OccurrenceCounts: Equatable {
    var past = 0
    var done = 0
    var currentOpen = 0
}

extension TaskStore {
    /// The occurrences of every recurring duty in scope as of `asOf`, added up without
    /// reading each duty: duties of one period, span of years and first day (`periodsSince`) have the same
    /// occurrences, so they are counted by group, and the periods marked done by group and
    /// key. The same numbers as adding up `recurring` (a national status has tens of
    /// thousands of duties, some daily).
    static func occurrenceCounts(_ db: Database, planIDs: [Int64]?, asOf: CivilDate) throws -> OccurrenceCounts {
        var live: SQL = "t.retired = 0 AND t.recurrence IS NOT NULL AND t.state <> 'cancelled' AND \(StatusSQL.scope(planIDs: planIDs))"
        if let planIDs {
            // A plan's tasks are written together, so their row ids are close: the index of
            // duties (ordered by id) is read over the ids of the plans in scope only, not the
            // whole country's (a province is a thirty-fourth of it).
            let range = try SQLRequest<Row>("SELECT MIN(id), MAX(id) FROM task WHERE plan_id IN \(planIDs)").fetchOne(db)
            if let low = range?[0] as Int64?, let high = range?[1] as Int64? { live += " AND t.id BETWEEN \(low) AND \(high)" }
        }
        struct Group: Hashable {
            var period: RecurrencePeriod
            var years: ClosedRange<Int>
            var since: CivilDate?
        }
        var occurrences: [Group: (past: Set<String>, current: String?)] = [:]
        func periods(_ group: Group) -> (past: Set<String>, current: String?) {
            if let known = occurrences[group] { return known }
            var past = Set<String>()
            var current: String?
            for occurrence in group.period.occurrences(inYears: group.years) where group.since.map({ occurrence.end >= $0 }) ?? true {
                if occurrence.end < asOf { past.insert(occurrence.key) } else if occurrence.start <= asOf { current = occurrence.key }
            }
            occurrences[group] = (past, current)
            return (past, current)
        }
        func group(_ row: Row) -> Group? {
            guard let period = RecurrencePeriod(rawValue: row[0]) else { return nil }
            return Group(period: period, years: .planYears(first: row[1], last: row[2]), since: (row[3] as String?).flatMap(CivilDate.init(iso:)))
        }
        var counts = OccurrenceCounts()
        for row in try SQLRequest<Row>("""
            SELECT t.recurrence, p.year, p.last_year, \(sql: periodsSince), COUNT(*) FROM task t INDEXED BY task_recurring JOIN plan p ON p.id = t.plan_id
            WHERE \(live) GROUP BY 1, 2, 3, 4
            """).fetchAll(db) {
            guard let group = group(row) else { continue }
            let n: Int = row[4]
            let (past, current) = periods(group)
            counts.past += past.count * n
            if current != nil { counts.currentOpen += n }
        }
        for row in try SQLRequest<Row>("""
            SELECT t.recurrence, p.year, p.last_year, \(sql: periodsSince), o.period, COUNT(*) FROM occurrence_done o
            JOIN task t INDEXED BY task_recurring ON t.id = o.task_id JOIN plan p ON p.id = t.plan_id
            WHERE o.done_on <= \(asOf) AND \(live) GROUP BY 1, 2, 3, 4, 5
            """).fetchAll(db) {
            guard let group = group(row) else { continue }
            let key: String = row[4], n: Int = row[5]
            let (past, current) = periods(group)
            if past.contains(key) { counts.done += n }
            if key == current { counts.currentOpen -= n }
        }
        return counts
    }
}
