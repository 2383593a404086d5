import GRDB

extension TaskStore {
    /// Checks and writes one figure of a target group (population or confirmed persons as
    /// of a date), for `population set`, `coverage record` and a CSV import alike. Returns
    /// the change's subject, the row id, the note the change carries and the input with the
    /// group's id and the village's name as the plan writes them.
    func insertFigure(_ db: Database, _ input: GroupFigureInput, recordedOn: CivilDate,
                      lookups: RecordLookups = RecordLookups()) throws -> (ChangeSubject, Int64, String, GroupFigureInput) {
        if input.countedOn > recordedOn { throw ChangeError.dateAfterToday(on: input.countedOn, today: recordedOn) }
        try TypedText.check(input.source)
        guard ResultLimits.count.contains(input.count) else { throw ResultsRefusal.countOutOfRange(input.count, range: ResultLimits.count) }
        let plan = try resultPlan(db, input.plan)
        guard let group = try lookups.group(self, db, input.group, planRowID: plan.rowID) else {
            let groups = try lookups.targetGroups(self, db, planRowID: plan.rowID)
            throw ResultsRefusal.unknownGroup(input.group, suggestion: groups.suggestion(for: input.group))
        }
        guard let national = group.national else { throw ResultsRefusal.groupWithoutNational(group.id, plan: plan.key) }
        let villageRow = try input.village.map { try lookups.village(self, db, $0, planRowID: plan.rowID, plan: plan.key) }
        let village = villageRow?.key
        // The persons confirmed are part of the population: more of them than people (a
        // coverage of 500% shown as met) is a typing mistake in one of the two figures.
        let other: GroupFigureKind = input.kind == .population ? .confirmed : .population
        if let figure = try latestFigure(db, planRowID: plan.rowID, kind: other, group: group.id, village: village, onOrBefore: input.countedOn) {
            let (confirmed, population) = input.kind == .confirmed ? (input.count, figure.count) : (figure.count, input.count)
            if confirmed > population {
                throw ResultsRefusal.confirmedOverPopulation(group: group.id, village: village, confirmed: confirmed, population: population,
                                                             on: input.countedOn)
            }
        }
        var record = GroupFigureRecord(id: nil, planID: plan.rowID, kind: input.kind, targetGroup: group.id, nationalGroup: national,
                                       village: village, countedOn: input.countedOn.iso, count: input.count, source: input.source)
        // The commune's confirmed persons are its villages' added up when no commune-wide
        // figure is recorded: 400 confirmed in each of two villages of a commune of 640 showed
        // a coverage of 125%. Against a commune-wide population only (villages' populations
        // may still be missing), read as the results read them, with this figure in: in a
        // savepoint, so that a refused figure leaves nothing for the next row of a file.
        let recorded = try latestFigure(db, planRowID: plan.rowID, kind: .population, group: group.id, village: nil, onOrBefore: input.countedOn)
        let communeWide = (input.kind == .population && village == nil) || recorded != nil
        try db.inSavepoint {
            try record.insert(db)
            if communeWide { try checkCommuneFigures(db, planRowID: plan.rowID, national: national, on: input.countedOn) }
            return .commit
        }
        let subject = ChangeSubject(planRowID: plan.rowID, plan: plan.key, taskRowID: nil, task: nil)
        var stored = input
        stored.group = group.id
        stored.village = villageRow?.shown
        return (subject, record.id ?? db.lastInsertedRowID, [group.id, village].compactMap { $0 }.joined(separator: " "), stored)
    }

    /// The plan a record is for: the one named, or the only one loaded.
    func resultPlan(_ db: Database, _ plan: String?) throws -> PlanPlaceRow {
        let plans = try planPlaces(db, ids: try planIDs(PlanScope(plan: plan), db))
        if plans.count == 1 { return plans[0] }
        if plans.isEmpty { throw ResultsRefusal.noPlans }
        throw ResultsRefusal.planNeeded(known: plans.map(\.key))
    }

    /// Refuses a commune whose persons confirmed of `national` outnumber its population as of `on`.
    private func checkCommuneFigures(_ db: Database, planRowID: Int64, national: String, on: CivilDate) throws {
        let totals = try figureTotals(db, planIDs: [planRowID], asOf: on, byVillage: false).filter { $0.group == national }
        if let population = totals.first(where: { $0.kind == .population })?.count,
           let confirmed = totals.first(where: { $0.kind == .confirmed })?.count, confirmed > population {
            throw ResultsRefusal.communeOverPopulation(group: national, confirmed: confirmed, population: population, on: on)
        }
    }
}
