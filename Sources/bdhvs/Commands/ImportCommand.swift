import ArgumentParser
import BDHVSCore
import Foundation

struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: Help.text("Nhập hoạt động, số liệu chỉ tiêu hoặc khoản chi từ tệp CSV.",
                                "Import activities, measurements or spending from a CSV file."),
            discussion: Help.text(
                """
                Dòng tiêu đề cho biết các dòng là gì: có cột 'participants' (số người) là hoạt động, các cột \
                khác có thể là nhóm đối tượng; có cột 'indicator' (chỉ tiêu) là số liệu chỉ tiêu; có cột \
                'amount' (số tiền) là khoản chi. Tên cột có thể viết bằng tiếng Việt. Các trường cách nhau bởi \
                ',' ';' hoặc tab. Mọi dòng đều được kiểm tra; dòng lỗi được báo dạng TỆP:DÒNG:CỘT và không có \
                gì được ghi. Một lệnh 'bdhvs undo' hoàn tác cả lần nhập.

                Tệp ví dụ:
                """,
                """
                The header row says what the rows are: with 'participants' (số người) they are activities, \
                whose other columns may be target groups; with 'indicator' (chỉ tiêu) measurements; with \
                'amount' (số tiền) spending. Columns may be named in Vietnamese. ',' ';' or tab separate fields. \
                Every row is checked; a bad row is reported as FILE:LINE:COLUMN and nothing is recorded. \
                One 'bdhvs undo' takes the whole import back.

                Example file:
                """) + """

                  plan,task,date,participants,title,can-bo-cong-chuc,nguoi-dan
                  nghia-giang-2025,nv2,19/11/2025,2148,Khóa tập huấn trên Cổng BDHVS,631,1517
                """)
    }
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp(Help.text("Người ghi (mặc định: $BDHVS_USER, hoặc tên đăng nhập).",
                                         "Who records it (default: $BDHVS_USER, else the login name)."), valueName: Help.value("name")))
    var by: String?
    @Argument(help: ArgumentHelp(Help.text("Tệp CSV.", "The CSV file."), valueName: Help.value("file"))) var file: String

    func run() throws {
        let asOf = try global.asOfDate()
        do {
            // The file is read before the database is opened: a missing file names the file.
            let text = try CSVFile.text(at: file)
            let summary = try global.openStore(.update).importCSV(text, file: file, by: global.actor(by), recordedOn: asOf)
            emit(Self.confirmation(summary.rows, summary.kind, file: file, change: summary.change, global.language))
        } catch let error as ImportError {
            report(error.diagnostics)
            throw ReportedFailure(failure: .invalidInput)
        }
    }

    /// "Đã nhập 3 dòng (hoạt động) từ FILE, thay đổi #3."
    static func confirmation(_ rows: Int, _ kind: ImportKind, file: String, change: Int64, _ language: Language) -> String {
        switch (kind, language) {
        case (.activity, .vi): return "Đã nhập \(rows) dòng (hoạt động) từ \(file), thay đổi #\(change).\n"
        case (.measurement, .vi): return "Đã nhập \(rows) dòng (số liệu chỉ tiêu) từ \(file), thay đổi #\(change).\n"
        case (.spending, .vi): return "Đã nhập \(rows) dòng (khoản chi) từ \(file), thay đổi #\(change).\n"
        case (.activity, .en): return "Imported \(rows) rows (activities) from \(file), change #\(change).\n"
        case (.measurement, .en): return "Imported \(rows) rows (measurements) from \(file), change #\(change).\n"
        case (.spending, .en): return "Imported \(rows) rows (spending) from \(file), change #\(change).\n"
        case (.figure, .vi): return "Đã nhập \(rows) số liệu (số dân, số người đạt) từ \(file), thay đổi #\(change).\n"
        case (.figure, .en): return "Imported \(rows) figures (population, confirmed) from \(file), change #\(change).\n"
        }
    }
}
