extension PlanRules {
    /// Indicators: unique ids, a percentage says what it is of and is at most 100, targets
    /// have at most one decimal (a count none), and target groups and tasks exist.
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
            var tenths = PlanIndicator.tenths(definition.target)
            if kind == .percent {
                if definition.of == nil {
                    report(path, .percentWithoutOf(definition.id))
                }
                if definition.target > 100 {
                    // Quoted as written: 'target: 101' is found 101, not 101.0.
                    let written = path.key("target").node(in: root).scalar?.string ?? String(definition.target)
                    report(path.key("target"), .percentOver100(definition.id, value: written))
                }
                if tenths == nil {
                    report(path.key("target"), .atMostOneDecimal(definition.id))
                }
            } else if definition.target.rounded() != definition.target {
                report(path.key("target"), .countNotWhole(definition.id, unit: definition.unit))
                tenths = nil
            }
            if let group = definition.targetGroup, !groups.contains(group) {
                report(path.key("target_group"), .unknownTargetGroup(group, suggestion: Suggestion.closest(to: group, among: groups.subtracting([TargetGroups.legacyCBCCVC]).sorted()), known: []))
            }
            if let task = definition.task, !tasks.contains(task) {
                report(path.key("task"), .unknownTask(task, suggestion: Suggestion.closest(to: task, among: tasks.sorted())))
            }
            result.append(PlanIndicator(id: definition.id, name: definition.name, kind: kind, of: definition.of,
                                        unit: definition.unit, targetTenths: tenths ?? 0, targetGroup: definition.targetGroup,
                                        task: definition.task))
        }
        return result
    }
}
