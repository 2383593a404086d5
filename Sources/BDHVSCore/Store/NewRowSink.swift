import GRDB

/// The new rows of a batch of new plans (`NewRows`), gathered across its plans and
/// inserted 256 a statement whatever the size of each plan: a commune's three tasks were a
/// statement of two rows and one of one, each run with its own set-up (the `task` table's
/// CHECK lists are built anew by every statement that runs), and each plan asked the table
/// for its next row id. The rows keep the ids they were given and go in the order given,
/// table by table, when the batch ends or many are waiting (memory stays bounded).
final class NewRowSink {
    /// The next row id of `agency` and `task` to give: the batch's first (`NewRows`), then
    /// after each plan's; nil once rows were upserted, to be read from the table again.
    var nextAgency: Int64?
    var nextTask: Int64?
    /// Rows waiting, by statement, in the order the statements were first given.
    private var waiting: [(chunks: RowChunks, rows: [[DatabaseValue]])] = []
    private var count = 0
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
        if let index = waiting.firstIndex(where: { $0.chunks.head == chunks.head }) {
            waiting[index].rows += rows
        } else {
            waiting.append((chunks, rows))
        }
        count += rows.count
        if count >= limit { try flush(db) }
    }

    /// Inserts every row waiting, table by table in the order first given, as
    /// `INSERT OR ROLLBACK` (the batch is rolled back whole on any error).
    func flush(_ db: Database) throws {
        for (chunks, rows) in waiting { try chunks.run(db, rows, rollingBack: true) }
        waiting = []
        count = 0
    }
}
