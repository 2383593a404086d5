import Foundation

/// The command tree as ArgumentParser describes it (`--experimental-dump-help`), reduced to
/// what a manual page shows.
struct CommandInfo: Decodable {
    struct Name: Decodable {
        var kind: String
        var name: String

        /// `--db`, `-h`.
        var spelled: String { kind == "short" ? "-" + name : (kind == "longWithSingleDash" ? "-" : "--") + name }
    }

    struct Argument: Decodable {
        var kind: String
        var names: [Name]?
        var valueName: String?
        var abstract: String?
        var discussion: String?
        var isOptional: Bool
        var isRepeating: Bool
        var shouldDisplay: Bool
        var defaultValue: String?
    }

    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var arguments: [Argument]?
    var subcommands: [CommandInfo]?

    private struct Dump: Decodable {
        var command: CommandInfo
    }

    /// The tree of `BDHVSCommand`, with help in the language of the run.
    static func root() throws -> CommandInfo {
        try decode(BDHVSCommand._dumpHelp())
    }

    /// The command a dump (`_dumpHelp()` of any command) describes.
    static func decode(_ dump: String) throws -> CommandInfo {
        try JSONDecoder().decode(Dump.self, from: Data(dump.utf8)).command
    }
}
