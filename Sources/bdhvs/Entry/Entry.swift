import ArgumentParser
import BDHVSCore
import Foundation

/// One run of bdhvs from its arguments to its exit code: the only place where errors
/// become exit codes. 0 success; 1 the input is invalid or refused (a plan or CSV file with
/// errors, an update that does not apply, an unknown plan, task or agency named); 2 the
/// command could not run (the database, a file that cannot be written); 64 wrong usage.
enum Entry {
    static let invalidInput: Int32 = 1
    static let operational: Int32 = 2
    static let usage: Int32 = 64

    /// Runs `arguments` (without the program name) in a session of their own.
    static func run(_ arguments: [String], environment: [String: String], console: Console,
                    now: @escaping @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970) }) -> Int32 {
        let session = Session(language: StartUp.language(arguments: arguments, environment: environment),
                              environment: environment, console: console, now: now)
        return Session.$current.withValue(session) { execute(arguments) }
    }

    /// The exit code of a failure of `kind`.
    static func code(_ kind: FailureKind) -> Int32 {
        switch kind {
        case .invalidInput: return invalidInput
        case .operational: return operational
        }
    }

    private static func execute(_ raw: [String]) -> Int32 {
        let arguments = GlobalArguments.normalize(raw, root: BDHVSCommand.self)
        let session = Session.current
        if let unknown = CommandSuggestion.unknownCommand(in: arguments, root: BDHVSCommand.self) {
            return usageError(unknown, arguments: arguments)
        }
        do {
            // The reading commands run most are made without ArgumentParser when their
            // arguments are plain (`FastParse`); anything else, help and errors, is its.
            var command = try FastParse.command(arguments) ?? BDHVSCommand.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let error as UserFacingError {
            session.console.err("bdhvs: error: \(error.text(session.language))\(OptionHint.text(for: error, session.language))\n")
            return code(error.failure)
        } catch let error as ReportedFailure {
            return code(error.failure)
        } catch let error as ExitCode {
            return error.rawValue
        } catch {
            return parserOutcome(error, arguments: arguments)
        }
    }

    /// Help and version (exit 0), usage errors (64), and errors no one expected (2).
    private static func parserOutcome(_ error: Error, arguments: [String]) -> Int32 {
        let session = Session.current
        let exit = BDHVSCommand.exitCode(for: error)
        if exit == .success {
            let text = BDHVSCommand.fullMessage(for: error, columns: columns)
            // Help is translated; a completion script or the JSON of the tree is passed on as it is.
            let generated = arguments.contains { $0.hasPrefix("--generate-completion-script") || $0 == "--experimental-dump-help" }
            session.console.out((generated ? text : HelpLanguage.localize(text, session.language)) + "\n")
            return 0
        }
        if exit == .validationFailure {
            let message = UsageMessage.negativeNumber(in: arguments) ?? UsageMessage(parserMessage: BDHVSCommand.message(for: error))
            return usageError(message, arguments: arguments)
        }
        session.console.err("bdhvs: error: \(BDHVSCommand.message(for: error))\n")
        return operational
    }

    /// `bdhvs: error: …`, the usage of the command the arguments name, and where help is.
    private static func usageError(_ message: UsageMessage, arguments: [String]) -> Int32 {
        let session = Session.current
        let l = session.language
        let path = CommandPath(arguments, root: BDHVSCommand.self)
        let usage = BDHVSCommand.usageString(for: path.command)
        let name = (["bdhvs"] + path.names).joined(separator: " ")
        let lines = [
            "bdhvs: error: \(message.text(l))",
            (l == .vi ? "Cú pháp: " : "Usage: ") + HelpLanguage.localize(usage, l),
            l == .vi ? "  Xem '\(name) --help' để biết thêm." : "  See '\(name) --help' for more information.",
        ]
        session.console.err(lines.joined(separator: "\n") + "\n")
        return self.usage
    }

    /// The width help is wrapped to: `COLUMNS` of the session, else ArgumentParser's choice.
    private static var columns: Int? {
        Session.current.environment["COLUMNS"].flatMap(Int.init)
    }
}
