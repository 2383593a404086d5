import Foundation

/// What a plan's rows hold that can be worked out from the plan alone, without the
/// database: the document as JSON, the agencies' folded names, each task's definition and
/// schedule columns. A batch load works these out for all its plans on every core before
/// its one write transaction, so that the writing thread (the slowest step of a national
/// load) only binds and runs statements.
struct PreparedPlan: Sendable {
    let plan: Plan
    /// The document with sorted keys, as `plan.document_json` stores it.
    let documentJSON: String
    /// Per agency of the document, in order: its distinct folded names, sorted, each with
    /// its compact key, and the key of their set.
    let agencyNames: [AgencyNames]
    /// Per task of `plan.tasks`, in order: its definition as `task.definition` stores it
    /// (the fields themselves are built again only for a task loaded before, to compare).
    let definitionJSON: [String]
    let schedules: [ScheduleColumns]
    /// What the plan adds to the status tallies when it was not loaded before.
    let newPlanTally: NewPlanTally
    /// Its rows when it was not loaded before, but for their row ids (nil: written by
    /// `PlanWriter` as a plan loaded before is).
    let newRows: NewPlanRows?

    init(_ plan: Plan) throws {
        self.plan = plan
        if let json = plan.document.sortedJSON {
            documentJSON = json
        } else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            documentJSON = String(decoding: try encoder.encode(plan.document), as: UTF8.self)
        }
        agencyNames = plan.document.agencies.map(Self.foldedNames)
        definitionJSON = plan.tasks.map(TaskDefinitionRecord.json(of:))
        schedules = plan.tasks.map(ScheduleColumns.init)
        newPlanTally = NewPlanTally(plan, schedules: schedules)
        newRows = NewPlanRows(plan, definitionJSON: definitionJSON, schedules: schedules)
    }

    /// An agency's distinct folded names, sorted, each with its compact key (that of the
    /// folded name, which for an ASCII key, as every Vietnamese name folds to, is the name's).
    static func foldedNames(of agency: AgencyDefinition) -> AgencyNames {
        let all = AgencyDirectory.names(of: agency)
        // Every commune lists the same agencies: remembered by the names, each ended by
        // U+0001 (which no checked name holds; a name that does is worked out each time).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(all.reduce(0) { $0 + $1.utf8.count + 1 })
        for name in all {
            bytes.append(contentsOf: name.utf8)
            bytes.append(0x01)
        }
        guard bytes.count <= AgencyNamesMemo.longest, bytes.lazy.filter({ $0 == 0x01 }).count == all.count else {
            return AgencyNames(foldedNames(all))
        }
        return AgencyNamesMemo.shared.value(String(decoding: bytes, as: UTF8.self)) { _ in AgencyNames(foldedNames(all)) }
    }

    /// `foldedNames(of:)` of an agency's names.
    private static func foldedNames(_ all: [String]) -> [(folded: String, compact: String)] {
        // A few names are looked through in turn; a long list of aliases is hashed.
        var seen: Set<String>? = all.count > 16 ? [] : nil
        var names: [(folded: String, compact: String)] = []
        for name in all {
            let keys = Folding.keys(name)
            if seen != nil {
                guard seen!.insert(keys.key).inserted else { continue }
            } else if names.contains(where: { $0.folded == keys.key }) {
                continue
            }
            names.append((keys.key, keys.key.utf8.allSatisfy { $0 < 0x80 } ? keys.compact : Folding.compactKey(keys.key)))
        }
        return names
    }
}

/// `PreparedPlan.foldedNames(of:)`, by the agency's names.
enum AgencyNamesMemo {
    static let longest = 1024
    static let shared = TextMemo<AgencyNames>(capacity: 8192, longest: longest)
}
