import ArgumentParser
import BDHVSCore
import Foundation

@main
struct BDHVSCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "bdhvs",
            abstract: Help.text(
                "Kế hoạch và nhiệm vụ phong trào “Bình dân học vụ số”.",
                "Plans and tasks of the digital literacy movement “Bình dân học vụ số”."),
            discussion: Help.text(
                """
                Kế hoạch của xã, phường được viết bằng YAML (xem Schemas/plan.schema.json), được kiểm tra, \
                nạp vào cơ sở dữ liệu và theo dõi: nhiệm vụ nào đã hoàn thành, quá hạn, sắp đến hạn, cơ quan \
                nào đang chậm.

                Mã thoát: 0 thành công; 1 dữ liệu vào không hợp lệ hoặc bị từ chối (tệp kế hoạch hoặc CSV có \
                lỗi, cập nhật không áp dụng được, kế hoạch, nhiệm vụ hoặc cơ quan không có); 2 lệnh không \
                chạy được (cơ sở dữ liệu; không ghi được tệp); 64 dùng lệnh sai cú pháp.

                Tùy chọn chung, đặt trước hoặc sau tên lệnh: --db TỆP (cơ sở dữ liệu), --as-of NGÀY (ngày \
                được coi là hôm nay), --lang vi|en. Các lệnh liệt kê nhận --format text|json.

                Biến môi trường: BDHVS_DB (tệp cơ sở dữ liệu), BDHVS_TODAY (ngày tính, dd/mm/yyyy), \
                BDHVS_USER (người ghi thay đổi), BDHVS_LANG (ngôn ngữ: vi hoặc en).
                """,
                """
                A commune's plan is written in YAML (see Schemas/plan.schema.json), checked, loaded into a \
                database, and followed: which tasks are done, overdue, due soon, and which agency is late.

                Exit codes: 0 success; 1 the input is invalid or refused (a plan or CSV file has errors, an \
                update does not apply, an unknown plan, task or agency named); 2 the command could not run \
                (the database; a file that cannot be written); 64 wrong usage.

                Options of every command, before or after its name: --db PATH (the database), --as-of DATE \
                (the day that counts as today), --lang vi|en. Listings take --format text|json.

                Environment: BDHVS_DB (database file), BDHVS_TODAY (as-of date, dd/mm/yyyy), BDHVS_USER (who \
                records changes), BDHVS_LANG (language: vi or en).
                """),
            version: BDHVS.version,
            subcommands: [PlanCommand.self, TaskCommand.self, AgencyCommand.self, ActivityCommand.self, IndicatorCommand.self,
                          BudgetCommand.self, PopulationCommand.self, CoverageCommand.self, TeamCommand.self, ResultsCommand.self,
                          ImportCommand.self, ReportCommand.self, ExportCommand.self, PackageCommand.self, ServeCommand.self, UndoCommand.self,
                          ManualCommand.self]
        )
    }

    /// The executable's entry point: every outcome becomes an exit code in `Entry`.
    static func main() {
        let code = Entry.run(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment,
                             console: .standard)
        Foundation.exit(code)
    }
}
