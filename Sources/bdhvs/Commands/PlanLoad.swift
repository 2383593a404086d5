import ArgumentParser
import BDHVSCore

struct PlanLoad: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "load",
            abstract: Help.text("Kiểm tra tệp kế hoạch và lưu vào cơ sở dữ liệu.", "Check plan files and store them in the database."),
            discussion: Help.text(
                """
                Mỗi tệp được kiểm tra trước rồi lưu trong một giao dịch: tệp có lỗi không làm thay đổi gì. \
                Nạp bản sửa của một kế hoạch (cùng mã) sẽ cập nhật kế hoạch đó và giữ mọi thứ đã ghi cho các \
                nhiệm vụ; nhiệm vụ bị bỏ khỏi tệp được thôi theo dõi, không bị xóa.

                Nhiều tệp, hoặc một thư mục, được nạp lần lượt: mỗi tệp được báo trên một dòng, tệp lỗi không \
                làm dừng các tệp khác (mã thoát 1 ở cuối).

                Ví dụ:
                  bdhvs plan load Plans/dong-tra-bong-2025.yaml
                  bdhvs plan load plans/quang-ngai/
                """,
                """
                Each file is checked first and stored in one transaction: a file with an error changes \
                nothing. Loading an edited version of a plan (same id) updates it in place and keeps \
                everything recorded for its tasks; a task removed from the file is retired, not deleted.

                Several files, or a folder of them, load one by one: each is reported on one line, and \
                a bad file does not stop the others (exit code 1 at the end).

                Examples:
                  bdhvs plan load Plans/dong-tra-bong-2025.yaml
                  bdhvs plan load plans/quang-ngai/
                """))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Help.text("Tệp kế hoạch (YAML), hoặc thư mục: mọi tệp .yaml trong đó đều được nạp.",
                                           "Plan files (YAML), or folders: every .yaml file below them is loaded."),
                                 valueName: Help.value("file")))
    var files: [String]

    func run() throws {
        // The database is opened (and made, when new) only once a plan is to be stored: a
        // load whose every file is refused writes nothing, not even an empty database.
        var opened: PlanBatchLoad?
        defer { opened?.finish() }
        let paths = PlanFiles.expand(files)
        let language = global.language
        let text = PlanText(language: language)
        var failed = 0, loaded = 0
        // A batch's valid plans are stored in one transaction (each in a savepoint); what
        // their rows hold is worked out on the checking threads, while the batch before is
        // being stored.
        try PlanLoader.forEachBatch(of: paths, then: { path, outcome in outcome.plan.map { PlanToStore($0, sourcePath: path) } }) { batch in
            var valid: [PlanToStore] = []
            for (_, outcome, prepared) in batch {
                report(outcome.diagnostics)
                if let prepared { valid.append(prepared) } else { failed += 1 }
            }
            guard !valid.isEmpty else { return }
            let load = try opened ?? PlanBatchLoad(global.openStore(.write), on: global.asOfDate())
            opened = load
            let results = try load.load(valid)
            // A batch's lines are written at once (a national load printed 3,321 lines one
            // write each), but before an error, so that the lines keep the files' order.
            var lines = ""
            for (item, result) in zip(valid, results) {
                switch result {
                case .success(let summary):
                    loaded += 1
                    lines += paths.count > 1 ? text.line(summary, file: item.sourcePath) : text.render(summary, file: item.sourcePath)
                case .failure(let error):
                    failed += 1
                    if !lines.isEmpty { emit(lines) }
                    lines = ""
                    Session.current.console.err("bdhvs: error: \(item.sourcePath): \(error.text(language))\n")
                }
            }
            if !lines.isEmpty { emit(lines) }
        }
        if paths.count > 1 { emit(text.totals(loaded: loaded, failed: failed)) }
        if failed > 0 { throw ReportedFailure(failure: .invalidInput) }
    }
}
