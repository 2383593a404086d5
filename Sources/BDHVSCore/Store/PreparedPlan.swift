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
    /// its compact key.
    let agencyNames: [[(folded: String, compact: String)]]
    /// Per task of `plan.tasks`, in order: its definition as `task.definition` stores it
    /// (the fields themselves are built again only for a task loaded before, to compare).
    let definitionJSON: [String]
    let schedules: [ScheduleColumns]
    /// What the plan adds to the status tallies when it was not loaded before.
    let newPlanTally: NewPlanTally

    init(_ plan: Plan) throws {
        self.plan = plan
        if let json = plan.document.sortedJSON {
            documentJSON = json
        } else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            documentJSON = String(decoding: try encoder.encode(plan.document), as: UTF8.self)
        }
        agencyNames = plan.document.agencies.map { agency in
            Set(AgencyDirectory.names(of: agency).map(Folding.key)).sorted().map { ($0, Folding.compactKey($0)) }
        }
        definitionJSON = plan.tasks.map(TaskDefinitionRecord.json(of:))
        schedules = plan.tasks.map(ScheduleColumns.init)
        newPlanTally = NewPlanTally(plan, schedules: schedules)
    }
}
