import ArgumentParser
import BDHVSCore
import Foundation

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Draft the year-end result report (báo cáo kết quả) of a plan.",
        discussion: """
            Sections that the data can write are written: documents, results task by task with \
            activities and participants per target group, indicators against targets, budget, \
            overdue and unfinished tasks by lead body, tasks carried over. The rest (profile, \
            strengths, causes, lessons, proposals) comes from --notes, a YAML file with the keys \
            number, date, profile, documents, results, strengths, shortcomings, lessons, directions, \
            proposals, recipients, signer; what it leaves out is printed as a marked blank.

            Examples:
              bdhvs report dong-tra-bong-2025 --as-of 2025-12-31 > bao-cao.md
              bdhvs report dong-tra-bong-2025 --format docx --notes ghi-chu.yaml --output bao-cao.docx
            """)
    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, docx }

    @OptionGroup var global: GlobalOptions
    @Argument(help: ArgumentHelp("The plan's id.", valueName: "plan")) var plan: String
    @Option(help: "Output format.") var format: Format = .md
    @Option(help: ArgumentHelp("The officer's notes (YAML).", valueName: "file")) var notes: String?
    @Option(help: ArgumentHelp("Write to this file instead of standard output (required for docx).", valueName: "file")) var output: String?

    func validate() throws {
        if format == .docx && output == nil { throw ValidationError("--format docx writes a file; give --output FILE.docx") }
    }

    func run() throws {
        let asOf = try global.asOfDate()
        var written = ReportNotes()
        if let notes {
            guard let text = FileManager.default.contents(atPath: notes).flatMap({ String(data: $0, encoding: .utf8) }) else {
                Failure.printError("cannot read the notes file '\(notes)'")
                throw ExitCode(Failure.invalidInput)
            }
            do { written = try ReportNotes.parse(text, file: notes) } catch let error as ReportNotesError {
                report(error.diagnostics)
                throw ExitCode(Failure.invalidInput)
            }
        }
        let data = try Failure.guarded { try global.openStore().reportData(plan: plan, asOf: asOf) }
        let document = ReportBuilder(data: data, notes: written, language: global.lang).build()
        switch format {
        case .md: try write(Data(MarkdownRenderer(language: global.lang).render(document).utf8))
        case .html: try write(Data(HTMLRenderer(language: global.lang).render(document).utf8))
        case .docx: try write(try DocxWriter(language: global.lang).data(document))
        }
    }

    private func write(_ data: Data) throws {
        try writeOutput(data, to: output)
    }
}

/// Writes to `path`, or to standard output when there is none.
func writeOutput(_ data: Data, to path: String?) throws {
    guard let path else { return FileHandle.standardOutput.write(data) }
    guard FileManager.default.createFile(atPath: path, contents: data) else {
        Failure.printError("cannot write '\(path)'")
        throw ExitCode(Failure.operational)
    }
}
