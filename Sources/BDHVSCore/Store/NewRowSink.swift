import GRDB
import GRDBSQLite

/// The new rows of a batch of new plans (`NewRows`), gathered across its plans and
/// inserted 256 a statement whatever the size of each plan: a commune's three tasks were a
/// statement of two rows and one of one, each run with its own set-up (the `task` table's
/// CHECK lists are built anew by every statement that runs), and each plan asked the table
/// for its next row id. The rows keep the ids they were given and go in the order given,
/// table by table, when the batch ends or many are waiting (memory stays bounded).
///
/// A plan whose rows were prepared on a checking thread (`NewPlanRows`) is kept as it is,
/// with the row ids it starts from, and its values are bound straight from it.
final class NewRowSink {
    /// The next row id of `agency` and `task` to give: the batch's first (`NewRows`), then
    /// after each plan's; nil once rows were upserted, to be read from the table again.
    var nextAgency: Int64?
    var nextTask: Int64?
    /// Rows waiting, by statement, in the order the statements were first given.
    private var waiting: [(chunks: RowChunks, rows: [[DatabaseValue]])] = []
    /// Prepared plans waiting, with the row ids they start from.
    private var plans: [(rows: NewPlanRows, bases: NewRowTable.Bases)] = []
    private var count = 0
    /// Whether every row given so far came from a prepared plan (`NewPlanRows`), whose
    /// references name only its own rows: see `NewRows.checkRanges`.
    private(set) var onlyPrepared = true
    /// Rows waiting that make the sink insert them.
    let limit: Int

    init(from batch: NewRows, limit: Int = 8_192) {
        nextAgency = batch.firstAgency
        nextTask = batch.firstTask
        self.limit = limit
    }

    /// Adds `rows` for `chunks` (an `INSERT` of new rows); inserts everything waiting once
    /// `limit` rows wait.
    func add(_ chunks: RowChunks, _ rows: [[DatabaseValue]], _ db: Database) throws {
        guard !rows.isEmpty else { return }
        onlyPrepared = false
        if let index = waiting.firstIndex(where: { $0.chunks.head == chunks.head }) {
            waiting[index].rows += rows
        } else {
            waiting.append((chunks, rows))
        }
        count += rows.count
        if count >= limit { try flush(db) }
    }

    /// Adds the prepared rows of the new plan `planID`, giving its agencies and tasks the
    /// next row ids (`nextAgency` must be known) and its agencies their sets of names.
    func add(_ rows: NewPlanRows, planID: Int64, nameSets: [Int64], _ db: Database) throws {
        let bases = NewRowTable.Bases(plan: planID, agency: nextAgency!, task: nextTask!, nameSets: nameSets)
        plans.append((rows, bases))
        nextAgency = bases.agency + rows.agencyCount
        nextTask = bases.task + rows.taskCount
        count += zip(rows.tables, NewRowTable.all).reduce(0) { $0 + $1.0.count / $1.1.ids.count }
        if count >= limit { try flush(db) }
    }

    /// Inserts every row waiting, table by table in the order first given, as
    /// `INSERT OR ROLLBACK` (the batch is rolled back whole on any error).
    func flush(_ db: Database) throws {
        for (chunks, rows) in waiting { try chunks.run(db, rows, rollingBack: true) }
        waiting = []
        for (position, table) in NewRowTable.all.enumerated() {
            // The rows of every plan, one after the other: (plan, first value) of each.
            let width = table.ids.count
            var rows: [(plan: Int, start: Int)] = []
            for (index, plan) in plans.enumerated() {
                rows += stride(from: 0, to: plan.rows.tables[position].count, by: width).map { (index, $0) }
            }
            try table.chunks.run(db, count: rows.count, rollingBack: true) { range, sqlite in
                var parameter: CInt = 1
                for (plan, start) in rows[range] {
                    let code = table.bind(plans[plan].rows.tables[position], from: start, bases: plans[plan].bases, to: sqlite, at: parameter)
                    guard code == 0 else { return code }
                    parameter += CInt(width)
                }
                return 0
            }
        }
        plans = []
        count = 0
    }
}
