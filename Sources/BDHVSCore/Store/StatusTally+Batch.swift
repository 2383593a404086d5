import GRDB

extension StatusTally {
    /// The tallies of many changes in one transaction (a bulk replay): each group's counts are
    /// taken away before its first change and added back once at the end (a replay changes
    /// thousands of groups, some several times). The counting is done on a second thread.
    ///
    /// The groups of the tasks read before the batch are read once: their facts after the
    /// batch are those before, with each task as the batch's changes left it in memory
    /// (`changed`), counted on the second thread while the batch's rows are written. Only
    /// a group changed through a task located one change at a time is read again at the end.
    final class Batch {
        private var touched = Set<Int64>()
        /// The facts of the groups read before the batch, in group order, until `changed`.
        private var kept: [StatusFacts] = []
        /// Groups whose facts after the batch are read from the table at its end.
        private var reread = Set<Int64>()
        private let worker = StatusTallyWorker()

        init() {}

        /// Before a change of the group `root`: takes its counts away, the first time. A
        /// change of a task not read before the batch (`known` false) has its group read
        /// again at the end.
        func touch(_ db: Database, root: Int64, known: Bool) throws {
            let first = touched.insert(root).inserted
            if !known || first { reread.insert(root) }
            guard first else { return }
            worker.add(try StatusFacts.fetch(db, where: "t.root_id = ?", arguments: [root]), sign: -1)
        }

        /// Before a batch's changes: takes away the counts of the groups `roots` (of the tasks
        /// the batch names, read before it), a few hundred groups a statement instead of one
        /// by one as each is first changed, and keeps their facts. A task not read then is
        /// left to `touch`.
        func touch(_ db: Database, roots: [Int64]) throws {
            let fresh = roots.filter { touched.insert($0).inserted }
            for facts in try Self.facts(db, roots: fresh) {
                kept += facts
                worker.add(facts, sign: -1)
            }
        }

        /// After the batch's changes, before their rows are written: adds back the counts
        /// of the groups read before it as the changes left their tasks (`tasks`, by row id:
        /// every task read before the batch, as the batch left it).
        func changed(_ tasks: [Int64: TaskState]) {
            let after = kept.filter { !reread.contains($0.rootID) }.map { $0.after(tasks) }
            kept = []
            worker.add(after, sign: 1)
        }

        /// Once the batch's rows are written: adds back the counts of the groups read again,
        /// and writes the tallies.
        func finish(_ db: Database) throws {
            precondition(kept.isEmpty, "a batch's tallies finished before its changes were given")
            for facts in try Self.facts(db, roots: reread.sorted()) { worker.add(facts, sign: 1) }
            try worker.drain().write(db)
            touched = []
            reread = []
        }

        /// The facts of the groups `roots`, read 500 groups a statement.
        private static func facts(_ db: Database, roots: [Int64]) throws -> [[StatusFacts]] {
            try stride(from: 0, to: roots.count, by: 500).map { start in
                let chunk = Array(roots[start..<min(start + 500, roots.count)])
                return try StatusFacts.fetch(db, where: "t.root_id IN (" + Array(repeating: "?", count: chunk.count).joined(separator: ", ") + ")",
                                             arguments: StatementArguments(chunk.map { $0 as (any DatabaseValueConvertible)? }))
            }
        }
    }
}

extension StatusFacts {
    /// These facts as a batch's changes left the task and its parent (`tasks` by row id, as
    /// `TaskState.applying` keeps them): what the same query reads once their rows are written.
    func after(_ tasks: [Int64: TaskState]) -> StatusFacts {
        var facts = self
        if let task = tasks[id] {
            facts.state = task.state.rawValue
            facts.completedOn = task.completedOn
            facts.deadline = task.deadline
            facts.extendedFrom = task.extendedFrom
        }
        if let parentID, let parent = tasks[parentID] { facts.parentState = parent.state.rawValue }
        return facts
    }
}
