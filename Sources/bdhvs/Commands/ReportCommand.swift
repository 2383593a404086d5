import ArgumentParser
import BDHVSCore
import Foundation

struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "report",
            abstract: Help.text("Soạn dự thảo báo cáo kết quả cuối năm của một kế hoạch.", "Draft the year-end result report (báo cáo kết quả) of a plan."),
            discussion: Help.text(
                """
                Những phần dữ liệu viết được thì được viết: văn bản, kết quả từng nhiệm vụ với hoạt động và \
                số người tham gia theo nhóm đối tượng, chỉ tiêu so với mục tiêu, kinh phí, nhiệm vụ quá hạn và \
                chưa hoàn thành theo cơ quan chủ trì, nhiệm vụ chuyển sang năm sau. Phần còn lại (đặc điểm, \
                ưu điểm, nguyên nhân, bài học, kiến nghị) lấy từ --notes, một tệp YAML với các khóa form \
                (committee hoặc party), issuer, to (kính gửi), requested_by (văn bản yêu cầu báo cáo), number, \
                date, profile, documents, results, strengths, shortcomings, lessons, directions, proposals, \
                recipients, signer; khóa không có được in thành chỗ trống có đánh dấu, khóa để trống thì bỏ \
                phần đó.

                Ví dụ:
                """,
                """
                Sections that the data can write are written: documents, results task by task with \
                activities and participants per target group, indicators against targets, budget, \
                overdue and unfinished tasks by lead body, tasks carried over. The rest (profile, \
                strengths, causes, lessons, proposals) comes from --notes, a YAML file with the keys form \
                (committee or party), issuer, to, requested_by (the document that asked for the report), \
                number, date, profile, documents, results, strengths, shortcomings, lessons, directions, \
                proposals, recipients, signer; a key left out is printed as a marked blank, a key given as \
                empty leaves its section out.

                Examples:
                """) + """

                  bdhvs report dong-tra-bong-2025 --as-of 2025-12-31 > bao-cao.md
                  bdhvs report dong-tra-bong-2025 --format docx --notes ghi-chu.yaml --output bao-cao.docx
                """)
    }
    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, docx }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Help.text("Mã kế hoạch.", "The plan's id."), valueName: "plan")) var plan: String
    @Option(help: ArgumentHelp(Help.text("Định dạng kết quả.", "Output format."), valueName: "format")) var format: Format = .md
    @Option(help: ArgumentHelp(Help.text("Ghi chú của cán bộ (YAML).", "The officer's notes (YAML)."), valueName: "file")) var notes: String?
    @Option(help: ArgumentHelp(Help.text("Ghi ra tệp này thay vì ra màn hình (bắt buộc với docx).",
                                         "Write to this file instead of standard output (required for docx)."), valueName: "file"))
    var output: String?

    func validate() throws {
        if format == .docx && output == nil { throw ValidationError(.docxNeedsOutput) }
    }

    func run() throws {
        let asOf = try global.asOfDate()
        var written = ReportNotes()
        if let notes {
            guard let text = FileManager.default.contents(atPath: notes).flatMap({ String(data: $0, encoding: .utf8) }) else {
                throw CommandError.cannotReadNotes(path: notes)
            }
            do { written = try ReportNotes.parse(text, file: notes) } catch let error as ReportNotesError {
                report(error.diagnostics)
                throw ReportedFailure(failure: .invalidInput)
            }
        }
        let data = try global.openStore(.read).reportData(plan: plan, asOf: asOf)
        let l = global.language
        let document = ReportBuilder(data: data, notes: written, language: l).build()
        switch format {
        case .md: try writeOutput(Data(MarkdownRenderer(language: l).render(document).utf8), to: output)
        case .html: try writeOutput(Data(HTMLRenderer(language: l).render(document).utf8), to: output)
        case .docx: try writeOutput(try DocxWriter(language: l).data(document), to: output)
        }
    }
}
