/// Decides which fields a change sets, from the task as it is now, or why it cannot.
struct ChangePlanner {
    let task: TaskState
    let request: ChangeRequest

    typealias Field = ChangeRecord.Field

    func fields() throws -> [Field] {
        let on = request.on.iso
        switch request.action {
        case .start:
            try require([.open, .paused], attempt: .start)
            return stateChange(to: .started)
        case .done(let period):
            if let recurrence = task.recurrence { return try occurrenceDone(recurrence, period: period) }
            if period != nil { throw ChangeError.notRecurring(task: task.key) }
            try require([.open, .started, .paused], attempt: .markDone)
            return stateChange(to: .done) + [
                Field(field: .completedOn, old: task.completedOn, new: on),
            ] + (task.percent == 100 ? [] : [Field(field: .percent, old: String(task.percent), new: "100")])
        case .pause:
            try require([.open, .started], attempt: .pause)
            return stateChange(to: .paused)
        case .cancel:
            try require([.open, .started, .paused], attempt: .cancel)
            return stateChange(to: .cancelled)
        case .reopen:
            try require([.done, .cancelled, .paused], attempt: .reopen)
            return stateChange(to: .started) + (task.completedOn == nil ? [] : [Field(field: .completedOn, old: task.completedOn, new: nil)])
        case .progress(let percent):
            guard (0...100).contains(percent) else { throw ChangeError.percentOutOfRange(percent) }
            try require([.open, .started, .paused], attempt: .recordProgress)
            var fields = [Field(field: .percent, old: String(task.percent), new: String(percent))]
            if task.state == .open && percent > 0 { fields += stateChange(to: .started) }
            return fields
        case .note:
            // A note of nothing (an empty or blank argument) would be a line of history saying nothing.
            guard let note = request.note, !note.allSatisfy(\.isWhitespace) else { throw ChangeError.emptyNote(task: task.key) }
            return []
        case .deadline(let date):
            if task.hasSubtasks { return [] }
            if task.deadline == date.iso { throw ChangeError.sameDeadline(task: task.key, deadline: date) }
            var fields = [Field(field: .deadline, old: task.deadline, new: date.iso),
                          Field(field: .recordedDeadline, old: task.recordedDeadline, new: date.iso),
                          Field(field: .deadlineSince, old: task.deadlineSince, new: request.recordedOn.iso)]
            if let current = task.deadline, task.extendedFrom == nil {
                fields.append(Field(field: .extendedFrom, old: nil, new: current))
            }
            return fields
        }
    }

    private func stateChange(to state: WorkState) -> [Field] {
        [Field(field: .state, old: task.state.rawValue, new: state.rawValue), Field(field: .stateSince, old: task.stateSince, new: request.on.iso)]
    }

    private func require(_ states: Set<WorkState>, attempt: ChangeError.Attempt) throws {
        guard !states.contains(task.state) else { return }
        throw ChangeError.notApplicable(task: task.key, attempt: attempt, state: task.state,
                                        completedOn: task.state == .done ? task.completedOn.flatMap(CivilDate.init(iso:)) : nil)
    }

    private func occurrenceDone(_ recurrence: RecurrencePeriod, period: String?) throws -> [Field] {
        let occurrence: Occurrence
        if let period {
            guard let named = recurrence.occurrence(key: period, inYears: task.years) else {
                let example = recurrence.occurrences(inYear: task.years.lowerBound).first?.key ?? ""
                throw ChangeError.unknownPeriod(task: task.key, period: period, example: example)
            }
            occurrence = named
        } else {
            occurrence = recurrence.occurrence(containing: request.on)
        }
        guard occurrence.start <= request.on else {
            throw ChangeError.periodNotStarted(task: task.key, period: occurrence.key, start: occurrence.start)
        }
        // A period that ended before the duty began is none of its periods (nor counted).
        if let start = task.startDate.flatMap(CivilDate.init(iso:)), occurrence.end < start {
            throw ChangeError.periodBeforeTaskStart(task: task.key, period: occurrence.key, start: start,
                                                    first: recurrence.occurrence(containing: start).key)
        }
        return [Field(field: .occurrence(occurrence.key), old: nil, new: request.on.iso)]
    }
}
