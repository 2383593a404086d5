import GRDB

extension TaskStore {
    /// Records the population of a target group, or the persons of it confirmed as having
    /// reached the basic level, as of a date, for the commune or a village: one change that
    /// `undo` can take back. A later figure replaces an earlier one in the results; figures
    /// are never added over dates.
    @discardableResult
    public func recordFigure(_ input: GroupFigureInput, by: String, recordedOn: CivilDate) throws -> Recorded<GroupFigureInput> {
        try write { db in
            let (subject, id, note, stored) = try insertFigure(db, input, recordedOn: recordedOn)
            let change = try insertChange(db, subject: subject, kind: input.kind == .population ? .population : .coverage, on: input.countedOn,
                                          recordedOn: recordedOn, by: by, note: note,
                                          fields: [.init(field: .record(.groupFigure, id: id), old: nil, new: "live")], undoes: nil)
            return Recorded(change: change, input: stored)
        }
    }

    /// Records a community digital team set up in a village (one a village), with its
    /// members and the decision, as one change.
    @discardableResult
    public func addTeam(_ input: TeamInput, by: String, recordedOn: CivilDate) throws -> Recorded<TeamInput> {
        try write { db in
            if input.foundedOn > recordedOn { throw ChangeError.dateAfterToday(on: input.foundedOn, today: recordedOn) }
            try TypedText.check(input.decision)
            for member in input.named { try TypedText.check(member.name, member.role) }
            guard ResultLimits.members.contains(input.members) else {
                throw ResultsRefusal.countOutOfRange(input.members, range: ResultLimits.members)
            }
            if Int64(input.named.count) > input.members {
                throw ResultsRefusal.moreNamedThanMembers(named: input.named.count, members: input.members)
            }
            let plan = try resultPlan(db, input.plan)
            let villageRow = try resultVillage(db, input.village, plan: plan)
            let village = villageRow.key
            if try hasTeam(db, planRowID: plan.rowID, village: village) { throw ResultsRefusal.teamExists(village: village, plan: plan.key) }
            var team = TeamRecord(id: nil, planID: plan.rowID, village: village, members: input.members, decision: input.decision,
                                  foundedOn: input.foundedOn.iso)
            try team.insert(db)
            let id = team.id ?? db.lastInsertedRowID
            for (position, member) in input.named.enumerated() {
                try TeamMemberRecord(teamID: id, position: position, name: member.name, role: member.role).insert(db)
            }
            let change = try insertChange(db, subject: ChangeSubject(planRowID: plan.rowID, plan: plan.key, taskRowID: nil, task: nil),
                                          kind: .team, on: input.foundedOn, recordedOn: recordedOn, by: by, note: village,
                                          fields: [.init(field: .record(.team, id: id), old: nil, new: "live")], undoes: nil)
            var stored = input
            stored.village = villageRow.shown
            return Recorded(change: change, input: stored)
        }
    }

    /// The village `text` names in a plan.
    func resultVillage(_ db: Database, _ text: String, plan: PlanPlaceRow) throws -> VillageRow {
        try locateVillage(db, text, planRowID: plan.rowID, plan: plan.key)
    }
}
