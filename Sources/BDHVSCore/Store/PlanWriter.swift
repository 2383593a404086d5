import Foundation
import GRDB

/// Writes one plan inside a transaction that the caller owns.
struct PlanWriter {
    let db: Database
    let prepared: PreparedPlan
    /// Many-row inserts end the transaction on a broken constraint (`RowChunks.run`): for
    /// a caller that rolls back everything on any error.
    let rollingBack: Bool
    /// Where a batch of new plans gathers its new rows, to insert them together (`NewRowSink`).
    let sink: NewRowSink?
    /// The sets of agency names found or stored in this transaction.
    let nameSets: NameSets
    /// The as-of date of the load, kept as the day each task it retires was retired; nil
    /// when the caller knows none (the task is then retired with no date).
    let loadedOn: CivilDate?
    var plan: Plan { prepared.plan }

    init(db: Database, prepared: PreparedPlan, rollingBack: Bool = false, sink: NewRowSink? = nil, nameSets: NameSets = NameSets(),
         loadedOn: CivilDate? = nil) {
        self.db = db
        self.loadedOn = loadedOn
        self.prepared = prepared
        self.rollingBack = rollingBack
        self.sink = sink
        self.nameSets = nameSets
    }

    /// Inserts new rows with `chunks` now, or gives them to the sink.
    func insert(_ chunks: RowChunks, _ rows: [[DatabaseValue]]) throws {
        if let sink { try sink.add(chunks, rows, db) } else { try chunks.run(db, rows, rollingBack: rollingBack) }
    }

    /// Runs one statement, compiled once per connection: a national load runs the same
    /// few statements hundreds of thousands of times.
    func run(_ sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// Writes the plan; what its tasks count for in the status tallies is added to `tally`
    /// (taken away first for a plan loaded before), for the caller to write.
    func write(sourcePath: String, tally: inout StatusTally.Accumulator) throws -> LoadSummary {
        let document = plan.document
        // A plan of a batch of new plans (with a sink) is known not to be stored.
        let existing = sink != nil ? nil : try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM plan WHERE key = ?"), arguments: [plan.id])
        let documentJSON = prepared.documentJSON
        // A listing shows `commune_kind commune`: a commune by its kind and name, a name that
        // holds its kind ("Phường 3") or another level's issuer alone (the kind empty).
        let place = document.place
        let span = document.yearSpan
        let values: StatementArguments = [
            document.title, place.name, place.kind,
            TaskStore.placeKey(place.name, prefixes: TaskStore.communePrefixes),
            document.province, TaskStore.placeKey(document.province, prefixes: TaskStore.provincePrefixes), document.year, sourcePath, documentJSON, plan.issuedOn?.iso,
            document.planLevel.rawValue, span.last == span.first ? nil : span.last,
        ]
        let previousJSON = try existing.flatMap { try String.fetchOne(db.cachedStatement(sql: "SELECT document_json FROM plan WHERE id = ?"), arguments: [$0]) }
        let planID: Int64
        if let existing {
            try run("""
                UPDATE plan SET title = ?, commune = ?, commune_kind = ?, commune_key = ?, province = ?,
                    province_key = ?, year = ?, source_path = ?, document_json = ?, issued_on = ?, level = ?, last_year = ?
                WHERE id = ?
                """, arguments: values + [existing])
            planID = existing
        } else {
            try run("""
                INSERT INTO plan (title, commune, commune_kind, commune_key, province, province_key, year,
                    source_path, document_json, issued_on, level, last_year, key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: values + [plan.id])
            planID = db.lastInsertedRowID
        }
        if existing == nil, let sink, sink.nextAgency != nil, let rows = prepared.newRows {
            // Its rows were prepared on a checking thread: they only need their row ids.
            tally.addNew(prepared.newPlanTally, planID: planID, firstAgency: sink.nextAgency!)
            try sink.add(rows, planID: planID, nameSets: prepared.agencyNames.map { try nameSets.id(for: $0, db) }, db)
            try writeIndicatorsAndSources(planID: planID, isNew: true)
            try writeVillagesAndGroups(planID: planID, isNew: true)
            return LoadSummary(plan: plan.id, isNew: true, added: plan.tasks.map(\.id), changed: [], retired: [], restored: [], unchanged: 0)
        }
        let agencies = try writeAgencies(planID: planID, isNew: existing == nil)
        var summary = LoadSummary(plan: plan.id, isNew: existing == nil, added: [], changed: [], retired: [], restored: [], unchanged: 0)
        if let previousJSON { summary.planFields = PlanDocumentDiff.changedKeys(from: previousJSON, to: documentJSON) }
        let agencyIDs = document.agencies.compactMap { agencies[$0.id] }
        if existing == nil, agencyIDs.count == document.agencies.count {
            // A new plan counts for what its tasks, all open, count for: worked out beforehand.
            try writeTasks(planID: planID, agencies: agencies, summary: &summary)
            tally.merge(prepared.newPlanTally.counts(planID: planID, agencyIDs: agencyIDs))
        } else {
            // The plan's tasks change as a whole: its status tallies are taken away and added
            // again, read from the table (with every row waiting in the sink in it).
            try sink?.flush(db)
            try StatusTally.collecting(db, tasks: "t.plan_id = \(planID)", into: &tally) {
                try writeTasks(planID: planID, agencies: agencies, summary: &summary)
                try sink?.flush(db)
            }
        }
        try writeIndicatorsAndSources(planID: planID, isNew: existing == nil)
        try writeVillagesAndGroups(planID: planID, isNew: existing == nil)
        return summary
    }

    /// Upserts the plan's agencies, each with its set of folded names; agencies gone from the
    /// file are retired (retired tasks may still name them). Returns row ids by agency id.
    private func writeAgencies(planID: Int64, isNew: Bool) throws -> [String: Int64] {
        if !isNew { try run("UPDATE agency SET retired = 1 WHERE plan_id = ?", arguments: [planID]) }
        var ids: [String: Int64] = [:]
        let agencies = plan.document.agencies
        // A new plan's agencies are all new rows: they are given their row ids here (the ones
        // SQLite would give, one after the other) and inserted in one statement, instead of
        // one upsert each. Ids written twice (the plan rules refuse them) take the upsert.
        let insertedAtOnce = isNew && Set(agencies.map(\.id)).count == agencies.count
        if insertedAtOnce {
            var next = try sink?.nextAgency ?? Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM agency")) ?? 1
            var rows: [[DatabaseValue]] = []
            for (agency, names) in zip(agencies, prepared.agencyNames) {
                rows.append([next.databaseValue, planID.databaseValue, agency.id.databaseValue, agency.name.databaseValue,
                             (agency.massOrganisation ?? false).databaseValue, false.databaseValue,
                             try nameSets.id(for: names, db).databaseValue])
                ids[agency.id] = next
                next += 1
            }
            sink?.nextAgency = next
            try insert(Self.newAgency, rows)
        } else if let sink {
            // The upserts below take their ids from the table: the rows waiting go in first.
            try sink.flush(db)
            sink.nextAgency = nil
        }
        for (agency, names) in zip(agencies, prepared.agencyNames) where !insertedAtOnce {
            let rowID = try Int64.fetchOne(db.cachedStatement(sql: """
                INSERT INTO agency (plan_id, key, name, mass_organisation, retired, name_set) VALUES (?, ?, ?, ?, 0, ?)
                ON CONFLICT (plan_id, key) DO UPDATE SET name = excluded.name,
                    mass_organisation = excluded.mass_organisation, retired = 0, name_set = excluded.name_set
                RETURNING id
                """), arguments: [planID, agency.id, agency.name, agency.massOrganisation ?? false, nameSets.id(for: names, db)])!
            ids[agency.id] = rowID
        }
        return ids
    }

    static let newAgency = RowChunks(head: "INSERT INTO agency (id, plan_id, key, name, mass_organisation, retired, name_set) VALUES",
                                     columns: 7)
}
