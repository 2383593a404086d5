import Yams

/// The rules a plan must follow beyond its schema: unique ids, references that name an
/// agency, target group or funding source of the plan, real dates, timelines that are
/// understood, and budget totals that add up. Every finding points at its node.
struct PlanRules {
    let document: PlanDocument
    let root: Node
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    let directory: AgencyDirectory
    let timelines: TimelineParser


    init(document: PlanDocument, root: Node, file: String) {
        self.document = document
        self.root = root
        self.file = file
        directory = AgencyDirectory(document.agencies)
        timelines = TimelineParser(planYear: document.year, strictBefore: document.settings?.strictBefore ?? true)
    }

    /// Applies every rule; the plan when there is no error.
    mutating func check() -> Plan? {
        checkAgencies()
        let issuedOn = checkDocumentDates()
        let groups = checkTargetGroupDefinitions()
        let sources = Set(document.budget?.sources?.map(\.id) ?? [])
        var tasks: [PlanTask] = []
        var seenTasks: [String: NodePath] = [:]
        let tasksPath = NodePath().key("tasks")
        for (index, definition) in document.tasks.enumerated() {
            let path = tasksPath.index(index)
            tasks.append(resolve(definition, at: path, parent: nil, groups: groups, sources: sources, seen: &seenTasks))
            for (subIndex, sub) in (definition.subtasks ?? []).enumerated() {
                let subPath = path.key("subtasks").index(subIndex)
                tasks.append(resolve(sub, at: subPath, parent: definition.id, groups: groups, sources: sources, seen: &seenTasks))
            }
        }
        checkDuties()
        checkBudgetTotal()
        let indicators = checkIndicators(groups: groups, tasks: Set(tasks.map(\.id)))
        return diagnostics.hasErrors ? nil : Plan(document: document, tasks: tasks, issuedOn: issuedOn, indicators: indicators)
    }

    // MARK: - Findings

    mutating func report(_ path: NodePath, _ message: String, columnOffset: Int? = nil) {
        let node = path.node(in: root)
        var column = node.mark?.column ?? 1
        if let offset = columnOffset, case .scalar(let scalar) = node {
            // The offset counts characters; columns count Unicode scalars (text typed in
            // decomposed form has several per character).
            let scalars = String(scalar.string.prefix(offset)).unicodeScalars.count
            switch scalar.style {
            case .plain: column += scalars
            case .singleQuoted, .doubleQuoted: column += scalars + 1
            default: break
            }
        }
        diagnostics.append(Diagnostic(SourceLocation(file: file, line: node.mark?.line ?? 1, column: column), .error, message))
    }

    func line(of path: NodePath) -> Int { path.node(in: root).mark?.line ?? 1 }

    // MARK: - Agencies

    private mutating func checkAgencies() {
        var owner: [String: (id: String, path: NodePath)] = [:]
        for (index, agency) in document.agencies.enumerated() {
            let path = NodePath().key("agencies").index(index)
            let names = [(agency.id, path.key("id")), (agency.name, path.key("name"))]
                + (agency.aliases ?? []).enumerated().map { ($1, path.key("aliases").index($0)) }
            var own = Set<String>()
            for (name, namePath) in names {
                let key = Folding.key(name)
                guard own.insert(key).inserted else { continue }
                if let first = owner[key] {
                    let what = namePath == path.key("id") && first.path.components.last == .key("id") ? "duplicate agency id" : "name"
                    if what == "name" {
                        report(namePath, "name '\(name)' of agency '\(agency.id)' already names agency '\(first.id)' at line \(line(of: first.path)); a name must point to one agency")
                    } else {
                        report(namePath, "duplicate agency id '\(agency.id)'; it is already used at line \(line(of: first.path))")
                    }
                } else {
                    owner[key] = (agency.id, namePath)
                }
            }
        }
    }

    /// The agency id that `reference` names, or a finding with a "did you mean".
    mutating func agency(_ reference: String, at path: NodePath) -> String? {
        if let agency = directory.resolve(reference) { return agency.id }
        var message = "unknown agency '\(reference)'"
        if let guess = directory.suggestion(for: reference) {
            message += "; did you mean '\(guess.id)' (\(guess.name))?"
        } else {
            message += "; expected the id, name or an alias of an agency listed under 'agencies' ("
                + document.agencies.map { "'\($0.id)'" }.joined(separator: ", ") + ")"
        }
        report(path, message)
        return nil
    }
}
