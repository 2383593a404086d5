import ArgumentParser
import BDHVSCore

struct PlanSchemaCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "schema",
            abstract: Help.text("In JSON Schema của định dạng kế hoạch, dùng cho trình soạn thảo.",
                                "Print the JSON Schema of the plan format, for editors."))
    }

    // Taken (and ignored) so that the global options are accepted here as everywhere.
    @OptionGroup var global: GlobalOptions

    func run() throws {
        emit(PlanSchema.text)
    }
}
