import GRDB

extension StatusTotals {
    /// Adds the lead counts of the plans `planIDs` as of `asOf`, from the tallies: the final
    /// counts of their agencies, less what changes after `asOf`. (The tallies keep the
    /// changes of each day per kind of body for the whole country, not per plan.) In a group
    /// with no change recorded after `asOf`, a done leaf was done by then and stays done, so
    /// the only leaves whose counts move after `asOf` are the open ones with a deadline on or
    /// after it: each falls overdue the day after its deadline, which its final counts
    /// include. They are counted through the open-leaf index, a few thousand in a province.
    /// The groups changed since (`temp.status_changed`) are computed from their rows; as for
    /// every plan, the result is what the current rows say as of `asOf`, which `of` corrects.
    mutating func movingLeads(_ db: Database, planIDs: [Int64], asOf: CivilDate) throws {
        for row in try SQLRequest<Row>(literal: """
            SELECT a.key, f.measure, SUM(f.n) FROM lead_final f JOIN agency a ON a.id = f.agency_id
            WHERE a.plan_id IN \(planIDs) GROUP BY a.key, f.measure
            """).fetchAll(db) {
            count(key: row[0], measure: row[1], n: row[2], agency: nil)
        }
        for row in try SQLRequest<Row>(literal: """
            SELECT a.key, COUNT(*) FROM task t INDEXED BY task_open_leaf_by_plan
                JOIN task_lead l ON l.task_id = t.id JOIN agency a ON a.id = l.agency_id
            WHERE t.plan_id IN \(planIDs) AND \(sql: Self.openUnchangedLeaf) AND t.deadline >= \(asOf.iso)
            GROUP BY a.key
            """).fetchAll(db) {
            let key: String = row[0], n: Int = row[1]
            leads[key, default: Lead()].overdue -= n
        }
        for group in StatusGroup.groups(try StatusFacts.fetch(db, where: "t.root_id IN (SELECT id FROM temp.status_changed)")) {
            // The final counts are those after the group's last day of change (`StatusTally`).
            let last = group.tasks.filter { !$0.excluded }.flatMap(\.breakpoints).max() ?? ""
            add(leadMeasures: group.measures(last).leads, sign: -1)
            add(leadMeasures: group.measures(asOf.iso).leads, sign: 1)
        }
    }

    private mutating func add(leadMeasures: [Int64: LeadMeasure], sign: Int) {
        for (agency, lead) in leadMeasures {
            leads[lead.key, default: Lead()].total += sign * lead.total
            leads[lead.key, default: Lead()].done += sign * lead.done
            leads[lead.key, default: Lead()].overdue += sign * lead.overdue
            agencyLeaves[agency, default: 0] += sign * lead.total
        }
    }
}
