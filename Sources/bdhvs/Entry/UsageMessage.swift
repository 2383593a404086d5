import BDHVSCore

/// Wrong usage of the command line (exit code 64), in the user's language. ArgumentParser
/// words its own errors in English only; `init(parserMessage:)` reads them back into these
/// cases, so that every usage error a person sees is rendered here.
enum UsageMessage: LocalizedMessage, Equatable {
    /// A subcommand name that does not exist under `parent` (e.g. `bdhvs plna`).
    case unknownCommand(String, parent: String, suggestion: String?, known: [String])
    /// A value that cannot be read as what the option takes.
    case invalidValue(String, option: String, expected: Expected?)
    /// A date that cannot be read, with the reason (worded by the core's `InvocationError`).
    case invalidDate(InvocationError)
    case unknownOption(String, suggestion: String?)
    case missingArgument(String)
    case missingValue(String)
    case unexpectedArguments([String])
    /// A negative number (`coverage record nguoi-dan -5`), which the parser takes for a flag;
    /// no value of bdhvs is negative.
    case negativeNumber(String)
    /// A message this type does not know (one of bdhvs's own `ValidationError`s, already
    /// in the user's language, or a rare one of the parser), kept as it is.
    case parser(String)

    var id: String {
        switch self {
        case .unknownCommand: return "usage.unknown-command"
        case .invalidValue: return "usage.invalid-value"
        case .invalidDate(let error): return error.id
        case .unknownOption: return "usage.unknown-option"
        case .missingArgument: return "usage.missing-argument"
        case .missingValue: return "usage.missing-value"
        case .unexpectedArguments: return "usage.unexpected-arguments"
        case .negativeNumber: return "usage.negative-number"
        case .parser: return "usage.parser"
        }
    }

    func text(_ language: Language) -> String {
        switch language {
        case .vi: return vietnamese
        case .en: return english
        }
    }

    private var vietnamese: String {
        func guess(_ suggestion: String?) -> String { suggestion.map { "; có phải là '\($0)'?" } ?? "" }
        switch self {
        case .unknownCommand(let name, let parent, let suggestion, let known):
            return "'\(parent)' không có lệnh '\(name)'"
                + (suggestion.map { "; có phải là '\($0)'?" } ?? "; các lệnh: " + known.joined(separator: ", "))
        case .invalidValue(let value, let option, let expected):
            return "giá trị '\(value)' của '\(option)' không hợp lệ" + (expected.map { "; cần \($0.text(.vi))" } ?? "")
                + commaGroupedHint(value, .vi)
        case .invalidDate(let error):
            return error.text(.vi)
        case .unknownOption(let option, let suggestion):
            return "không có tùy chọn '\(option)'" + guess(suggestion)
        case .missingArgument(let name):
            return "thiếu tham số '\(name)'"
        case .missingValue(let option):
            return "thiếu giá trị cho '\(option)'"
        case .unexpectedArguments(let values):
            return "thừa tham số " + values.map { "'\($0)'" }.joined(separator: ", ")
        case .negativeNumber(let value):
            return "'\(value)' là số âm; mọi số của bdhvs (số người, số tiền, số ngày, phần trăm) đều từ 0 trở lên"
        case .parser(let message):
            return message
        }
    }

    private var english: String {
        func guess(_ suggestion: String?) -> String { suggestion.map { "; did you mean '\($0)'?" } ?? "" }
        switch self {
        case .unknownCommand(let name, let parent, let suggestion, let known):
            return "'\(parent)' has no command '\(name)'"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; the commands are " + known.joined(separator: ", "))
        case .invalidValue(let value, let option, let expected):
            return "the value '\(value)' of '\(option)' is not valid" + (expected.map { "; expected \($0.text(.en))" } ?? "")
                + commaGroupedHint(value, .en)
        case .invalidDate(let error):
            return error.text(.en)
        case .unknownOption(let option, let suggestion):
            return "unknown option '\(option)'" + guess(suggestion)
        case .missingArgument(let name):
            return "missing argument '\(name)'"
        case .missingValue(let option):
            return "missing value for '\(option)'"
        case .unexpectedArguments(let values):
            return "unexpected " + (values.count == 1 ? "argument " : "arguments ") + values.map { "'\($0)'" }.joined(separator: ", ")
        case .negativeNumber(let value):
            return "'\(value)' is a negative number; every number bdhvs takes (persons, đồng, days, percent) is 0 or more"
        case .parser(let message):
            return message
        }
    }
}

extension UsageMessage {
    /// What an option takes: a kind of value, or one of a few words.
    enum Expected: Equatable, Sendable {
        case kind(ArgumentKind)
        case oneOf([String])

        func text(_ language: Language) -> String {
            switch self {
            case .kind(let kind):
                return kind.expected(language)
            case .oneOf(let values):
                let quoted = values.map { "'\($0)'" }
                let or = language == .vi ? " hoặc " : " or "
                let list = quoted.count <= 2 ? quoted.joined(separator: or) : quoted.dropLast().joined(separator: ", ") + or + quoted.last!
                return (language == .vi ? "một trong " : "one of ") + list
            }
        }
    }
}
