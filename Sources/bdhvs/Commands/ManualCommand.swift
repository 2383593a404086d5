import ArgumentParser
import BDHVSCore

/// `bdhvs manual`: the manual page, written from the command tree (hidden from help; the
/// README says how to install it).
struct ManualCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "manual",
            abstract: Help.text("In trang hướng dẫn (man) của bdhvs.", "Print the manual page of bdhvs."),
            discussion: Help.text("Ví dụ: ", "Example: ") + "bdhvs manual > ~/.local/share/man/man1/bdhvs.1",
            shouldDisplay: false)
    }

    // Taken (and ignored but --lang, read at start-up) so that the global options are accepted here as everywhere.
    @OptionGroup var global: GlobalOptions

    func run() throws {
        emit(ManualPage(root: try CommandInfo.root(), language: global.language).render())
    }
}
