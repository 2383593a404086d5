import ArgumentParser
import BDHVSCore

/// "Did you mean" for a mistyped subcommand: `bdhvs plna list` → `plan`.
enum CommandSuggestion {
    /// The usage error for the first argument that should name a subcommand and names none,
    /// or nil when the arguments name a command that runs (or ask for help).
    static func unknownCommand(in arguments: [String], root: ParsableCommand.Type) -> UsageMessage? {
        let path = CommandPath(arguments, root: root)
        guard !CommandPath.isLeaf(path.command), let typed = path.rest.first, !typed.hasPrefix("-"), typed != "help" else {
            return nil
        }
        let known = path.command.configuration.subcommands.filter { $0.configuration.shouldDisplay }.map(CommandPath.name(of:))
        let parent = (["bdhvs"] + path.names).joined(separator: " ")
        return .unknownCommand(typed, parent: parent, suggestion: Suggestion.closest(to: typed, among: known), known: known)
    }
}
