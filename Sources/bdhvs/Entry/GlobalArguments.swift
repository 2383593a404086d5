import ArgumentParser

/// The options every command takes (`--db`, `--as-of`, `--lang`), accepted before the
/// subcommand as well as after it. ArgumentParser parses a command's options only after
/// its name, so the arguments are rearranged once, before parsing.
enum GlobalArguments {
    /// The global options, each taking one value.
    static let names = ["--db", "--as-of", "--lang"]

    /// How many arguments a global option takes up at `argument`: 2 for `--db PATH`, 1 for
    /// `--db=PATH`, nil when it is not a global option.
    static func width(of argument: String) -> Int? {
        if names.contains(argument) { return 2 }
        if names.contains(where: { argument.hasPrefix($0 + "=") }) { return 1 }
        return nil
    }

    /// `bdhvs --db x.sqlite plan list --format json` → `plan list --db x.sqlite --format json`:
    /// global options met before the subcommand path ends move, with their values, right
    /// after it. A command that does not run (a group such as `plan`, or the root, asked for
    /// help) takes no global options: they are dropped, the language was read at start-up.
    static func normalize(_ arguments: [String], root: ParsableCommand.Type) -> [String] {
        let path = CommandPath(arguments, root: root)
        guard CommandPath.isLeaf(path.command) else { return path.names + path.rest }
        return path.names + path.globals + DashText.protect(path.rest, of: path.command)
    }
}
