import GRDB

extension StatusTotals {
    /// Adds the lead counts of the plans `planIDs` as of `asOf`, from the tallies: the final
    /// counts of their agencies, less what changes after `asOf` in the groups whose status
    /// still moves then (a deadline on or after it, or a change recorded after it, in
    /// `temp.status_changed`), computed from their rows. (The tallies keep the changes of
    /// each day per kind of body for the whole country, not per plan.) As for every plan,
    /// the result is what the current rows say as of `asOf`; `of` corrects changed groups.
    mutating func movingLeads(_ db: Database, planIDs: [Int64], asOf: CivilDate) throws {
        for row in try SQLRequest<Row>(literal: """
            SELECT a.key, f.measure, SUM(f.n) FROM lead_final f JOIN agency a ON a.id = f.agency_id
            WHERE a.plan_id IN \(planIDs) GROUP BY a.key, f.measure
            """).fetchAll(db) {
            count(key: row[0], measure: row[1], n: row[2], agency: nil)
        }
        let moving: SQL = """
            t.root_id IN (SELECT root_id FROM task WHERE plan_id IN \(planIDs) AND retired = 0 AND deadline >= \(asOf.iso)
                UNION SELECT id FROM temp.status_changed)
            """
        for group in StatusGroup.groups(try StatusFacts.fetch(db, where: moving)) {
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
