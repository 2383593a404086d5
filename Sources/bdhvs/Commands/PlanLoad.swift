import ArgumentParser
import BDHVSCore

struct PlanLoad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Check plan files and store them in the database.",
        discussion: """
            Each file is checked first and stored in one transaction: a file with an error changes \
            nothing. Loading an edited version of a plan (same id) updates it in place and keeps \
            everything recorded for its tasks; a task removed from the file is retired, not deleted.

            Several files, or a folder of them, load one by one: each is reported on one line, and \
            a bad file does not stop the others (exit code 1 at the end).

            Examples:
              bdhvs plan load Plans/dong-tra-bong-2025.yaml
              bdhvs plan load plans/quang-ngai/
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Plan files (YAML), or folders: every .yaml file below them is loaded.", valueName: "file"))
    var files: [String]

    func run() throws {
        let store = try global.openStore()
        let paths = PlanFiles.expand(files)
        let text = PlanText(language: global.lang)
        var failed = 0, loaded = 0
        for file in paths {
            let outcome = PlanLoader.load(path: file)
            report(outcome.diagnostics)
            guard let plan = outcome.plan else {
                failed += 1
                continue
            }
            let summary = try Failure.guarded { try store.load(plan, sourcePath: file) }
            loaded += 1
            emit(paths.count > 1 ? text.line(summary, file: file) : text.render(summary, file: file))
        }
        if paths.count > 1 { emit(text.totals(loaded: loaded, failed: failed)) }
        if failed > 0 { throw ExitCode(Failure.invalidInput) }
    }
}
