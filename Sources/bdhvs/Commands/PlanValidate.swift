import ArgumentParser
import BDHVSCore

struct PlanValidate: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "validate",
            abstract: Help.text("Kiểm tra tệp kế hoạch và báo mọi lỗi cùng lúc.", "Check plan files and report every problem at once."),
            discussion: Help.text(
                """
                Mỗi lỗi được in ra luồng lỗi chuẩn dạng TỆP:DÒNG:CỘT: error: nội dung. Mã thoát 1 khi có tệp \
                có lỗi. Không ghi gì vào cơ sở dữ liệu.

                Ví dụ: bdhvs plan validate Plans/dong-tra-bong-2025.yaml
                """,
                """
                Each problem is printed on standard error as FILE:LINE:COLUMN: error: message. Exit code 1 when \
                any file has an error. Nothing is written to the database.

                Example: bdhvs plan validate Plans/dong-tra-bong-2025.yaml
                """))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Help.text("Tệp kế hoạch (YAML), hoặc thư mục chứa chúng.", "Plan files (YAML), or folders of them."),
                                 valueName: Help.value("file")))
    var files: [String]

    func run() throws {
        let l = global.language
        var failed = false
        try PlanLoader.forEachBatch(of: PlanFiles.expand(files)) { batch in
            for (file, outcome) in batch {
                report(outcome.diagnostics)
                guard let plan = outcome.plan else {
                    failed = true
                    continue
                }
                let top = plan.tasks.filter { $0.parentID == nil }.count
                emit(l.pick("\(file): hợp lệ (\(top) nhiệm vụ, \(plan.tasks.count - top) nhiệm vụ con)\n",
                            "\(file): valid (\(top) tasks, \(plan.tasks.count - top) sub-tasks)\n"))
            }
        }
        if failed { throw ReportedFailure(failure: .invalidInput) }
    }
}
