import ArgumentParser
import BDHVSCore
import Foundation

/// Options every command takes: where the database is, which day is "today", which language.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Database file (else $BDHVS_DB, else $XDG_DATA_HOME/bdhvs/bdhvs.sqlite or ~/.local/share/bdhvs/bdhvs.sqlite).", valueName: "path"))
    var db: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day that counts as today, YYYY-MM-DD or d/m/yyyy (else $BDHVS_TODAY, else today in Vietnam).", valueName: "date"))
    var asOf: String?

    @Option(name: .long, help: "Language of text output.")
    var lang: Language = .vi

    /// A bad `--as-of` is a usage error; a bad `BDHVS_TODAY` only matters to commands that ask for the date.
    func validate() throws {
        Failure.language = lang
        if asOf != nil { _ = try asOfDate() }
    }

    /// The as-of date; the host's clock is read here, at the edge, and only when no date is given.
    func asOfDate() throws -> CivilDate {
        do {
            let now = Int64(Date().timeIntervalSince1970)
            return try Invocation.asOf(flag: asOf, flagName: "--as-of", environment: ProcessInfo.processInfo.environment, nowEpochSeconds: now)
        } catch let error as InvocationError {
            throw ValidationError(error.description)
        }
    }

    var databasePath: String {
        Invocation.databasePath(flag: db, environment: ProcessInfo.processInfo.environment)
    }

    /// Opens the database, or fails with one clear line and exit code 2.
    func openStore() throws -> TaskStore {
        try Failure.guarded { try TaskStore.open(path: databasePath) }
    }
}

extension Language: ExpressibleByArgument {}

/// `--format text|json` for listings.
struct FormatOption: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .long, help: "Output format.")
    var format: Format = .text
}

/// `--province` and `--commune`: which plans a roll-up covers.
struct PlaceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only plans of this province or city (with or without diacritics).", valueName: "name"))
    var province: String?

    @Option(help: ArgumentHelp("Only plans of this commune or ward.", valueName: "name"))
    var commune: String?

    func scope(plan: String?) -> PlanScope { PlanScope(plan: plan, province: province, commune: commune) }
}
