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

            Example: bdhvs plan load Plans/dong-tra-bong-2025.yaml
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Plan files (YAML).", valueName: "file"))
    var files: [String]

    func run() throws {
        let store = try global.openStore()
        var failed = false
        for file in files {
            let outcome = PlanLoader.load(path: file)
            report(outcome.diagnostics)
            guard let plan = outcome.plan else {
                failed = true
                continue
            }
            let summary = try Failure.guarded { try store.load(plan, sourcePath: file) }
            emit(PlanText(language: global.lang).render(summary, file: file))
        }
        if failed { throw ExitCode(Failure.invalidInput) }
    }
}
