import ArgumentParser
import BDHVSCore

/// `bdhvs activity …`: classes, events and campaigns held for tasks.
struct ActivityCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "activity",
            abstract: Help.text("Ghi và liệt kê hoạt động: lớp học, sự kiện, chiến dịch.", "Record and list activities (hoạt động): classes, events, campaigns."),
            subcommands: [ActivityAdd.self, ActivityList.self])
    }
}

struct ActivityAdd: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            abstract: Help.text("Ghi một hoạt động tổ chức cho nhiệm vụ, với số người tham gia theo nhóm đối tượng.",
                                "Record an activity held for a task, with participants per target group."),
            discussion: Help.text(
                """
                Nhóm đối tượng: nguoi-dan, hoc-sinh-sinh-vien, cbccvc, lao-dong-doanh-nghiep (hoặc tên \
                của chúng, ví dụ CBCCVC, "người dân"), hoặc một nhóm của kế hoạch. Khi ghi nhóm, tổng các nhóm \
                phải bằng --participants.
                """,
                """
                Target groups: nguoi-dan, hoc-sinh-sinh-vien, cbccvc, lao-dong-doanh-nghiep (or their names, \
                e.g. CBCCVC, "người dân"), or a group of the plan. When groups are given they must add up to --participants.
                """) + "\n\n" + Help.text("Ví dụ: ", "Example: ") + """
                bdhvs activity add nv3a --date 2025-11-19 --participants 2148 \\
                  --group cbccvc=631 --group nguoi-dan=1517 --title "Khóa tập huấn trên Cổng BDHVS tỉnh"
                """)
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var recorder: RecorderOptions
    @Argument(help: ArgumentHelp(Help.text("Nhiệm vụ mà hoạt động phục vụ.", "The task it was held for."), valueName: Help.value("task")))
    var task: String
    @Option(help: ArgumentHelp(Help.date("Ngày tổ chức", "The day it was held"), valueName: Help.value("date")))
    var date: CivilDate
    @Option(help: ArgumentHelp(Help.text("Tổng số người tham gia, ví dụ 2148 hoặc 2.148.", "Participants in total, e.g. 2148 or 2.148."),
                               valueName: Help.value("count")))
    var participants: Count
    @Option(name: .customLong("group"), help: ArgumentHelp(Help.text(
        "Số người tham gia của một nhóm đối tượng, NHÓM=SỐ; ghi lại cho mỗi nhóm.",
        "Participants of one target group, GROUP=COUNT; repeat for each group."), valueName: Help.value("group")))
    var groups: [GroupCount] = []
    @Option(help: ArgumentHelp(Help.text(
        "Đơn vị tính: người (mỗi người một lần), lượt, lớp, buổi, khóa, tin/bài, tổ, điểm, mô hình, hoặc đơn vị khai trong kế hoạch.",
        "The unit: người (distinct people), lượt (attendances), lớp, buổi, khóa, tin/bài, tổ, điểm, mô hình, or one the plan declares."),
                               valueName: Help.value("unit")))
    var unit: ParticipantUnit = .people
    @Option(help: ArgumentHelp(Help.text("Thôn, tổ dân phố nơi tổ chức (mã hoặc tên).", "The village it was held in (id or name)."),
                               valueName: Help.value("village")))
    var village: String?
    @Flag(help: ArgumentHelp(Help.text(
        "Số lũy kế (\"tính đến ngày …\"): số mới hơn của cùng nhiệm vụ, đơn vị, thôn và tên thay cho số cũ, không cộng dồn.",
        "A running total (\"as of …\"): a later figure of the same task, unit, village and title replaces it, not added to it.")))
    var runningTotal = false
    @Option(help: ArgumentHelp(Help.text("Tên hoạt động.", "What it was."), valueName: Help.value("text"))) var title: String?
    @Option(help: ArgumentHelp(Help.text("Địa điểm.", "Where it was held."), valueName: Help.value("text"))) var place: String?
    @Option(help: ArgumentHelp(Help.text("Ghi chú.", "A note."), valueName: Help.value("text"))) var note: String?
    @Flag(help: ArgumentHelp(Help.text(
        "Hoạt động này hoàn thành nhiệm vụ: đánh dấu hoàn thành vào ngày tổ chức, cùng một thay đổi (một lần undo hoàn tác cả hai).",
        "This activity completes the task: mark it done on the activity's day, in the same change (one undo takes both back).")))
    var done = false

    func run() throws {
        let asOf = try global.asOfDate()
        let input = ActivityInput(plan: recorder.plan, task: task, heldOn: date, participants: participants.value, unit: unit,
                                  groups: groups.map { ($0.group, $0.count) }, title: title, place: place, note: note,
                                  village: village, runningTotal: runningTotal)
        let change: ChangeRecord
        do {
            change = try global.openStore(.update).addActivity(input, by: global.actor(recorder.by), recordedOn: asOf, markingDone: done)
        } catch let refusal as ActivityDoneRefusal {
            throw CommandError.activityDone(refusal)
        }
        emit(RecordText(language: global.language).confirmation(input, change))
    }
}

struct ActivityList: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list", abstract: Help.text("Liệt kê hoạt động, với tổng số theo nhóm đối tượng.", "List activities with totals per target group."),
            discussion: Help.text("Ví dụ: ", "Example: ") + "bdhvs activity list --plan nghia-giang-2025 --from 2025-10-01 --to 2025-12-31")
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: ArgumentHelp(Help.text("Chỉ kế hoạch này.", "Only this plan."), valueName: Help.value("plan"))) var plan: String?
    @OptionGroup var place: PlaceOptions
    @Option(help: ArgumentHelp(Help.text("Chỉ hoạt động của nhiệm vụ này.", "Only activities of this task."), valueName: Help.value("task"))) var task: String?
    @Option(help: ArgumentHelp(Help.text("Chỉ hoạt động của các nhiệm vụ cơ quan này chủ trì.", "Only activities of tasks this body leads."),
                               valueName: Help.value("agency"))) var agency: String?
    @Option(help: ArgumentHelp(Help.text("Chỉ hoạt động có người tham gia thuộc nhóm đối tượng này.", "Only activities with participants of this target group."),
                               valueName: Help.value("group"))) var group: String?
    @Option(help: ArgumentHelp(Help.date("Từ ngày này", "From this day"), valueName: Help.value("date"))) var from: CivilDate?
    @Option(help: ArgumentHelp(Help.date("Đến ngày này", "Up to this day"), valueName: Help.value("date"))) var to: CivilDate?

    func run() throws {
        let filter = ActivityFilter(task: task, agency: agency, group: group, from: from, to: to)
        let report = try global.openStore(.read).activities(place.scope(plan: plan), filter: filter)
        try emit(report, format: output.format) { RecordText(language: global.language).activities(report) }
    }
}
