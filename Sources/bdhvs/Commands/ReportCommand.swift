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
                  bdhvs report dong-tra-bong-2025 --period 2025-Q4 > bao-cao-quy-4.md
                  bdhvs report --province "Quảng Ngãi" --period 2025 > tong-hop.md
                """)
    }
    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, docx }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp(Help.text("Mã kế hoạch (không ghi khi dùng --province).", "The plan's id (none with --province)."),
                                 valueName: Help.value("plan"))) var plan: String?
    @Option(help: ArgumentHelp(Help.text(
        "Báo cáo định kỳ: tháng (2025-10), quý (2025-Q4), 6 tháng (2025-H2) hoặc năm (2025); cũng đọc được như văn bản viết: \"Quý IV/2025\", \"Tháng 10/2025\".",
        "A periodic report: a month (2025-10), a quarter (2025-Q4), a half year (2025-H2) or a year (2025); also as documents write them: \"Quý IV/2025\", \"Tháng 10/2025\"."),
                               valueName: Help.value("period"))) var period: String?
    @Option(help: ArgumentHelp(Help.text("Báo cáo tổng hợp của Sở Khoa học và Công nghệ cho các xã, phường của tỉnh này.",
                                         "The Department of Science and Technology's synthesis of this province's communes."),
                               valueName: Help.value("name"))) var province: String?
    @Option(help: ArgumentHelp(Help.text("Định dạng kết quả.", "Output format."), valueName: Help.value("format"))) var format: Format = .md
    @Option(help: ArgumentHelp(Help.text("Ghi chú của cán bộ (YAML).", "The officer's notes (YAML)."), valueName: Help.value("file"))) var notes: String?
    @Option(help: ArgumentHelp(Help.text("Ghi ra tệp này thay vì ra màn hình (bắt buộc với docx).",
                                         "Write to this file instead of standard output (required for docx)."), valueName: Help.value("file")))
    var output: String?

    func validate() throws {
        if format == .docx && output == nil { throw ValidationError(.docxNeedsOutput) }
        if (plan == nil) == (province == nil) { throw ValidationError(.planOrProvince) }
    }

    func run() throws {
        let asOf = try global.asOfDate()
        var written = ReportNotes()
        if let notes {
            do { written = try ReportNotes.read(path: notes) } catch let error as ReportNotesError {
                report(error.diagnostics)
                throw ReportedFailure(failure: .invalidInput)
            }
        }
        let reportPeriod = try period.map(ReportPeriod.parse)
        // A period's report reads the data as of its last day, or as of today while it runs.
        let end = reportPeriod.map { min($0.end, asOf) } ?? asOf
        // The report is dated the day it is drafted (the as-of date), not its period's last day.
        if written.date == nil && !written.leavesOut("date") { written.date = asOf.iso }
        let l = global.language
        let document: ReportDocument
        let store = try global.openStore(.read)
        if let province {
            let data = try store.provinceReportData(province: province, asOf: end, period: reportPeriod)
            document = ProvinceReportBuilder(data: data, notes: written, language: l).build()
            // A period before the plan is refused by the report itself; an as-of date is warned of.
            if reportPeriod == nil { try global.warnIfBeforePlans(store, PlanScope(province: province), asOf: asOf) }
        } else {
            let data = try store.reportData(plan: plan ?? "", asOf: end, period: reportPeriod)
            let builder = ReportBuilder(data: data, notes: written, language: l)
            document = reportPeriod.map { builder.build(period: $0) } ?? builder.build()
            if reportPeriod == nil { try global.warnIfBeforePlans(store, PlanScope(plan: plan), asOf: asOf) }
        }
        switch format {
        case .md: try writeOutput(Data(MarkdownRenderer(language: l).render(document).utf8), to: output)
        case .html: try writeOutput(Data(HTMLRenderer(language: l).render(document).utf8), to: output)
        case .docx: try writeOutput(try DocxWriter(language: l).data(document), to: output)
        }
    }
}
