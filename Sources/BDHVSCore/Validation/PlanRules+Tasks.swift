extension PlanRules {
    /// A task definition resolved into a `PlanTask`, reporting what does not resolve.
    mutating func resolve(
        _ definition: TaskDefinition, at path: NodePath, parent: String?, groups: Set<String>, sources: Set<String>,
        seen: inout [String: NodePath]
    ) -> PlanTask {
        if let first = seen[definition.id] {
            report(path.key("id"), .duplicateTaskID(definition.id, firstLine: line(of: first)))
        } else if !definition.id.isEmpty {
            seen[definition.id] = path.key("id")
        }
        let leads = (definition.lead?.values ?? []).enumerated().compactMap { index, reference in
            agency(reference, at: definition.lead!.values.count == 1 ? path.key("lead") : path.key("lead").index(index))
        }
        let advisory = definition.advisory.flatMap { agency($0, at: path.key("advisory")) }
        var coordinators: [Coordinator] = []
        for (index, coordinator) in (definition.coordinating ?? []).enumerated() {
            switch coordinator {
            case .agency(let reference):
                if let id = agency(reference, at: path.key("coordinating").index(index)) { coordinators.append(.agency(id)) }
            case .text(let text):
                coordinators.append(.text(text))
            }
        }
        for (index, group) in (definition.targetGroups ?? []).enumerated() where !groups.contains(group) {
            let guess = Suggestion.closest(to: group, among: groups.subtracting([TargetGroups.legacyCBCCVC]).sorted())
            report(path.key("target_groups").index(index), .unknownTargetGroup(group, suggestion: guess, known: guess == nil ? groups.subtracting([TargetGroups.legacyCBCCVC]).sorted() : []))
        }
        if let source = definition.budget?.source, !sources.contains(source) {
            report(path.key("budget").key("source"), .unknownFundingSource(source, known: sources.sorted()))
        }
        let explicit = definition.deadline.flatMap { text in date(text, at: path.key("deadline")) }
        var schedule: Schedule?
        // A blank timeline is the schema's finding ("must not be empty"), not a phrase to read.
        if let timeline = definition.timeline, timeline.contains(where: { !$0.isWhitespace }) {
            switch timelines.remembered(timeline) {
            case .success(let parsed): schedule = parsed
            // An explicit deadline says what the phrase means: the phrase stays as written.
            case .failure where definition.deadline != nil: schedule = explicit.map { .due($0, start: nil, tentative: false) }
            case .failure(let problem): report(path.key("timeline"), timeline: problem)
            }
        }
        // A deadline before the plan's first year is most often a year typed wrong, but may be
        // a task carried over from the year before: said, and the plan still loads. Not when
        // it falls after the plan's issue: a plan for 2026 issued on 20/12/2025 may well ask
        // for work "trong vòng 7 ngày kể từ ngày ban hành", or in "Tháng 12/2025".
        if let deadline = explicit ?? schedule?.deadline, deadline.year < timelines.planYear,
           timelines.issuedOn.map({ deadline < $0 }) ?? true {
            warn(path.key(definition.deadline != nil ? "deadline" : "timeline"),
                   .deadlineBeforePlan(task: definition.id, deadline: deadline, firstYear: timelines.planYear))
        }
        var checkIn: RecurrencePeriod?
        if let phrase = definition.checkIn, case .success(.recurring(let period, _)) = timelines.remembered(phrase) { checkIn = period }
        if checkIn != nil, let schedule, !schedule.isOngoing {
            report(path.key("check_in"), .checkInNeedsOngoing(task: definition.id, timeline: definition.timeline ?? ""))
        }
        return PlanTask(
            id: definition.id, parentID: parent, title: definition.title, description: definition.description,
            note: definition.note, leads: leads, advisory: advisory, coordinators: coordinators,
            targetGroups: definition.targetGroups ?? [], timeline: definition.timeline, schedule: schedule,
            checkIn: checkIn, explicitDeadline: explicit, estimate: definition.budget?.estimate, fundingSource: definition.budget?.source,
            hasSubtasks: !(definition.subtasks ?? []).isEmpty, group: definition.group, deliverable: definition.deliverable)
    }

    /// A date field read as a calendar date, or a finding.
    mutating func date(_ text: String, at path: NodePath) -> CivilDate? {
        guard text.contains(where: { !$0.isWhitespace }) else { return nil }
        switch timelines.parseDate(text) {
        case .success(let date): return date
        case .failure(let problem):
            report(path, timeline: problem)
            return nil
        }
    }

    /// Checks every date of the document and the legal bases; returns the issue date.
    mutating func checkDocumentDates() -> CivilDate? {
        let issued = document.document?.date.flatMap { date($0, at: NodePath().key("document").key("date")) }
        for (index, basis) in (document.legalBases ?? []).enumerated() {
            if let text = basis.date { _ = date(text, at: NodePath().key("legal_bases").index(index).key("date")) }
        }
        return issued
    }

    /// The target group ids tasks may use: the four national ones (with the old key of
    /// 'cbccvc'), and the plan's own.
    mutating func checkTargetGroupDefinitions() -> Set<String> {
        var groups = Set(TargetGroups.nationalKeys + [TargetGroups.legacyCBCCVC])
        for (index, group) in (document.targetGroups ?? []).enumerated() where !groups.insert(group.id).inserted {
            report(NodePath().key("target_groups").index(index).key("id"), .duplicateTargetGroup(group.id))
        }
        return groups
    }

    /// Villages: each id once.
    mutating func checkVillages() {
        var seen: [String: NodePath] = [:]
        for (index, village) in (document.villages ?? []).enumerated() {
            let path = NodePath().key("villages").index(index).key("id")
            if let first = seen[village.id] {
                report(path, .duplicateVillageID(village.id, firstLine: line(of: first)))
            } else if !village.id.isEmpty {
                seen[village.id] = path
            }
        }
    }

    mutating func checkDuties() {
        for (index, duty) in (document.duties ?? []).enumerated() {
            if let reference = duty.agency { _ = agency(reference, at: NodePath().key("duties").index(index).key("agency")) }
        }
    }

    mutating func checkBudgetTotal() {
        guard let total = document.budget?.total else { return }
        let estimates = document.tasks.flatMap { [$0] + ($0.subtasks ?? []) }.compactMap { $0.budget?.estimate }
        guard !estimates.isEmpty else { return }
        var sum: Int64 = 0
        for estimate in estimates {
            let (next, overflow) = sum.addingReportingOverflow(estimate)
            if overflow { return report(NodePath().key("budget").key("total"), .estimatesTooLarge) }
            sum = next
        }
        if sum != total {
            report(NodePath().key("budget").key("total"), .budgetTotalMismatch(total: total, sum: sum))
        }
    }
}
