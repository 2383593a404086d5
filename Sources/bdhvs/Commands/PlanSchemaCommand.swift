import ArgumentParser
import BDHVSCore

struct PlanSchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the plan format, for editors."
    )

    func run() throws {
        emit(PlanSchema.text)
    }
}
