extension PlanRules {
    /// The keys a plan's level needs, and the years it spans: a commune-level plan names its
    /// commune, a commune's or a province's plan its province; a ministry's, the
    /// Government's or a Party committee's plan need neither. A plan gives `year`, `years`
    /// or both, and then its year is one of its years.
    mutating func checkLevelAndYears() {
        let level = document.planLevel
        let written = document.level ?? level.rawValue
        if let kind = document.communeKind, document.level != nil, level.isCommune, PlanLevel(communeKind: kind) != level {
            report(NodePath().key("commune_kind"), .levelConflictsWithKind(level: written, kind: kind))
        }
        let root = NodePath()
        // Only on a mapping: a plan that is not one is the schema's finding alone.
        guard tree.isMapping(YAMLTree.root) else { return }
        // The plan's keys, looked through in turn (a set of them cost more than the lookups).
        var keys: [String] = []
        keys.reserveCapacity(tree.count(YAMLTree.root))
        for (key, _) in tree.pairs(YAMLTree.root) {
            if let text = tree.scalar(key) { keys.append(text) }
        }
        if level.isCommune, !keys.contains("commune") { report(root, .levelNeedsKey(key: "commune", level: written)) }
        if level.needsProvince, !keys.contains("province") { report(root, .levelNeedsKey(key: "province", level: written)) }
        guard let years = document.years else {
            if !keys.contains("year") { report(root, .needsYear) }
            return
        }
        // A text the schema refuses ('2025') is its finding alone.
        guard let span = YearSpan(years) else { return }
        guard span.first <= span.last, (2000...2100).contains(span.first), (2000...2100).contains(span.last) else {
            return report(root.key("years"), .yearsOutOfOrder(years))
        }
        if keys.contains("year"), !(span.first...span.last).contains(document.year) {
            report(root.key("year"), .yearOutsideYears(year: document.year, years: years))
        }
    }

    /// The ids of the plan's numbered task groups, each once.
    mutating func checkTaskGroups() -> [String] {
        var seen: [String: NodePath] = [:]
        var ids: [String] = []
        for (index, group) in (document.groups ?? []).enumerated() where !group.id.isEmpty {
            let path = NodePath().key("groups").index(index).key("id")
            if let first = seen[group.id] {
                report(path, .duplicateGroupID(group.id, firstLine: line(of: first)))
            } else {
                seen[group.id] = path
                ids.append(group.id)
            }
        }
        return ids
    }

    /// A task's `group` names one of the plan's groups.
    mutating func checkGroup(of definition: TaskDefinition, at path: NodePath, groups: [String]) {
        guard let group = definition.group, !group.isEmpty, !groups.contains(group) else { return }
        let guess = Suggestion.closest(to: group, among: groups)
        report(path.key("group"), .unknownGroup(group, suggestion: guess, known: guess == nil ? groups : []))
    }
}
