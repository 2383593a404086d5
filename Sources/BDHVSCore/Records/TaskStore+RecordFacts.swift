import Foundation
import GRDB

extension TaskStore {
    /// Records an activity held for a task, with its participants per target group, as one
    /// change that `undo` can take back.
    public func addActivity(_ input: ActivityInput, by: String, recordedOn: CivilDate) throws -> ChangeRecord {
        try write { db in
            let (task, id) = try insertActivity(db, input, recordedOn: recordedOn)
            return try insertChange(db, subject: ChangeSubject(task), kind: .activity, on: input.heldOn, recordedOn: recordedOn,
                                    by: by, note: input.title, fields: [.init(field: .record(.activity, id: id), old: nil, new: "live")],
                                    undoes: nil)
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
    public func spend(_ input: SpendingInput, by: String, recordedOn: CivilDate) throws -> ChangeRecord {
        try write { db in
            let (task, id) = try insertSpending(db, input, recordedOn: recordedOn)
            return try insertChange(db, subject: ChangeSubject(task), kind: .spending, on: input.spentOn, recordedOn: recordedOn,
                                    by: by, note: input.note, fields: [.init(field: .record(.spending, id: id), old: nil, new: "live")],
                                    undoes: nil)
        }
    }

    func insertActivity(_ db: Database, _ input: ActivityInput, recordedOn: CivilDate) throws -> (TaskState, Int64) {
        if input.heldOn > recordedOn { throw ChangeError.dateAfterToday(on: input.heldOn, today: recordedOn) }
        let task = try locate(task: input.task, plan: input.plan, db)
        if task.retired { throw ChangeError.retired(task: task.key) }
        let groups = try targetGroups(db, planRowID: task.planRowID)
        var counts: [(String, Int)] = []
        for (text, count) in input.groups {
            guard let group = groups.resolve(text) else {
                throw ChangeError.unknownGroup(text, suggestion: groups.suggestion(for: text))
            }
            if counts.contains(where: { $0.0 == group.id }) { throw ChangeError.duplicateGroup(group.id) }
            counts.append((group.id, count))
        }
        let sum = counts.reduce(0) { $0 + $1.1 }
        if !counts.isEmpty && sum != input.participants {
            throw ChangeError.groupsDoNotAddUp(participants: input.participants, sum: sum)
        }
        try db.execute(sql: """
            INSERT INTO activity (task_id, held_on, title, place, participants, unit, note) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [task.rowID, input.heldOn.iso, input.title, input.place, input.participants, input.unit.rawValue, input.note])
        let id = db.lastInsertedRowID
        for (group, count) in counts {
            try db.execute(sql: "INSERT INTO activity_group (activity_id, target_group, count) VALUES (?, ?, ?)",
                           arguments: [id, group, count])
        }
        return (task, id)
    }

    func insertMeasurement(_ db: Database, _ input: MeasurementInput, recordedOn: CivilDate) throws -> (ChangeSubject, Int64) {
        if input.measuredOn > recordedOn { throw ChangeError.dateAfterToday(on: input.measuredOn, today: recordedOn) }
        let indicator = try locateIndicator(db, input.indicator, plan: input.plan)
        let percent = indicator.kind == .percent
        var numerator: Int?, denominator: Int?
        let tenths: Int
        switch input.value {
        case .tenths(let value):
            if percent && value > 1000 { throw ChangeError.percentOver100(indicator: indicator.key, value: Numbers.tenths(value)) }
            if !percent && value % 10 != 0 { throw ChangeError.wholeNumberNeeded(indicator: indicator.key, value: Numbers.tenths(value)) }
            tenths = value
        case .ratio(let top, let bottom):
            guard percent else { throw ChangeError.ratioNotForCount(indicator: indicator.key) }
            guard bottom > 0 else { throw ChangeError.notPositive(.denominator, value: String(bottom)) }
            guard top <= bottom else { throw ChangeError.numeratorOverDenominator(numerator: top, denominator: bottom) }
            numerator = top
            denominator = bottom
            tenths = (top * 1000 + bottom / 2) / bottom
        }
        try db.execute(sql: """
            INSERT INTO measurement (indicator_id, measured_on, numerator, denominator, value_tenths, source) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [indicator.rowID, input.measuredOn.iso, numerator, denominator, tenths, input.source])
        let subject = ChangeSubject(planRowID: indicator.planRowID, plan: indicator.plan, taskRowID: nil, task: nil)
        return (subject, db.lastInsertedRowID)
    }

    func insertSpending(_ db: Database, _ input: SpendingInput, recordedOn: CivilDate) throws -> (TaskState, Int64) {
        if input.spentOn > recordedOn { throw ChangeError.dateAfterToday(on: input.spentOn, today: recordedOn) }
        guard input.amount > 0 else { throw ChangeError.notPositive(.amount, value: String(input.amount)) }
        let task = try locate(task: input.task, plan: input.plan, db)
        if task.retired { throw ChangeError.retired(task: task.key) }
        let sources = try Row.fetchAll(db, sql: "SELECT key, name FROM funding_source WHERE plan_id = ? ORDER BY key",
                                       arguments: [task.planRowID])
        let wanted = Folding.key(input.source)
        guard let source = sources.first(where: { Folding.key($0["key"]) == wanted || Folding.key($0["name"]) == wanted }) else {
            throw ChangeError.unknownSource(input.source, plan: task.plan, known: sources.map { $0["key"] })
        }
        try db.execute(sql: "INSERT INTO spending (task_id, spent_on, amount, source, kind, note) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [task.rowID, input.spentOn.iso, input.amount, source["key"] as String, input.kind.rawValue, input.note])
        return (task, db.lastInsertedRowID)
    }

    /// The target groups of a plan: the standard four and the plan's own.
    func targetGroups(_ db: Database, planRowID: Int64) throws -> TargetGroups {
        let json = try String.fetchOne(db, sql: "SELECT document_json FROM plan WHERE id = ?", arguments: [planRowID]) ?? "{}"
        let document = try? JSONDecoder().decode(PlanDocument.self, from: Data(json.utf8))
        return TargetGroups(plan: document?.targetGroups ?? [])
    }
}
