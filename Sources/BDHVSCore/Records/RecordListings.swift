// The store's record rows (Store/RecordQueries) as the rows reports show.

extension ActivityListing {
    func row(groups: [String: Int]) -> ActivityRow {
        ActivityRow(id: id, plan: planKey, task: taskKey, date: CivilDate(iso: heldOn) ?? CivilDate(dayNumber: 0),
                    title: title, place: place, participants: participants, unit: unit, groups: groups, village: village,
                    runningTotal: runningTotal, counted: counted)
    }
}

extension IndicatorListing {
    /// The row as of `asOf`: the target that counts then (`IndicatorTargets`), and whether
    /// the latest value meets it. Without a measurement of its own, the indicator of a target
    /// group (`mayTakeGroupCoverage`) has its group's `coverage` as of `asOf`.
    func row(asOf: CivilDate, coverage: GroupCoverage? = nil) -> IndicatorRow {
        var latest: IndicatorRow.Measurement?
        if let date = measuredOn.flatMap(CivilDate.init(iso:)) {
            latest = .init(date: date, valueTenths: valueTenths ?? 0, numerator: numerator, denominator: denominator, source: source)
        } else if mayTakeGroupCoverage {
            latest = coverage?.measurement
        }
        let (target, year) = IndicatorTargets.current(yearTarget: yearTarget, planYear: planYear, horizonsJSON: horizonsJSON, asOf: asOf)
        var row = IndicatorRow(plan: planKey, id: key, name: name, kind: kind, of: ofWhat, unit: unit, targetTenths: target.lowTenths,
                               targetGroup: targetGroup, latest: latest, met: latest.map { Self.meets($0, target: target) })
        row.target = target
        row.targetYear = year
        row.monitor = monitorName
        return row
    }

    /// A percent indicator that names a target group and has no measurement of its own:
    /// when it is its group's indicator (`groupIndicators`), its group's coverage is its value.
    var mayTakeGroupCoverage: Bool { measuredOn == nil && kind == "percent" && targetGroup != nil }

    /// The plan year's target as stored.
    var yearTarget: IndicatorTarget {
        IndicatorTarget(direction: IndicatorTarget.Direction(rawValue: direction) ?? .atLeast, lowTenths: targetTenths,
                        highTenths: targetHighTenths)
    }

    /// Whether a measurement meets `target`; exact for a ratio (numerator / denominator
    /// against target / 1000), compared in full width so that no product overflows.
    static func meets(_ measurement: IndicatorRow.Measurement, target: IndicatorTarget) -> Bool {
        guard let n = measurement.numerator, let d = measurement.denominator else { return target.isMet(valueTenths: measurement.valueTenths) }
        return target.isMet(numerator: n, denominator: d)
    }
}


extension ActivityReport {
    /// The activities with their totals, people, enrolments and every other unit apart, over
    /// the activities that count (`ActivityRow.counted`: of a running total, its latest
    /// figure only). A total past `Int.max` (only reachable by writing the database by hand)
    /// is refused, not a trap.
    init(_ activities: [ActivityRow]) throws {
        var people = 0, enrolments = 0
        var byGroup: [String: Int] = [:], byGroupEnrolments: [String: Int] = [:], others: [String: Int] = [:]
        for activity in activities where activity.counted {
            if activity.unit == ParticipantUnit.enrolments.rawValue {
                enrolments = try RecordLimits.add(enrolments, activity.participants, .participants)
                try RecordLimits.merge(&byGroupEnrolments, activity.groups)
            } else if activity.unit == ParticipantUnit.people.rawValue {
                people = try RecordLimits.add(people, activity.participants, .participants)
                try RecordLimits.merge(&byGroup, activity.groups)
            } else {
                // Classes, courses, articles …: never added to people.
                others[activity.unit] = try RecordLimits.add(others[activity.unit] ?? 0, activity.participants, .participants)
            }
        }
        self.init(activities: activities, people: people, enrolments: enrolments, byGroup: byGroup, byGroupEnrolments: byGroupEnrolments,
                  otherUnits: others)
    }
}

extension BudgetReport {
    /// The budget from its rows per source (their `remaining` is computed here), with
    /// checked totals: a sum past `Int64.max` is refused, not a trap.
    init(_ rows: [BudgetRow], planTotal: Int64?) throws {
        var sources: [BudgetRow] = []
        var estimate: Int64 = 0, disbursed: Int64 = 0, settled: Int64 = 0, remaining: Int64 = 0
        for var row in rows {
            let (left, overflow) = row.estimate.subtractingReportingOverflow(row.disbursed)
            if overflow { throw RecordRefusal.totalTooLarge(.amount) }
            row.remaining = left
            estimate = try RecordLimits.add(estimate, row.estimate, .amount)
            disbursed = try RecordLimits.add(disbursed, row.disbursed, .amount)
            settled = try RecordLimits.add(settled, row.settled, .amount)
            remaining = try RecordLimits.add(remaining, row.remaining, .amount)
            sources.append(row)
        }
        self.init(sources: sources, estimate: estimate, disbursed: disbursed, settled: settled, remaining: remaining, planTotal: planTotal)
    }
}
