import GRDB

extension Migrations {
    /// An ongoing duty that starts later ("Từ tháng 9/2025") counts as not begun, in progress
    /// within its time, before its start, no longer as ongoing (`StatusFacts.category`): the
    /// tallies of the plans that have such a duty are corrected, by taking away what their
    /// groups counted under the earlier rule (no start) and adding what they count now.
    /// Leads count the same under both rules, so only the plans' own counts move.
    static func countOngoingDutiesFromTheirStart(_ db: Database) throws {
        let roots = try Int64.fetchAll(db, sql: """
            SELECT DISTINCT root_id FROM task
            WHERE retired = 0 AND start_date IS NOT NULL AND schedule_kind IN ('ongoing', 'recurring', 'ongoing_external')
            ORDER BY root_id
            """)
        guard !roots.isEmpty else { return }
        var tally = StatusTally.Accumulator()
        for chunk in stride(from: 0, to: roots.count, by: 500).map({ Array(roots[$0..<min($0 + 500, roots.count)]) }) {
            let groups = StatusGroup.groups(try StatusFacts.fetch(db, where: "t.root_id IN \(chunk)"))
            let before = groups.map { group in
                StatusGroup(tasks: group.tasks.map { fact in
                    var earlier = fact
                    earlier.startDate = nil
                    return earlier
                })
            }
            tally.add(before, sign: -1)
            tally.add(groups, sign: 1)
        }
        try tally.write(db)
    }
}
