import ArgumentParser
import BDHVSCore
import Foundation

struct PlanValidate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check plan files and report every problem at once.",
        discussion: """
            Each problem is printed on standard error as FILE:LINE:COLUMN: error: message. Exit code 1 when \
            any file has an error. Nothing is written to the database.

            Example: bdhvs plan validate Plans/dong-tra-bong-2025.yaml
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Plan files (YAML), or folders of them.", valueName: "file"))
    var files: [String]

    func run() throws {
        let l = global.lang
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
        if failed { throw ExitCode(Failure.invalidInput) }
    }
}

/// Prints diagnostics on standard error, compiler style.
func report(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    FileHandle.standardError.write(Data(diagnostics.map { $0.description + "\n" }.joined().utf8))
}

extension Language {
    func pick(_ vietnamese: String, _ english: String) -> String { self == .vi ? vietnamese : english }
}
