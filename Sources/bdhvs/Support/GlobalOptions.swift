import ArgumentParser
import BDHVSCore
import Foundation

/// Options every command takes: where the database is, which day is "today", which language.
/// They may also be given before the subcommand (see `GlobalArguments`).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Help.text(
        "Tệp cơ sở dữ liệu (nếu không: $BDHVS_DB, $XDG_DATA_HOME/bdhvs/bdhvs.sqlite hoặc ~/.local/share/bdhvs/bdhvs.sqlite).",
        "Database file (else $BDHVS_DB, else $XDG_DATA_HOME/bdhvs/bdhvs.sqlite or ~/.local/share/bdhvs/bdhvs.sqlite)."),
        valueName: Help.value("path")))
    var db: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(Help.text(
        "Ngày được coi là hôm nay, dd/mm/yyyy hoặc YYYY-MM-DD (nếu không: $BDHVS_TODAY, hoặc hôm nay theo giờ Việt Nam).",
        "The day that counts as today, dd/mm/yyyy or YYYY-MM-DD (else $BDHVS_TODAY, else today in Vietnam)."),
        valueName: Help.value("date")))
    var asOf: CivilDate?

    @Option(name: .long, help: ArgumentHelp(Help.text("Ngôn ngữ (nếu không: $BDHVS_LANG, hoặc vi).",
                                                       "Language (else $BDHVS_LANG, else vi)."), valueName: Help.value("lang")))
    var lang: Language?

    /// The language of this run, decided at start-up from `--lang` or `BDHVS_LANG`.
    var language: Language { lang ?? Session.current.language }

    /// The as-of date: `--as-of`, else `BDHVS_TODAY`, else today in Vietnam (the host's clock
    /// is read here, at the edge, and only when no date is given).
    func asOfDate() throws -> CivilDate {
        if let asOf { return asOf }
        let session = Session.current
        // A bad BDHVS_TODAY is a usage error like a bad --as-of, found only by commands that need the date.
        if let text = session.environment[Invocation.todayVariable], !text.isEmpty {
            do {
                return try Invocation.parseDate(text, source: Invocation.todayVariable)
            } catch let error as InvocationError {
                throw ValidationError(UsageMessage.invalidDate(error).text(language))
            }
        }
        return CivilDate.today(epochSeconds: session.now(), utcOffsetSeconds: CivilDate.vietnamUTCOffsetSeconds)
    }

    /// The database file of this run.
    var databasePath: String {
        Invocation.databasePath(flag: db, environment: Session.current.environment)
    }

    /// Opens the database: `.read` for commands that only read (a missing file is an error
    /// and nothing is created), `.write` for those that record.
    func openStore(_ access: TaskStore.Access) throws -> TaskStore {
        try TaskStore.open(path: databasePath, access: access)
    }

    /// Says on standard error, as a warning, when `asOf` is before every plan of `scope`
    /// (`AsOfBeforePlans`); the command's answer follows as usual.
    func warnIfBeforePlans(_ store: TaskStore, _ scope: PlanScope, asOf: CivilDate) throws {
        if let warning = try store.asOfBeforePlans(scope, asOf: asOf) {
            Session.current.console.err("bdhvs: warning: \(warning.text(language))\n")
        }
    }

    /// Says on standard error, as a warning, each funding source of `budget` with more
    /// disbursed than its estimate (`BudgetReport.overruns`): the table shows it as a
    /// negative remainder only.
    func warnOfOverruns(_ budget: BudgetReport) {
        for overrun in budget.overruns {
            Session.current.console.err("bdhvs: warning: \(overrun.text(language))\n")
        }
    }

    /// Who records a change: `--by`, else `BDHVS_USER`, else the login name.
    func actor(_ flag: String?) -> String {
        Invocation.actor(flag: flag, environment: Session.current.environment)
    }
}

/// `--format text|json` for listings.
struct FormatOption: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(name: .long, help: ArgumentHelp(Help.text("Định dạng kết quả.", "Output format."), valueName: Help.value("format")))
    var format: Format = .text
}

/// `--province` and `--commune`: which plans a roll-up covers.
struct PlaceOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Help.text("Chỉ các kế hoạch của tỉnh, thành phố này (có hoặc không dấu).",
                                         "Only plans of this province or city (with or without diacritics)."), valueName: Help.value("name")))
    var province: String?

    @Option(help: ArgumentHelp(Help.text("Chỉ các kế hoạch của xã, phường này.", "Only plans of this commune or ward."),
                               valueName: Help.value("name")))
    var commune: String?

    func scope(plan: String?) -> PlanScope { PlanScope(plan: plan, province: province, commune: commune) }
}
