import ArgumentParser
import BDHVSCore
import Foundation

/// Who records, and the plan when an id is in several plans: shared by the record commands.
struct RecorderOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The plan, when the id is in several plans.", valueName: "plan"))
    var plan: String?

    @Option(help: ArgumentHelp("Who records it (default: $BDHVS_USER, else the login name).", valueName: "name"))
    var by: String?

    var actor: String { Invocation.actor(flag: by, environment: ProcessInfo.processInfo.environment) }
}

/// Parses a date option, as a usage error when it is not one.
func dateOption(_ text: String, _ name: String) throws -> CivilDate {
    do { return try Invocation.parseDate(text, source: name) } catch let error as InvocationError {
        throw ValidationError(error.description)
    }
}
