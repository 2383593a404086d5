import Foundation
import GRDB

extension TaskStore {
    /// Records an activity held for a task, with its participants per target group, as one
    /// change that `undo` can take back. With `markingDone`, the same change marks the task
    /// done on the activity's day (one `undo` takes both back); a task already done or
    /// cancelled refuses it, and nothing is recorded.
    public func addActivity(_ input: ActivityInput, by: String, recordedOn: CivilDate, markingDone: Bool = false) throws -> ChangeRecord {
        try write { db in
            let (task, id) = try insertActivity(db, input, recordedOn: recordedOn)
            var fields: [ChangeRecord.Field] = [.init(field: .record(.activity, id: id), old: nil, new: "live")]
            if markingDone { fields += try completionFields(db, task: task, on: input.heldOn, recordedOn: recordedOn, by: by) }
            return try insertChange(db, subject: ChangeSubject(task), kind: .activity, on: input.heldOn, recordedOn: recordedOn,
                                    by: by, note: input.title, fields: fields, undoes: nil)
        }
    }

    /// Records a measurement of an indicator, as one change.
    public func recordMeasurement(_ input: MeasurementInput, by: String, recordedOn: CivilDate) throws -> ChangeRecord {
        try write { db in
            let (subject, id) = try insertMeasurement(db, input, recordedOn: recordedOn)
            return try insertChange(db, subject: subject, kind: .measurement, on: input.measuredOn, recordedOn: recordedOn,
                                    by: by, note: input.indicator, fields: [.init(field: .record(.measurement, id: id), old: nil, new: "live")],
                                    undoes: nil)
        }
    }

    /// Records money disbursed or settled for a task, as one change.
    @discardableResult
    public func spend(_ input: SpendingInput, by: String, recordedOn: CivilDate) throws -> Recorded<SpendingInput> {
        try write { db in
            let (task, id, source) = try insertSpending(db, input, recordedOn: recordedOn)
            let change = try insertChange(db, subject: ChangeSubject(task), kind: .spending, on: input.spentOn, recordedOn: recordedOn,
                                          by: by, note: input.note, fields: [.init(field: .record(.spending, id: id), old: nil, new: "live")],
                                          undoes: nil)
            var stored = input
            stored.source = source
            return Recorded(change: change, input: stored)
        }
    }

    func insertActivity(_ db: Database, _ input: ActivityInput, recordedOn: CivilDate,
                        lookups: RecordLookups = RecordLookups()) throws -> (TaskState, Int64) {
        if input.heldOn > recordedOn { throw ChangeError.dateAfterToday(on: input.heldOn, today: recordedOn) }
        try TypedText.check(input.title, input.place)
        try TypedText.checkNote(input.note)
        _ = try RecordNumber.participants.checked(Int64(input.participants))
        let task = try lookups.task(self, db, input.task, plan: input.plan)
        if task.retired { throw ChangeError.retired(task: task.key) }
        try ChangeError.checkNotBeforePlan(input.heldOn, of: task)
        var counts: [ActivityGroupRecord] = []
        for (text, count) in input.groups {
            guard let group = try lookups.group(self, db, text, planRowID: task.planRowID) else {
                let groups = try lookups.targetGroups(self, db, planRowID: task.planRowID)
                throw ChangeError.unknownGroup(text, suggestion: groups.suggestion(for: text))
            }
            if counts.contains(where: { $0.targetGroup == group.id }) { throw ChangeError.duplicateGroup(group.id) }
            _ = try RecordNumber.groupCount(text).checked(Int64(count))
            counts.append(ActivityGroupRecord(activityID: 0, targetGroup: group.id, count: count))
        }
        // Each count is at most `RecordLimits.participants`, so the sum of a few cannot overflow; checked all the same.
        let sum = RecordLimits.sum(counts.map { Int64($0.count) })
        if !counts.isEmpty && sum != Int64(input.participants) {
            throw ChangeError.groupsDoNotAddUp(participants: input.participants, sum: sum.map { Int($0) } ?? Int.max)
        }
        let declared = try lookups.planDocument(self, db, planRowID: task.planRowID)?.units?.map(\.id) ?? []
        guard let unit = ParticipantUnit.named(input.unit.rawValue, declared: declared) else {
            let known = ParticipantUnit.builtIn.map(\.unit.rawValue) + declared
            throw RecordRefusal.unknownUnit(input.unit.rawValue, suggestion: Suggestion.closest(to: input.unit.rawValue, among: known), known: known)
        }
        let village = try input.village.map { try lookups.village(self, db, $0, planRowID: task.planRowID, plan: task.plan).key }
        var activity = ActivityRecord(id: nil, taskID: task.rowID, heldOn: input.heldOn.iso, title: input.title, place: input.place,
                                      participants: input.participants, unit: unit, note: input.note, village: village,
                                      runningTotal: input.runningTotal)
        try activity.insert(db)
        let id = activity.id ?? db.lastInsertedRowID
        for var count in counts {
            count.activityID = id
            try count.insert(db)
        }
        return (task, id)
    }

    func insertMeasurement(_ db: Database, _ input: MeasurementInput, recordedOn: CivilDate,
                           lookups: RecordLookups = RecordLookups()) throws -> (ChangeSubject, Int64) {
        if input.measuredOn > recordedOn { throw ChangeError.dateAfterToday(on: input.measuredOn, today: recordedOn) }
        try TypedText.check(input.source)
        let indicator = try lookups.indicator(self, db, input.indicator, plan: input.plan)
        let percent = indicator.kind == .percent
        var numerator: Int?, denominator: Int?
        let tenths: Int
        switch input.value {
        case .tenths(let value):
            if value < 0 || value / 10 > RecordLimits.countValue.upperBound {
                throw RecordRefusal.outOfRange(.value, value: Int64(value / 10), range: RecordLimits.countValue)
            }
            if percent && value > 1000 { throw ChangeError.percentOver100(indicator: indicator.key, value: Numbers.tenths(value)) }
            if indicator.kind == .count && input.typedAsPercent {
                throw ChangeError.percentForCount(indicator: indicator.key, value: Numbers.tenths(value) + "%")
            }
            if indicator.kind == .count && value % 10 != 0 { throw ChangeError.wholeNumberNeeded(indicator: indicator.key, value: Numbers.tenths(value)) }
            tenths = value
        case .ratio(let top, let bottom):
            guard percent else { throw ChangeError.ratioNotForCount(indicator: indicator.key) }
            _ = try RecordNumber.denominator.checked(Int64(bottom))
            _ = try RecordNumber.numerator.checked(Int64(top))
            guard top <= bottom else { throw ChangeError.numeratorOverDenominator(numerator: top, denominator: bottom) }
            numerator = top
            denominator = bottom
            // top ≤ 10^12, so top * 1000 stays far below Int.max.
            tenths = (top * 1000 + bottom / 2) / bottom
        }
        var measurement = MeasurementRecord(id: nil, indicatorID: indicator.rowID, measuredOn: input.measuredOn.iso, numerator: numerator,
                                            denominator: denominator, valueTenths: tenths, source: input.source)
        try measurement.insert(db)
        let subject = ChangeSubject(planRowID: indicator.planRowID, plan: indicator.plan, taskRowID: nil, task: nil)
        return (subject, measurement.id ?? db.lastInsertedRowID)
    }

    func insertSpending(_ db: Database, _ input: SpendingInput, recordedOn: CivilDate,
                        lookups: RecordLookups = RecordLookups()) throws -> (TaskState, Int64, String) {
        if input.spentOn > recordedOn { throw ChangeError.dateAfterToday(on: input.spentOn, today: recordedOn) }
        try TypedText.checkNote(input.note)
        _ = try RecordNumber.amount.checked(input.amount)
        let task = try lookups.task(self, db, input.task, plan: input.plan)
        if task.retired { throw ChangeError.retired(task: task.key) }
        try ChangeError.checkNotBeforePlan(input.spentOn, of: task)
        let sources = try lookups.fundingSources(self, db, planRowID: task.planRowID)
        let wanted = Folding.key(input.source)
        guard let source = sources.first(where: { Folding.key($0.key) == wanted || Folding.key($0.name) == wanted }) else {
            throw ChangeError.unknownSource(input.source, plan: task.plan, known: sources.map(\.key))
        }
        try lookups.spending.add(input.amount, kind: input.kind, task: task, self, db)
        var spending = SpendingRecord(id: nil, taskID: task.rowID, spentOn: input.spentOn.iso, amount: input.amount, source: source.key,
                                      kind: input.kind, note: input.note)
        try spending.insert(db)
        // The source as the plan writes it: its id when the id was typed, else its name.
        let shown = Folding.key(source.key) == wanted ? source.key : source.name
        return (task, spending.id ?? db.lastInsertedRowID, shown)
    }

    /// The target groups of a plan: the standard four and the plan's own.
    func targetGroups(_ db: Database, planRowID: Int64) throws -> TargetGroups {
        TargetGroups(plan: try planDocument(db, planRowID: planRowID)?.targetGroups ?? [])
    }
}
