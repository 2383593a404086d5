import ArgumentParser
import BDHVSCore
import Foundation

/// `bdhvs plan import FILE.docx|FILE.xlsx|FILE.csv`: the task table of a document as a plan.
struct PlanImport: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: Help.text("Chuyển bảng nhiệm vụ trong tệp Word, Excel hoặc CSV thành kế hoạch YAML.",
                                "Turn the task table of a Word, Excel or CSV file into a YAML plan."),
            discussion: Help.text(
                """
                Mỗi ô không đọc được và mỗi lựa chọn cần người kiểm tra được in ra luồng lỗi chuẩn dạng \
                TỆP:DÒNG:CỘT: warning: nội dung. Kế hoạch ghi ra hợp lệ khi không có cảnh báo nào nói khác.

                Ví dụ: bdhvs plan import ke-hoach.docx --output ke-hoach.yaml
                """,
                """
                Every cell that could not be read and every choice to check is printed on standard error as \
                FILE:ROW:COLUMN: warning: message. The plan written validates unless a warning says otherwise.

                Example: bdhvs plan import plan.docx --output plan.yaml
                """))
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(Help.text("Tệp .docx, .xlsx hoặc .csv có bảng nhiệm vụ.", "A .docx, .xlsx or .csv file with the task table."),
                                 valueName: Help.value("file")))
    var file: String

    @Option(name: .long, help: ArgumentHelp(Help.text("Tệp YAML ghi ra (mặc định: đầu ra chuẩn); lược đồ được ghi bên cạnh.",
                                                      "The YAML file to write (default: standard output); the schema is written beside it."),
                                            valueName: Help.value("file")))
    var output: String?

    @Option(name: .long, help: ArgumentHelp(Help.text("Năm của kế hoạch (mặc định: năm cột thời gian ghi nhiều nhất).",
                                                      "The plan's year (default: the year the timelines name most)."),
                                            valueName: Help.value("year")))
    var year: PlanYear?

    func run() throws {
        // The plan an officer has been completing is not replaced by a fresh import of the table.
        if let output, FileManager.default.fileExists(atPath: output) { throw PlanFileError.exists(path: output) }
        let plan: ImportedPlan
        do {
            plan = try TableImporter.importTable(at: file, year: year?.value)
        } catch let error as TableImportError {
            report([error.diagnostic(file: file)])
            throw ReportedFailure(failure: .invalidInput)
        }
        report(plan.diagnostics)
        try writeOutput(Data(PlanYAMLWriter.yaml(plan).utf8), to: output)
        if let output { try PlanFileError.writeSchema(beside: output, replacing: false) }
    }
}
