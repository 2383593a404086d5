import ArgumentParser
import BDHVSCore

/// `bdhvs team …`: community digital teams (Tổ công nghệ số cộng đồng).
struct TeamCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "team", abstract: Help.text(
            "Ghi Tổ công nghệ số cộng đồng của thôn, tổ dân phố.", "Record community digital teams (Tổ công nghệ số cộng đồng) of villages."),
                             subcommands: [TeamAdd.self])
    }
}

struct TeamAdd: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            abstract: Help.text("Ghi Tổ công nghệ số cộng đồng của một thôn, tổ dân phố, với số thành viên và quyết định thành lập.",
                                "Record the community digital team of a village, with its members and the decision that set it up."),
            discussion: Help.text("Mỗi thôn, tổ dân phố một tổ. Ví dụ: ", "One team a village. Example: ") + """
                bdhvs team add thon-1 --members 5 --date 2025-08-05 \\
                  --decision "Quyết định số 12/QĐ-UBND ngày 05/8/2025" --member "Nguyễn Văn A=tổ trưởng"
                """)
    }
    @OptionGroup var global: GlobalOptions
    @OptionGroup var recorder: RecorderOptions
    @Argument(help: ArgumentHelp(Help.text("Thôn, tổ dân phố (mã hoặc tên).", "The village (id or name)."), valueName: Help.value("village")))
    var village: String
    @Option(help: ArgumentHelp(Help.text("Số thành viên.", "Number of members."), valueName: Help.value("count"))) var members: Count
    @Option(name: .customLong("member"), help: ArgumentHelp(Help.text(
        "Một thành viên, TÊN hoặc TÊN=VAI TRÒ; ghi lại cho mỗi người.", "A member, NAME or NAME=ROLE; repeat for each."), valueName: Help.value("member")))
    var named: [String] = []
    @Option(help: ArgumentHelp(Help.text("Quyết định thành lập.", "The decision that set it up."), valueName: Help.value("text"))) var decision: String?
    @Option(help: ArgumentHelp(Help.date("Ngày thành lập", "The day it was set up"), valueName: Help.value("date")))
    var date: CivilDate

    func run() throws {
        let asOf = try global.asOfDate()
        let people = named.map { text -> TeamInput.Member in
            let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            return TeamInput.Member(name: parts[0], role: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil)
        }
        let input = TeamInput(plan: recorder.plan, village: village, members: Int64(members.value), named: people, decision: decision,
                              foundedOn: date)
        let recorded = try global.openStore(.update).addTeam(input, by: global.actor(recorder.by), recordedOn: asOf)
        emit(ResultsText(language: global.language).confirmation(recorded))
    }
}
