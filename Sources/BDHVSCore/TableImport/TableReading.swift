/// The rows of a task table read one by one into groups, tasks and agencies.
struct TableReading {
    let file: String
    let columns: TableColumns
    var diagnostics: [Diagnostic]
    var groups: [ImportedPlan.Group] = []
    var tasks: [ImportedPlan.Task] = []
    private var agencies = AgencyCollector()
    /// Each task's numbers as written ("1", "2.1"), for its id, and the cell it is in (the
    /// content's where the number has no column).
    private var numbers: [String] = []
    private var numberCells: [TableCell] = []
    /// Task leads and coordinators as indexes into the collector, resolved to ids at the end.
    private var leadIndexes: [[Int]] = []
    private var coordinatorIndexes: [[Coordinator]] = []
    private var advisoryIndexes: [Int?] = []
    /// The task each task is a sub-task of (an index into `tasks`), and the last task that is
    /// no sub-task, whose sub-tasks may follow.
    private var parents: [Int?] = []
    private var lastTop: Int?

    /// A coordinator before ids are given: a body of the collector, or a generic text.
    private enum Coordinator {
        case body(Int)
        case text(String)
    }
    /// The timeline cell of each task, for the warnings made once the year is known.
    private var timelineCells: [TableCell?] = []
    /// The content cell of each task with no number of its own, by its index in `tasks`.
    private var unnumbered: [Int: TableCell] = [:]
    /// The last part row ("A", "B", …), its group's index, and whether groups divide it:
    /// then it is no group of its own and its letter prefixes theirs ("A.I").
    private var part: (letter: Character, group: Int, divided: Bool)?

    init(file: String, columns: TableColumns, diagnostics: [Diagnostic]) {
        self.file = file
        self.columns = columns
        self.diagnostics = diagnostics
    }

    private func cell(_ role: ColumnRole, in row: [TableCell]) -> TableCell? {
        columns.roles[role].flatMap { row.indices.contains($0) ? row[$0] : nil }
    }

    private func text(_ role: ColumnRole, in row: [TableCell]) -> String { cell(role, in: row)?.text ?? "" }

    mutating func warn(_ cell: TableCell, _ message: any LocalizedMessage) {
        diagnostics.append(Diagnostic(SourceLocation(file: file, line: cell.row, column: cell.column), .warning, message))
    }

    /// Reads one row under the header.
    mutating func read(_ row: [TableCell]) {
        let filled = row.filter { !$0.text.isEmpty }
        guard let first = filled.first else { return }
        // A row of column numbers under the header: "(1)", "(2)", …
        if filled.allSatisfy({ $0.text.allSatisfy { $0.isNumber || $0 == "(" || $0 == ")" } }) { return }
        // A table printed over several pages repeats its header: every filled cell a header.
        // Or its cells as the header wrote them: "Văn bản giao nhiệm vụ" names no role of its
        // own (Thông báo 624/TB-VPCP, Phụ lục I), and the repeat was read as a task 'Nhiệm vụ'.
        if filled.count >= 3, TableColumns.roles(of: row).count == filled.count || repeatsHeader(row) {
            return warn(first, TableImportMessage.repeatedHeader)
        }
        if let total = Self.totalText(filled) { return warn(first, TableImportMessage.totalRow(total)) }
        var number = text(.number, in: row)
        // A mark in the number column ("-", "+", "•"): an item with no number, as a mark
        // before its text is. Its number "-" was no number, and every id fell to row order.
        let marked = !number.isEmpty && !number.contains { $0.isLetter || $0.isNumber }
        if marked { number = "" }
        var content = text(.content, in: row)
        // Parts "A", "B", "C" (a letter after the last part's, "C" not read as a roman 100).
        if let letter = Self.partLetter(number, after: part?.letter), !content.isEmpty, filled.count == 2 {
            part = (letter, groups.count, false)
            groups.append(ImportedPlan.Group(number: number, title: content.replacingOccurrences(of: "\n", with: " ")))
            return
        }
        // A "+" or "-" row above every numbered task with no lead and no time ("- Các nhiệm vụ
        // dưới đây thực hiện lồng ghép với Đề án 06"): a note over the tasks below, their heading,
        // its other cells kept in its title. It was a task with no lead, and the plan not valid.
        if number.isEmpty, numbers.allSatisfy(\.isEmpty), text(.lead, in: row).isEmpty, text(.timeline, in: row).isEmpty,
           let contentCell = cell(.content, in: row), marked || Self.bullets.contains(where: { content.hasPrefix($0) }) {
            let own = [columns.roles[.content], columns.roles[.number]]
            let others = row.indices.filter { !row[$0].text.isEmpty && !own.contains($0) }
            let title = ([String(content.drop(while: { Self.bullets.contains(String($0)) || $0.isWhitespace }))]
                + others.map { "\(columns.headers.indices.contains($0) ? header($0) : "Cột \($0 + 1)"): \(row[$0].text)" })
                .joined(separator: "; ").replacingOccurrences(of: "\n", with: " ")
            warn(contentCell, TableImportMessage.unnumberedGroup(title))
            groups.append(ImportedPlan.Group(number: "", title: title))
            return
        }
        let group = Self.isGroup(number: number, content: content, filled: filled)
        // A "-" item alone under a task ("- Tại nhà văn hóa các thôn" under task 5) is a task
        // numbered after it, not the heading of a group: the tasks below went into its group.
        let listed = !tasks.isEmpty && Self.bullets.contains(where: { content.hasPrefix($0) })
        let heading = !group && !listed && Self.isHeading(number: number, filled: filled)
        if group || heading {
            if heading { warn(first, TableImportMessage.unnumberedGroup(first.text.replacingOccurrences(of: "\n", with: " "))) }
            var groupNumber = number
            if content.isEmpty { content = first.text }
            // One cell across the row holds both ("I. NÂNG CAO NHẬN THỨC …"): split them.
            if number.isEmpty || number == first.text, content == first.text, let split = Self.numberedTitle(first.text) {
                (groupNumber, content) = split
            } else if heading, number == first.text {
                // "1. Các nhiệm vụ … quá hạn chưa hoàn thành" across the row: its number and title.
                (groupNumber, content) = Self.arabicNumberedTitle(first.text) ?? ("", first.text)
            }
            if let current = part {
                // A part whose first row under it is a group is divided into groups.
                if !current.divided, current.group == groups.count - 1, !tasks.contains(where: { $0.group == current.group }) {
                    let removed = groups.removeLast()
                    warn(first, TableImportMessage.part(removed.number, title: removed.title))
                    part = (current.letter, groups.count, true)
                }
                if part?.divided == true { groupNumber = "\(current.letter).\(groupNumber)" }
            }
            groups.append(ImportedPlan.Group(number: groupNumber, title: content.replacingOccurrences(of: "\n", with: " ")))
            return
        }
        guard !content.isEmpty, let contentCell = cell(.content, in: row) else {
            return warn(first, TableImportMessage.rowWithoutContent)
        }
        var lines = content.split(separator: "\n").map(String.init)
        let id = "nv\(tasks.count + 1)"
        var leads: [Int] = []
        var notes: [String] = []
        var coordinators: [Coordinator] = []
        if let leadCell = cell(.lead, in: row), !leadCell.text.isEmpty, let shared = Self.leadAndCoordinators(leadCell.text, header: header(columns.roles[.lead] ?? -1)) {
            // One column "Đơn vị chủ trì, phối hợp": the bodies marked "chủ trì", or else the
            // first, lead; the others coordinate.
            warn(leadCell, TableImportMessage.leadAndCoordinators(leadCell.text.replacingOccurrences(of: "\n", with: " "), leads: shared.leads, coordinating: shared.coordinating))
            for name in shared.leads { leads.append(add(name, at: leadCell)) }
            for name in shared.coordinating { coordinators.append(BodyNames.isPlural(name) ? .text(name) : .body(add(name, at: leadCell))) }
        } else if let leadCell = cell(.lead, in: row), !leadCell.text.isEmpty {
            let (names, scoped) = BodyNames.leads(leadCell.text)
            // The scope cut from the names is kept: the cell as written, in the note.
            if scoped { notes.append("\(header(columns.roles[.lead] ?? -1)): \(leadCell.text.replacingOccurrences(of: "\n", with: "; "))") }
            if names.count > 1 { warn(leadCell, TableImportMessage.leadSplit(leadCell.text.replacingOccurrences(of: "\n", with: " "), parts: names)) }
            for name in names { leads.append(add(name, at: leadCell)) }
        } else {
            warn(cell(.lead, in: row) ?? contentCell, TableImportMessage.noLead(task: id))
        }
        var advisory: Int?
        if let advisoryCell = cell(.advisory, in: row), !advisoryCell.text.isEmpty {
            let names = BodyNames.split(advisoryCell.text)
            if names.count == 1, !BodyNames.isPlural(names[0]) {
                advisory = add(names[0], at: advisoryCell)
            } else {
                notes.append("\(header(columns.roles[.advisory] ?? -1)): \(advisoryCell.text.replacingOccurrences(of: "\n", with: "; "))")
                warn(advisoryCell, TableImportMessage.advisoryNotOne(advisoryCell.text.replacingOccurrences(of: "\n", with: " ")))
            }
        }
        if let coordinating = cell(.coordinating, in: row) {
            for name in BodyNames.split(coordinating.text) {
                coordinators.append(BodyNames.isPlural(name) ? .text(name) : .body(add(name, at: coordinating)))
            }
        }
        let timeline = text(.timeline, in: row).replacingOccurrences(of: "\n", with: " ")
        if timeline.isEmpty { warn(cell(.timeline, in: row) ?? contentCell, TableImportMessage.noTimeline(task: id)) }
        var deliverable: String?
        if let column = columns.roles[.deliverable], !row[column].text.isEmpty {
            deliverable = row[column].text.replacingOccurrences(of: "\n", with: "; ")
        }
        // "Kinh phí": an amount is the task's estimate; words ("Ngân sách xã", "Xã hội hóa")
        // go to the note with the other columns, as they did before the column had a role.
        var estimate: Int64?
        var budgetNote: [(Int, String)] = []
        if let column = columns.roles[.budget], let budgetCell = cell(.budget, in: row), !budgetCell.text.isEmpty {
            if let amount = Self.amount(budgetCell.text, unit: TableColumns.budgetUnit(columns.headers[column])) {
                estimate = amount
            } else {
                budgetNote = [(column, header(column))]
                let text = budgetCell.text.replacingOccurrences(of: "\n", with: " ")
                if case .dong = Money.read(budgetCell.text) {
                    // An amount, but past what a plan holds: not to be said unreadable.
                    warn(budgetCell, TableImportMessage.budgetTooLarge(text))
                } else if budgetCell.text.contains(where: \.isNumber) {
                    warn(budgetCell, TableImportMessage.budgetNotAmount(text))
                }
            }
        }
        for (index, header) in [(columns.roles[.note] ?? -1, header(columns.roles[.note] ?? -1))] + budgetNote + columns.others.map({ ($0.index, $0.header) })
        where row.indices.contains(index) && !row[index].text.isEmpty {
            notes.append("\(header): \(row[index].text.replacingOccurrences(of: "\n", with: "; "))")
        }
        // A cell under no header (a row longer than the header, a column left untitled) was
        // dropped without a word: kept in the note under its column's number, and said.
        let headed = Set(columns.roles.values).union(columns.others.map(\.index))
        // The column's number in the table (a CSV cell's own column is its character's).
        for (index, cell) in row.enumerated() where !headed.contains(index) && !cell.text.isEmpty {
            notes.append("Cột \(index + 1): \(cell.text.replacingOccurrences(of: "\n", with: "; "))")
            warn(cell, TableImportMessage.cellWithoutHeader(column: index + 1))
        }
        var written = number.trimmingEnds([".", ")"])
        // Items under a title task written "a)", "b)" or "+ …", "- …" with no number (the "+"
        // items of task 3 of the Đông Trà Bồng plan): its subtasks, as "3.1" is. They were
        // tasks of their own, and the title a task with no lead, so the plan did not validate.
        let bullet = written.isEmpty && (marked || Self.bullets.contains(where: { lines[0].hasPrefix($0) }))
        let letter = written.count == 1 && written.first!.isASCII && written.first!.isLowercase
        let parent = parentOf(number: written, item: bullet || letter, group: groups.isEmpty ? nil : groups.count - 1)
        if let parent, bullet || letter {
            written = letter ? numbers[parent] + written : "\(numbers[parent]).\(parents.count(where: { $0 == parent }) + 1)"
        }
        // Items lettered under it leave the task above them the one later letters follow.
        var item = parent != nil
        if parent == nil, letter, let top = lastTop, !numbers[top].isEmpty, tasks[top].group == (groups.isEmpty ? nil : groups.count - 1) {
            // "a)", "b)" under a task with its own lead are numbered after it ("1a", "2a"): read
            // as "a", "b", the letters repeated under task 2 and every id fell to row order.
            written = numbers[top] + written
            item = true
        }
        // A "+" row under no title task (before task 1, or after a task with its own lead) is a
        // task of its own: its mark is no part of its title, and it is numbered in `finish`.
        if bullet { lines[0] = String(lines[0].drop(while: { Self.bullets.contains(String($0)) || $0.isWhitespace })) }
        if written.isEmpty { unnumbered[tasks.count] = contentCell }
        tasks.append(ImportedPlan.Task(
            id: id, title: lines[0], description: lines.count > 1 ? lines.dropFirst().joined(separator: "\n") : nil,
            leads: [], coordinating: [],
            timeline: timeline.isEmpty ? nil : timeline, notes: notes, deliverable: deliverable, estimate: estimate,
            group: groups.isEmpty ? nil : groups.count - 1, row: contentCell.row))
        numbers.append(written)
        numberCells.append(cell(.number, in: row) ?? contentCell)
        parents.append(parent)
        if !item { lastTop = tasks.count - 1 }
        leadIndexes.append(leads)
        coordinatorIndexes.append(coordinators)
        advisoryIndexes.append(advisory)
        timelineCells.append(timeline.isEmpty ? nil : cell(.timeline, in: row))
    }

    /// The đồng a budget cell writes, in its column's `unit` ("20.000.000", "20.000.000 đồng";
    /// "20" in a column of millions); nil for words, decimals, or more than a plan holds.
    static func amount(_ text: String, unit: Int64) -> Int64? {
        guard case .dong(let value) = Money.read(text) else { return nil }
        let (total, overflow) = value.multipliedReportingOverflow(by: unit)
        return overflow || total > 1_000_000_000_000_000 ? nil : total
    }

    /// The marks of an item under a task: "+ Đối với người dân", "- Lớp cho học sinh".
    static let bullets = ["+", "-", "–", "•"]

    /// The task a row numbered `number` is a sub-task of: "3.1", "3.2" under a task "3" of
    /// the same group that has no lead and no time of its own, only its title over them (task
    /// 3 of the Đông Trà Bồng plan, its "+" items each with a lead and a time). Such a task
    /// read with no lead, and the plan was not valid.
    private func parentOf(number: String, item: Bool, group: Int?) -> Int? {
        guard let top = lastTop, tasks[top].group == group, leadIndexes[top].isEmpty, tasks[top].timeline == nil,
              !numbers[top].isEmpty else { return nil }
        if item { return top }
        guard number.hasPrefix(numbers[top] + ".") else { return nil }
        let rest = number.dropFirst(numbers[top].count + 1)
        return !rest.isEmpty && rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0.isLetter) }) ? top : nil
    }

    private func header(_ index: Int) -> String {
        index < 0 ? "" : columns.headers[index].replacingOccurrences(of: "\n", with: " ")
    }

    private mutating func add(_ name: String, at cell: TableCell) -> Int {
        let (index, merged) = agencies.add(name)
        if let merged { warn(cell, TableImportMessage.sameAgency(name, as: merged)) }
        return index
    }

    /// The plan: ids given to agencies and tasks, timelines checked against `year`.
    mutating func finish(id: String, year: Int, yearGiven: Bool, header: [TableCell]) -> ImportedPlan {
        let ids = agencies.ids()
        let parser = TimelineParser(planYear: year)
        let (filled, after) = Self.numbersOfUnnumbered(numbers, groups: tasks.map(\.group), parents: parents)
        let (taskIDs, renamed) = Self.taskIDs(numbers: filled, groups: tasks.map(\.group))
        for (index, cell) in unnumbered where filled[index] != numbers[index] {
            warn(cell, TableImportMessage.unnumberedTask(task: taskIDs[index], after: after[index]))
        }
        for index in renamed { warn(numberCells[index], TableImportMessage.repeatedNumber(filled[index], task: taskIDs[index])) }
        // Warnings made before the ids were final name the task by its final id: one pass
        // over the warnings (a pass per task was tasks × warnings, hours at 100,000 rows).
        let finalID = Dictionary(zip(tasks.map(\.id), taskIDs), uniquingKeysWith: { first, _ in first })
        // A task over sub-tasks leads nothing itself and has no time of its own: no warning.
        let over = Set(parents.compactMap { $0 }.map { tasks[$0].id })
        diagnostics.removeAll {
            switch $0.message as? TableImportMessage {
            case .noLead(let task)?, .noTimeline(let task)?: over.contains(task)
            default: false
            }
        }
        for d in diagnostics.indices {
            switch diagnostics[d].message as? TableImportMessage {
            case .noLead(let task)?: diagnostics[d].message = TableImportMessage.noLead(task: finalID[task] ?? task)
            case .noTimeline(let task)?: diagnostics[d].message = TableImportMessage.noTimeline(task: finalID[task] ?? task)
            default: break
            }
        }
        for index in tasks.indices {
            tasks[index].id = taskIDs[index]
            tasks[index].leads = leadIndexes[index].map { ids[$0] }
            tasks[index].advisory = advisoryIndexes[index].map { ids[$0] }
            tasks[index].parent = parents[index].map { taskIDs[$0] }
            tasks[index].coordinating = coordinatorIndexes[index].map {
                switch $0 {
                case .body(let body): .agency(ids[body])
                case .text(let text): .text(text)
                }
            }
            if let phrase = tasks[index].timeline, let cell = timelineCells[index], case .failure(let problem) = parser.parse(phrase) {
                warn(cell, TableImportMessage.timelineNotUnderstood(phrase, reason: problem.text(.en), reasonVi: problem.text(.vi)))
            }
        }
        if let first = header.first(where: { !$0.text.isEmpty }) {
            warn(first, TableImportMessage.placeholders(year: year, given: yearGiven))
        }
        let found = zip(agencies.bodies, ids).map { body, id in
            ImportedPlan.Agency(id: id, name: body.name, aliases: body.spellings.filter { $0 != body.name },
                                collective: BodyNames.isPlural(body.name))
        }
        return ImportedPlan(id: id, source: file, year: year, agencies: found, groups: groups, tasks: tasks,
                            diagnostics: diagnostics.normalized())
    }
}
