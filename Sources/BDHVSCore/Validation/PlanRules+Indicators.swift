extension PlanRules {
    /// Indicators: unique ids, a percentage says what it is of and is at most 100, targets
    /// (numbers or phrases, for the plan's year and later horizons) have at most one decimal
    /// (a count none), and target groups, tasks and the monitoring agency exist.
    mutating func checkIndicators(groups: Set<String>, tasks: Set<String>) -> [PlanIndicator] {
        var seen: [String: NodePath] = [:]
        var result: [PlanIndicator] = []
        for (index, definition) in (document.indicators ?? []).enumerated() {
            let path = NodePath().key("indicators").index(index)
            if let first = seen[definition.id] {
                report(path.key("id"), .duplicateIndicatorID(definition.id, firstLine: line(of: first)))
            } else if !definition.id.isEmpty {
                seen[definition.id] = path.key("id")
            }
            let kind = PlanIndicator.Kind(rawValue: definition.kind) ?? .count
            if kind == .percent, definition.of == nil {
                report(path, .percentWithoutOf(definition.id))
            }
            let target = indicatorTarget(definition.target, of: definition, kind: kind, at: path.key("target"))
            var horizons: [PlanIndicator.Horizon] = []
            var years: Set<Int> = [document.year]
            for (index, horizon) in (definition.horizons ?? []).enumerated() {
                let horizonPath = path.key("horizons").index(index)
                if !years.insert(horizon.year).inserted || horizon.year < document.year {
                    report(horizonPath.key("year"), .horizonYear(definition.id, year: horizon.year, planYear: document.year))
                }
                if let target = indicatorTarget(horizon.target, of: definition, kind: kind, at: horizonPath.key("target")) {
                    horizons.append(PlanIndicator.Horizon(year: horizon.year, target: target))
                }
            }
            if let group = definition.targetGroup, !groups.contains(group) {
                report(path.key("target_group"), .unknownTargetGroup(group, suggestion: Suggestion.closest(to: group, among: groups.subtracting([TargetGroups.legacyCBCCVC]).sorted()), known: []))
            }
            if let task = definition.task, !tasks.contains(task) {
                report(path.key("task"), .unknownTask(task, suggestion: Suggestion.closest(to: task, among: tasks.sorted())))
            }
            let monitor = definition.monitor.flatMap { agency($0, at: path.key("monitor")) }
            result.append(PlanIndicator(id: definition.id, name: definition.name, kind: kind, of: definition.of,
                                        unit: definition.unit, targetTenths: target?.lowTenths ?? 0, targetGroup: definition.targetGroup,
                                        task: definition.task, target: target ?? IndicatorTarget(lowTenths: 0),
                                        horizons: horizons.sorted { $0.year < $1.year }, monitor: monitor))
        }
        return result
    }

    /// A target as written, read and checked against its indicator's kind; nil after a finding.
    private mutating func indicatorTarget(_ value: TargetValue, of definition: IndicatorDefinition, kind: PlanIndicator.Kind,
                                          at path: NodePath) -> IndicatorTarget? {
        let written = tree.scalar(path.node(in: tree))
        var target: IndicatorTarget
        switch value {
        case .number(let number):
            if kind == .percent, number > 100 {
                // Quoted as written: 'target: 101' is found 101, not 101.0.
                report(path, .percentOver100(definition.id, value: written ?? String(number)))
            }
            guard let tenths = PlanIndicator.tenths(number) else {
                report(path, kind == .count ? .countNotWhole(definition.id, unit: definition.unit) : .atMostOneDecimal(definition.id))
                return nil
            }
            target = IndicatorTarget(lowTenths: tenths)
        case .text(let text):
            // A blank target is the schema's finding.
            guard text.contains(where: { !$0.isWhitespace }) else { return nil }
            switch TargetPhrase.parse(text) {
            case .success(let parsed): target = parsed
            case .failure(.tooManyDecimals):
                report(path, .atMostOneDecimal(definition.id))
                return nil
            case .failure(.rangeReversed):
                report(path, .targetRangeReversed(definition.id, text: text))
                return nil
            case .failure(.notUnderstood):
                report(path, .targetNotUnderstood(definition.id, text: text))
                return nil
            }
            if kind == .percent, max(target.lowTenths, target.highTenths ?? 0) > 1000 {
                report(path, .percentOver100(definition.id, value: text))
                return nil
            }
        }
        if kind == .count, target.lowTenths % 10 != 0 || (target.highTenths ?? 0) % 10 != 0 {
            report(path, .countNotWhole(definition.id, unit: definition.unit))
            return nil
        }
        return target
    }
}
