import Foundation

/// What a command needs to know about where and when it runs, resolved from its flags and
/// the environment. "Today" never comes from the host's clock inside the library: the
/// command passes the current instant in, and it is read in Vietnam's time zone.
public enum Invocation {
    /// Environment variable naming the database file.
    public static let databaseVariable = "BDHVS_DB"
    /// Environment variable giving "today" (YYYY-MM-DD), for reproducible runs.
    public static let todayVariable = "BDHVS_TODAY"

    /// The as-of date: the `flag` (named `flagName` in messages, by the command line), else
    /// `BDHVS_TODAY`, else today in Asia/Ho_Chi_Minh (UTC+7).
    public static func asOf(flag: String?, flagName: String, environment: [String: String], nowEpochSeconds: Int64) throws -> CivilDate {
        if let flag { return try parseDate(flag, source: flagName) }
        if let value = environment[todayVariable], !value.isEmpty { return try parseDate(value, source: todayVariable) }
        return CivilDate.today(epochSeconds: nowEpochSeconds, utcOffsetSeconds: CivilDate.vietnamUTCOffsetSeconds)
    }

    /// Environment variable naming who records changes.
    public static let userVariable = "BDHVS_USER"

    /// Who records a change: `--by`, else `BDHVS_USER`, else the login name (`USER`),
    /// else nobody known: an empty name, which output shows as "không rõ" or "unknown".
    public static func actor(flag: String?, environment: [String: String]) -> String {
        for candidate in [flag, environment[userVariable], environment["USER"], environment["LOGNAME"]] {
            if let name = candidate?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
        }
        return ""
    }

    /// The database file: `--db`, else `BDHVS_DB`, else `$XDG_DATA_HOME/bdhvs/bdhvs.sqlite`,
    /// else `~/.local/share/bdhvs/bdhvs.sqlite`, else `bdhvs.sqlite` in the current folder.
    public static func databasePath(flag: String?, environment: [String: String]) -> String {
        if let flag, !flag.isEmpty { return flag }
        if let value = environment[databaseVariable], !value.isEmpty { return value }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/bdhvs/bdhvs.sqlite" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/bdhvs/bdhvs.sqlite" }
        return "bdhvs.sqlite"
    }

    /// A date given on the command line: d/m/yyyy as Vietnamese write it, or YYYY-MM-DD.
    /// `source` names where it came from (an option or a variable), as the caller calls it.
    /// A date without its year ("30/9") is refused: no year can be assumed (it was read as
    /// the year 2000).
    public static func parseDate(_ text: String, source: String) throws -> CivilDate {
        if let date = CivilDate(iso: text) { return date }
        if let year = shortYear(text) { throw InvocationError.shortYear(text: text, source: source, year: year) }
        let parser = TimelineParser(planYear: 2000)
        switch parser.parseDate(text, requiringYear: true) {
        case .success(let date): return date
        case .failure(let problem):
            throw InvocationError.invalidDate(text: text, source: source, problem: problem)
        }
    }

    /// The year of a day typed d/m/y with fewer than four digits in its year ("0/0/0",
    /// "1/1/25"), or nil. The timeline reader takes "1/1" for a day without its year and
    /// "/25" for text after it, which says nothing of what was wrong.
    static func shortYear(_ text: String) -> String? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        let dotted = parts.count == 3 ? parts : text.trimmingCharacters(in: .whitespaces)
            .split(omittingEmptySubsequences: false) { $0 == "." || $0 == "-" }
        guard dotted.count == 3, dotted.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              dotted[0].count <= 2, dotted[1].count <= 2, dotted[2].count < 4 else { return nil }
        return String(dotted[2])
    }
}
