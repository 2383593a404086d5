import ArgumentParser
import BDHVSCore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import activities, measurements or spending from a CSV file.",
        discussion: """
            The header row says what the rows are: with 'participants' (số người) they are activities, \
            whose other columns may be target groups; with 'indicator' (chỉ tiêu) measurements; with \
            'amount' (số tiền) spending. Columns may be named in Vietnamese. ',' ';' or tab separate fields.
            Every row is checked; a bad row is reported as FILE:LINE:COLUMN and nothing is recorded.
            One 'bdhvs undo' takes the whole import back.

            Example file:
              plan,task,date,participants,title,can-bo-cong-chuc,nguoi-dan
              nghia-giang-2025,nv2,19/11/2025,2148,Khóa tập huấn trên Cổng BDHVS,631,1517
            """)
    @OptionGroup var global: GlobalOptions
    @Option(help: ArgumentHelp("Who records it (default: $BDHVS_USER, else the login name).", valueName: "name")) var by: String?
    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file")) var file: String

    func run() throws {
        let asOf = try global.asOfDate()
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            report([Diagnostic(SourceLocation(file: file, line: 1, column: 1), .error,
                               FileManager.default.fileExists(atPath: file) ? "the file is not UTF-8 text; save it as CSV UTF-8" : "no such file")])
            throw ExitCode(Failure.invalidInput)
        }
        let actor = Invocation.actor(flag: by, environment: ProcessInfo.processInfo.environment)
        do {
            let summary = try Failure.guarded { try global.openStore().importCSV(text, file: file, by: actor, recordedOn: asOf) }
            let l = global.lang
            emit(l.pick("Đã nhập \(summary.rows) dòng (\(kindName(summary.kind.rawValue))) từ \(file), thay đổi #\(summary.change).\n",
                        "Imported \(summary.rows) rows (\(summary.kind)) from \(file), change #\(summary.change).\n"))
        } catch let error as ImportError {
            report(error.diagnostics)
            throw ExitCode(Failure.invalidInput)
        }
    }

    private func kindName(_ kind: String) -> String {
        switch kind {
        case "activity": return "hoạt động"
        case "measurement": return "số liệu chỉ tiêu"
        default: return "khoản chi"
        }
    }
}
