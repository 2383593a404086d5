import ArgumentParser
import BDHVSCore

/// `bdhvs activity …`: classes, events and campaigns held for tasks.
struct ActivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activity", abstract: "Record and list activities (hoạt động): classes, events, campaigns.",
        subcommands: [ActivityAdd.self, ActivityList.self])
}

struct ActivityAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record an activity held for a task, with participants per target group.",
        discussion: """
            Target groups: nguoi-dan, hoc-sinh-sinh-vien, can-bo-cong-chuc, lao-dong-doanh-nghiep (or their names, \
            e.g. CBCCVC, "người dân"), or a group of the plan. When groups are given they must add up to --participants.

            Example: bdhvs activity add nv3a --date 2025-11-19 --participants 2148 \\
              --group can-bo-cong-chuc=631 --group nguoi-dan=1517 --title "Khóa tập huấn trên Cổng BDHVS tỉnh"
            """)
    @OptionGroup var global: GlobalOptions
    @OptionGroup var recorder: RecorderOptions
    @Argument(help: ArgumentHelp("The task it was held for.", valueName: "task")) var task: String
    @Option(help: ArgumentHelp("The day it was held, YYYY-MM-DD.", valueName: "date")) var date: String
    @Option(help: ArgumentHelp("Participants in total, e.g. 2148 or 2.148.", valueName: "count")) var participants: String
    @Option(name: .customLong("group"), help: ArgumentHelp("Participants of one target group, GROUP=COUNT; repeat for each group.", valueName: "group=count"))
    var groups: [String] = []
    @Option(help: ArgumentHelp("How participants are counted: người (people) or lượt (enrolments).", valueName: "unit"))
    var unit: String = ParticipantUnit.people.rawValue
    @Option(help: ArgumentHelp("What it was.", valueName: "text")) var title: String?
    @Option(help: ArgumentHelp("Where it was held.", valueName: "text")) var place: String?
    @Option(help: ArgumentHelp("A note.", valueName: "text")) var note: String?

    func run() throws {
        let asOf = try global.asOfDate()
        guard let unit = ParticipantUnit.allCases.first(where: { Folding.key($0.rawValue) == Folding.key(self.unit) }) else {
            throw ValidationError("--unit must be 'người' or 'lượt', found '\(self.unit)'")
        }
        guard let participants = parseWholeNumber(participants) else {
            throw ValidationError("--participants must be a whole number of people, e.g. 2148 or 2.148; found '\(self.participants)'")
        }
        let pairs = try groups.map { text -> (group: String, count: Int) in
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let count = parseWholeNumber(parts[1]) else {
                throw ValidationError("--group takes GROUP=COUNT, e.g. can-bo-cong-chuc=631; found '\(text)'")
            }
            return (parts[0], count)
        }
        let input = ActivityInput(plan: recorder.plan, task: task, heldOn: try dateOption(date, "--date"), participants: participants,
                                  unit: unit, groups: pairs, title: title, place: place, note: note)
        let change = try Failure.guarded { try global.openStore().addActivity(input, by: recorder.actor, recordedOn: asOf) }
        emit(RecordText(language: global.lang).confirmation(input, change))
    }
}

struct ActivityList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List activities with totals per target group.",
        discussion: "Example: bdhvs activity list --plan nghia-giang-2025 --from 2025-10-01 --to 2025-12-31")
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: ArgumentHelp("Only this plan.", valueName: "plan")) var plan: String?
    @Option(help: ArgumentHelp("Only activities of this task.", valueName: "task")) var task: String?
    @Option(help: ArgumentHelp("Only activities of tasks this body leads.", valueName: "agency")) var agency: String?
    @Option(help: ArgumentHelp("Only activities with participants of this target group.", valueName: "group")) var group: String?
    @Option(help: ArgumentHelp("From this day, YYYY-MM-DD.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Up to this day, YYYY-MM-DD.", valueName: "date")) var to: String?

    func run() throws {
        let filter = ActivityFilter(task: task, agency: agency, group: group, from: try from.map { try dateOption($0, "--from") },
                                    to: try to.map { try dateOption($0, "--to") })
        let report = try Failure.guarded { try global.openStore().activities(PlanScope(plan: plan), filter: filter) }
        try emit(report, format: output.format) { RecordText(language: global.lang).activities(report) }
    }
}
