import ArgumentParser
import BDHVSCore

/// The reading commands an office runs most (`plan status`, `task list`, `agency overdue`,
/// `results`) made from their arguments without ArgumentParser when every argument is one of
/// theirs written plainly: `--name value` or a flag, each once, and the plan of `plan
/// status`. ArgumentParser's parse (its command tree, the reflection of every option group,
/// the check for a completion-script request) was a tenth of one commune's status. Anything
/// else (help, `--name=value`, an unknown or repeated option, a value that does not start
/// plainly or is not one the option takes) is left to ArgumentParser, which parses it or says
/// what is wrong: the command is the same whichever made it (`FastParseTests`).
enum FastParse {
    /// The command `arguments` (normalized by `GlobalArguments`) name, or nil.
    static func command(_ arguments: [String]) -> (any ParsableCommand)? {
        guard arguments.count >= 2, !arguments.contains(where: { $0.isEmpty || $0 == "help" }) else { return nil }
        let rest = arguments.dropFirst(2)
        switch (arguments[0], arguments[1]) {
        case ("plan", "status"): return planStatus(rest)
        case ("task", "list"): return taskList(rest)
        case ("agency", "overdue"): return agencyOverdue(rest)
        default: return arguments[0] == "results" ? results(arguments.dropFirst()) : nil
        }
    }

    private static let shared: Set<String> = ["--db", "--as-of", "--lang", "--format", "--province", "--commune"]

    private static func planStatus(_ arguments: ArraySlice<String>) -> PlanStatus? {
        guard let found = Found(arguments, options: shared.union(["--by", "--since"]), positionals: 1),
              let common = found.common(), let by: PlanStatus.Breakdown? = found.typed("--by"),
              let since: CivilDate? = found.typed("--since") else { return nil }
        var command = PlanStatus()
        (command.global, command.output, command.place) = common
        command.plan = found.positionals.first
        command.by = by
        command.since = since
        return command
    }

    private static func taskList(_ arguments: ArraySlice<String>) -> TaskList? {
        guard let found = Found(arguments, options: shared.union(["--plan", "--agency", "--due-within"]), flags: ["--overdue"]),
              let common = found.common(), let dueWithin: Days? = found.typed("--due-within") else { return nil }
        var command = TaskList()
        (command.global, command.output, command.place) = common
        command.plan = found.options["--plan"]
        command.agency = found.options["--agency"]
        command.overdue = found.flags.contains("--overdue")
        command.dueWithin = dueWithin
        return command
    }

    private static func agencyOverdue(_ arguments: ArraySlice<String>) -> AgencyOverdue? {
        guard let found = Found(arguments, options: shared.union(["--plan"]), flags: ["--all"]), let common = found.common() else {
            return nil
        }
        var command = AgencyOverdue()
        (command.global, command.output, command.place) = common
        command.plan = found.options["--plan"]
        command.all = found.flags.contains("--all")
        return command
    }

    private static func results(_ arguments: ArraySlice<String>) -> ResultsCommand? {
        guard let found = Found(arguments, options: shared.union(["--plan", "--by", "--since"])), let common = found.common(),
              let by: ResultsRow.Level? = found.typed("--by"), let since: CivilDate? = found.typed("--since") else { return nil }
        var command = ResultsCommand()
        (command.global, command.output, command.place) = common
        command.plan = found.options["--plan"]
        command.by = by
        command.since = since
        return command
    }

    /// The options, flags and positional arguments found, each plain and once.
    private struct Found {
        var options: [String: String] = [:]
        var flags: Set<String> = []
        var positionals: [String] = []

        init?(_ arguments: ArraySlice<String>, options known: Set<String>, flags knownFlags: Set<String> = [], positionals most: Int = 0) {
            var index = arguments.startIndex
            while index < arguments.endIndex {
                let argument = arguments[index]
                index += 1
                guard argument.hasPrefix("-") else {
                    guard positionals.count < most else { return nil }
                    positionals.append(argument)
                    continue
                }
                if knownFlags.contains(argument) {
                    guard flags.insert(argument).inserted else { return nil }
                    continue
                }
                guard known.contains(argument), index < arguments.endIndex, options[argument] == nil, !arguments[index].hasPrefix("-") else {
                    return nil
                }
                options[argument] = arguments[index]
                index += 1
            }
        }

        /// The typed value of an option: nil inside when it is not given, nil when its text is
        /// not one the type takes (ArgumentParser then says so).
        func typed<T: ExpressibleByArgument>(_ name: String) -> T?? {
            guard let text = options[name] else { return .some(nil) }
            return T(argument: text).map { .some($0) }
        }

        /// The option groups every one of these commands has, or nil when a value is not one.
        func common() -> (GlobalOptions, FormatOption, PlaceOptions)? {
            guard let asOf: CivilDate? = typed("--as-of"), let lang: Language? = typed("--lang"),
                  let format: FormatOption.Format? = typed("--format") else { return nil }
            var global = GlobalOptions()
            global.db = options["--db"]
            global.asOf = asOf
            global.lang = lang
            var output = FormatOption()
            output.format = format ?? .text
            var place = PlaceOptions()
            place.province = options["--province"]
            place.commune = options["--commune"]
            return (global, output, place)
        }
    }
}
