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
        var record = GroupFigureRecord(id: nil, planID: plan.rowID, kind: input.kind, targetGroup: group.id, nationalGroup: national,
                                       village: village, countedOn: input.countedOn.iso, count: input.count, source: input.source)
        // No more persons confirmed than people, on any day the figure counts
        // (`checkFigureInForce`), read as the results read them, with this figure in: in a
        // savepoint, so that a refused figure leaves nothing for the next row of a file.
        try db.inSavepoint {
            try record.insert(db)
            try checkFigureInForce(db, planRowID: plan.rowID, kind: input.kind, group: group.id, national: national, village: village,
                                   from: input.countedOn)
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
}
