/// The rules a plan must follow beyond its schema: unique ids, references that name an
/// agency, target group or funding source of the plan, real dates, timelines that are
/// understood, and budget totals that add up. Every finding points at its node.
struct PlanRules {
    let document: PlanDocument
    /// The file's node tree, to place each finding.
    let tree: YAMLTree
    let file: String
    /// The file's text, to place a finding inside a value (a date inside a timeline).
    let source: SourceText?
    private(set) var diagnostics: [Diagnostic] = []
    let directory: AgencyDirectory
    /// Reads the plan's timelines: its year, its reading of "Trước ngày", and its issue date
    /// once the document's dates are checked ("Trước Tết" with no year: the first Tết after it).
    var timelines: TimelineParser
    /// False when 'agencies' is not a list: the schema says so, and references to
    /// agencies are not each reported as unknown.
    let agenciesKnown: Bool

    init(document: PlanDocument, tree: YAMLTree, file: String, source: SourceText? = nil) {
        self.document = document
        self.tree = tree
        self.file = file
        self.source = source
        directory = AgencyDirectory(document.agencies)
        agenciesKnown = tree.isSequence(NodePath().key("agencies").node(in: tree))
        // A year the schema refuses is replaced by a leap year within range, so timelines are
        // still checked (most name their year) and no 29/02 is refused for the wrong year.
        let year = (2000...2100).contains(document.year) ? document.year : 2000
        timelines = TimelineParser(planYear: year, strictBefore: document.settings?.strictBefore ?? true)
    }

    /// Applies every rule; the plan when there is no error.
    mutating func check() -> Plan? {
        checkAgencies()
        checkLevelAndYears()
        checkPlaceholders()
        let taskGroups = checkTaskGroups()
        let issuedOn = checkDocumentDates()
        timelines.issuedOn = issuedOn
        let groups = checkTargetGroupDefinitions()
        checkVillages()
        let sources = Set(document.budget?.sources?.map(\.id) ?? [])
        var tasks: [PlanTask] = []
        var seenTasks: [String: NodePath] = [:]
        let tasksPath = NodePath().key("tasks")
        for (index, definition) in document.tasks.enumerated() {
            let path = tasksPath.index(index)
            checkGroup(of: definition, at: path, groups: taskGroups)
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

    /// A finding of the rules at the node of `path`.
    mutating func report(_ path: NodePath, _ message: PlanMessage) {
        report(path, message as any LocalizedMessage, columnOffset: nil)
    }

    /// A value the plan may mean but probably does not, at the node of `path`: said, and the
    /// plan still loads.
    mutating func warn(_ path: NodePath, _ message: PlanMessage) {
        report(path, message as any LocalizedMessage, columnOffset: nil, severity: .warning)
    }

    /// A timeline or date that cannot be read, at the place in its value where the problem is.
    mutating func report(_ path: NodePath, timeline problem: TimelineProblem) {
        report(path, PlanMessage.timeline(problem), columnOffset: problem.offset)
    }

    private mutating func report(_ path: NodePath, _ message: any LocalizedMessage, columnOffset: Int?,
                                 severity: Diagnostic.Severity = .error) {
        let node = path.node(in: tree)
        var place = (line: tree.line(node), column: tree.column(node))
        if let offset = columnOffset, tree.isScalar(node), let source {
            // The offset counts characters of the value; the place counts Unicode scalars of
            // the source, where quotes, escapes and a block scalar's indentation also lie.
            let scalars = String(tree.string(node).prefix(offset)).unicodeScalars.count
            if let found = ScalarLocator.position(ofValueScalar: scalars, of: node, in: tree, source: source) { place = found }
        }
        diagnostics.append(Diagnostic(SourceLocation(file: file, line: place.line, column: place.column), severity, message))
    }

    func line(of path: NodePath) -> Int { tree.line(path.node(in: tree)) }

    // MARK: - Agencies

    private mutating func checkAgencies() {
        // The directory folded every name once; paths are made only for a finding.
        let entries = directory.entries
        for (index, entry) in entries.enumerated() {
            // An empty name is a value the schema already refuses.
            guard !entry.key.isEmpty, let firstIndex = directory.firstEntry(key: entry.key, hash: entry.keyHash),
                  firstIndex != index else { continue }
            let first = entries[firstIndex]
            // The same name twice in one agency is no conflict; a conflict is reported at the
            // agency's first name with that key only.
            guard first.agency != entry.agency,
                  !entries[(index - entry.position)..<index].contains(where: { $0.keyHash == entry.keyHash && $0.key == entry.key }) else { continue }
            let agency = document.agencies[entry.agency]
            if entry.position == 0 && first.position == 0 {
                report(Self.path(of: entry), .duplicateAgencyID(agency.id, firstLine: line(of: Self.path(of: first))))
            } else {
                report(Self.path(of: entry), .nameOfTwoAgencies(name: entry.name, agency: agency.id, other: document.agencies[first.agency].id,
                                                               firstLine: line(of: Self.path(of: first))))
            }
        }
    }

    /// Where an agency's name is written: 'agencies[i].id', '.name' or '.aliases[j]'.
    private static func path(of entry: AgencyDirectory.Entry) -> NodePath {
        let agency = NodePath().key("agencies").index(entry.agency)
        switch entry.position {
        case 0: return agency.key("id")
        case 1: return agency.key("name")
        default: return agency.key("aliases").index(entry.position - 2)
        }
    }

    /// The agency id that `reference` names, or a finding with a "did you mean".
    /// (`path` is built only for a finding: a national load resolves millions of references.)
    mutating func agency(_ reference: String, at path: @autoclosure () -> NodePath) -> String? {
        if let agency = directory.resolve(reference) { return agency.id }
        let path = path()
        guard agenciesKnown else { return nil }
        let guess = directory.suggestion(for: reference).map { (id: $0.id, name: $0.name) }
        report(path, .unknownAgency(reference, suggestion: guess, known: guess == nil ? document.agencies.map(\.id) : []))
        return nil
    }
}
