import GRDB
import GRDBSQLite

extension NewPlanTally {
    /// A new plan's counts with the row ids its plan and first agency were given.
    struct Placed: Sendable {
        let tally: NewPlanTally
        let planID: Int64
        let firstAgency: Int64
    }
}

extension StatusTally.Accumulator {
    /// Inserts the rows of the new plans' counts (`addNew`): no row of theirs exists yet,
    /// and no other plan shares them, so they are inserted as prepared, in each table's key
    /// order, bound straight from the prepared values (summing them in dictionaries, sorting
    /// those and making an array of values for every row was a tenth of the writing thread
    /// of a 10k load). `rollingBack`: see `RowChunks.run`.
    func writePrepared(_ db: Database, rollingBack: Bool) throws {
        guard !prepared.isEmpty else { return }
        // status_final by (plan, measure): the plans' ids ascend, each plan's rows are sorted.
        let finals = prepared.indices.flatMap { plan in prepared[plan].tally.finalRows.indices.map { (plan, $0) } }
        try TallyTable.planFinal.insert.run(db, count: finals.count, rollingBack: rollingBack) { range, sqlite in
            var index: CInt = 1
            for (plan, row) in finals[range] {
                let value = prepared[plan].tally.finalRows[row]
                let code = Self.bind(sqlite, &index, prepared[plan].planID, value.measure, Int64(value.n))
                guard code == 0 else { return code }
            }
            return 0
        }
        // status_delta by (day, plan, measure).
        let deltas = prepared.indices.flatMap { plan in prepared[plan].tally.deltaRows.indices.map { (plan, $0) } }.sorted { a, b in
            let x = prepared[a.0].tally.deltaRows[a.1], y = prepared[b.0].tally.deltaRows[b.1]
            return (x.day, prepared[a.0].planID, x.measure) < (y.day, prepared[b.0].planID, y.measure)
        }
        try TallyTable.planDelta.insert.run(db, count: deltas.count, rollingBack: rollingBack) { range, sqlite in
            var index: CInt = 1
            for (plan, row) in deltas[range] {
                let value = prepared[plan].tally.deltaRows[row]
                let day = Self.bind(sqlite, &index, value.day)
                guard day == 0 else { return day }
                let code = Self.bind(sqlite, &index, prepared[plan].planID, value.measure, Int64(value.n))
                guard code == 0 else { return code }
            }
            return 0
        }
        // lead_final by (agency, measure): each plan's agencies follow the plan before's.
        let leads = prepared.indices.flatMap { plan in prepared[plan].tally.leadRows.indices.map { (plan, $0) } }
        try TallyTable.leadFinal.insert.run(db, count: leads.count, rollingBack: rollingBack) { range, sqlite in
            var index: CInt = 1
            for (plan, row) in leads[range] {
                let value = prepared[plan].tally.leadRows[row]
                let code = Self.bind(sqlite, &index, prepared[plan].firstAgency + value.agency, value.measure, Int64(value.n))
                guard code == 0 else { return code }
            }
            return 0
        }
    }

    /// Binds a row's key, measure and count from parameter `index` on, and moves `index` past
    /// them; the first failure's result code, or 0.
    private static func bind(_ sqlite: OpaquePointer, _ index: inout CInt, _ key: Int64, _ measure: String, _ n: Int64) -> CInt {
        defer { index += 3 }
        var code = sqlite3_bind_int64(sqlite, index, key)
        if code == 0 { code = RowChunks.bind(measure.databaseValue, to: sqlite, at: index + 1) }
        if code == 0 { code = sqlite3_bind_int64(sqlite, index + 2, n) }
        return code
    }

    /// Binds a text at parameter `index`, and moves `index` past it.
    private static func bind(_ sqlite: OpaquePointer, _ index: inout CInt, _ text: String) -> CInt {
        let code = RowChunks.bind(text.databaseValue, to: sqlite, at: index)
        index += 1
        return code
    }
}
