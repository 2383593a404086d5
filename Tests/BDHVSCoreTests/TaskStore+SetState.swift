import GRDB
@testable import BDHVSCore

extension TaskStore {
    /// Sets a task's state directly, without a trace in the history, so that a test can put
    /// a task in any category in one line. Commands record changes (`record(_:)`) instead.
    func setState(_ state: WorkState, completedOn: CivilDate?, plan: String, task: String) throws {
        try write { db in
            // The status tallies follow, as they do for a recorded change.
            try StatusTally.updating(db, tasks: "t.plan_id = (SELECT id FROM plan WHERE key = \(plan))") {
                try db.execute(literal: """
                    UPDATE task SET state = \(state), completed_on = \(completedOn)
                    WHERE key = \(task) AND plan_id = (SELECT id FROM plan WHERE key = \(plan))
                    """)
            }
        }
    }
}
