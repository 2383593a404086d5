extension PlanRules {
    /// Indicators: unique ids, a percentage says what it is of and is at most 100, targets
    /// have at most one decimal (a count none), and target groups and tasks exist.
    mutating func checkIndicators(groups: Set<String>, tasks: Set<String>) -> [PlanIndicator] {
        var seen: [String: NodePath] = [:]
        var result: [PlanIndicator] = []
        for (index, definition) in (document.indicators ?? []).enumerated() {
            let path = NodePath().key("indicators").index(index)
            if let first = seen[definition.id] {
                report(path.key("id"), "duplicate indicator id '\(definition.id)'; it is already used at line \(line(of: first))")
            } else {
                seen[definition.id] = path.key("id")
            }
            let kind = PlanIndicator.Kind(rawValue: definition.kind) ?? .count
            var tenths = PlanIndicator.tenths(definition.target)
            if kind == .percent {
                if definition.of == nil {
                    report(path, "indicator '\(definition.id)' is a percentage; add 'of' to say what it is a percentage of (e.g. 'người dân trong độ tuổi trưởng thành')")
                }
                if definition.target > 100 {
                    report(path.key("target"), "target of indicator '\(definition.id)' is a percentage and cannot exceed 100, found \(definition.target)")
                }
                if tenths == nil {
                    report(path.key("target"), "target of indicator '\(definition.id)' may have at most one decimal, e.g. 85.5")
                }
            } else if definition.target.rounded() != definition.target {
                report(path.key("target"), "target of indicator '\(definition.id)' counts \(definition.unit ?? "people") and must be a whole number")
                tenths = nil
            }
            if let group = definition.targetGroup, !groups.contains(group) {
                var message = "unknown target group '\(group)'"
                if let guess = Suggestion.closest(to: group, among: groups.sorted()) { message += "; did you mean '\(guess)'?" }
                report(path.key("target_group"), message)
            }
            if let task = definition.task, !tasks.contains(task) {
                var message = "unknown task '\(task)'"
                if let guess = Suggestion.closest(to: task, among: tasks.sorted()) { message += "; did you mean '\(guess)'?" }
                report(path.key("task"), message)
            }
            result.append(PlanIndicator(id: definition.id, name: definition.name, kind: kind, of: definition.of,
                                        unit: definition.unit, targetTenths: tenths ?? 0, targetGroup: definition.targetGroup,
                                        task: definition.task))
        }
        return result
    }
}
