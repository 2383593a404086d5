/// Decides which fields a change sets, from the task as it is now, or why it cannot.
struct ChangePlanner {
    let task: TaskState
    let request: ChangeRequest

    typealias Field = ChangeRecord.Field

    func fields() throws -> [Field] {
        let on = request.on.iso
        switch request.action {
        case .start:
            try require(["open", "paused"], action: "start")
            return stateChange(to: "started")
        case .done(let period):
            if let recurrence = task.recurrence { return try occurrenceDone(recurrence, period: period) }
            if period != nil { throw ChangeError.notRecurring(task: task.key) }
            try require(["open", "started", "paused"], action: "mark done")
            return stateChange(to: "done") + [
                Field(field: "completed_on", old: task.completedOn, new: on),
            ] + (task.percent == 100 ? [] : [Field(field: "percent", old: String(task.percent), new: "100")])
        case .pause:
            try require(["open", "started"], action: "pause")
            return stateChange(to: "paused")
        case .cancel:
            try require(["open", "started", "paused"], action: "cancel")
            return stateChange(to: "cancelled")
        case .reopen:
            try require(["done", "cancelled", "paused"], action: "reopen")
            return stateChange(to: "started") + (task.completedOn == nil ? [] : [Field(field: "completed_on", old: task.completedOn, new: nil)])
        case .progress(let percent):
            guard (0...100).contains(percent) else { throw ChangeError.percentOutOfRange(percent) }
            try require(["open", "started", "paused"], action: "record progress of")
            var fields = [Field(field: "percent", old: String(task.percent), new: String(percent))]
            if task.state == "open" && percent > 0 { fields += stateChange(to: "started") }
            return fields
        case .note:
            return []
        case .deadline(let date):
            if task.hasSubtasks { return [] }
            if task.deadline == date.iso { throw ChangeError.sameDeadline(task: task.key, deadline: date) }
            var fields = [Field(field: "deadline", old: task.deadline, new: date.iso),
                          Field(field: "recorded_deadline", old: task.recordedDeadline, new: date.iso),
                          Field(field: "deadline_since", old: task.deadlineSince, new: request.recordedOn.iso)]
            if let current = task.deadline, task.extendedFrom == nil {
                fields.append(Field(field: "extended_from", old: nil, new: current))
            }
            return fields
        }
    }

    private func stateChange(to state: String) -> [Field] {
        [Field(field: "state", old: task.state, new: state), Field(field: "state_since", old: task.stateSince, new: request.on.iso)]
    }

    private func require(_ states: Set<String>, action: String) throws {
        guard !states.contains(task.state) else { return }
        let described: String
        var hint = ""
        switch task.state {
        case "done":
            described = "done" + (task.completedOn.flatMap(CivilDate.init(iso:)).map { " (on \($0.vietnamese))" } ?? "")
            hint = "reopen it first"
        case "cancelled": described = "cancelled"; hint = "reopen it first"
        case "paused": described = "paused"; hint = "start or reopen it first"
        case "started": described = "already started"
        default: described = "not started"
        }
        throw ChangeError.notApplicable(task: task.key, state: described, action: action, hint: hint)
    }

    private func occurrenceDone(_ recurrence: RecurrencePeriod, period: String?) throws -> [Field] {
        let occurrence: Occurrence
        if let period {
            guard let named = recurrence.occurrence(key: period, inYear: task.year) else {
                let example = recurrence.occurrences(inYear: task.year).first?.key ?? ""
                throw ChangeError.unknownPeriod(task: task.key, period: period, example: example)
            }
            occurrence = named
        } else {
            occurrence = recurrence.occurrence(containing: request.on)
        }
        guard occurrence.start <= request.on else {
            throw ChangeError.periodNotStarted(task: task.key, period: occurrence.key, start: occurrence.start)
        }
        return [Field(field: "occurrence:" + occurrence.key, old: nil, new: request.on.iso)]
    }
}
