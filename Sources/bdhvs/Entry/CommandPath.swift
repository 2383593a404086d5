import ArgumentParser

/// Where the arguments lead in the command tree: the subcommand names at their start, the
/// command they name, and the arguments that follow it.
struct CommandPath {
    /// The subcommand names, e.g. `["plan", "list"]`.
    var names: [String]
    /// The command they name (the root when there are none).
    var command: ParsableCommand.Type
    /// The arguments after the path, with global options kept out (see `GlobalArguments`).
    var rest: [String]
    /// The global options met before the path ended, with their values.
    var globals: [String]

    /// Walks `arguments` from `root`, setting aside the global options met on the way.
    init(_ arguments: [String], root: ParsableCommand.Type) {
        names = []
        command = root
        rest = []
        globals = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if let width = GlobalArguments.width(of: argument) {
                let end = min(index + width, arguments.count)
                globals += arguments[index..<end]
                index = end
                continue
            }
            guard let next = Self.subcommand(named: argument, of: command) else { break }
            names.append(argument)
            command = next
            index += 1
        }
        rest = Array(arguments[index...])
    }

    /// The subcommand of `command` called `name`.
    static func subcommand(named name: String, of command: ParsableCommand.Type) -> ParsableCommand.Type? {
        command.configuration.subcommands.first { Self.name(of: $0) == name }
    }

    /// A command's name as typed.
    static func name(of command: ParsableCommand.Type) -> String {
        command.configuration.commandName ?? String(describing: command).lowercased()
    }

    /// True when `command` runs (it has no subcommands), so it takes the global options.
    static func isLeaf(_ command: ParsableCommand.Type) -> Bool {
        command.configuration.subcommands.isEmpty
    }
}
