import BDHVSCore
import Foundation

extension UsageMessage {
    /// Reads one of ArgumentParser's English messages back into a typed message. The
    /// parser's errors are internal to it and only their text is public; the patterns below
    /// are its wording in version 1.x (`ErrorMessageGenerator`). A message no pattern knows
    /// is kept as it is, which is also how bdhvs's own `ValidationError`s arrive.
    init(parserMessage message: String) {
        if let match = Self.match(#"^The value '(.*?)' is invalid for '(.*?)'(.*)$"#, message) {
            let (name, valueName) = Self.split(option: match[1])
            // "… Please provide one of 'text' or 'json'." lists the words an option takes.
            let choices = Self.quoted(in: match[2].components(separatedBy: "Please provide one of").dropFirst().joined())
            let kind = valueName.flatMap(ArgumentKind.init(valueName:))
            if kind == .date, let error = Self.dateProblem(match[0], option: name) {
                self = .invalidDate(error)
            } else {
                self = .invalidValue(match[0], option: name, expected: choices.isEmpty ? kind.map(Expected.kind) : .oneOf(choices))
            }
        } else if let match = Self.match(#"^Unknown option '(.*?)'(?:\. Did you mean '(.*?)'\?)?$"#, message) {
            self = .unknownOption(match[0], suggestion: match[1].isEmpty ? nil : match[1])
        } else if let match = Self.match(#"^Missing expected argument '(.*)'$"#, message) {
            self = .missingArgument(match[0])
        } else if let match = Self.match(#"^Missing value for '(.*?)'"#, message) {
            self = .missingValue(Self.split(option: match[0]).name)
        } else if let match = Self.match(#"^Unexpected argument '(.*)'$"#, message) {
            self = .unexpectedArguments([match[0]])
        } else if let match = Self.match(#"^\d+ unexpected arguments: '(.*)'$"#, message) {
            self = .unexpectedArguments(match[0].components(separatedBy: "', '"))
        } else {
            self = .parser(message)
        }
    }

    /// The first negative number among the arguments (before a `--`), if any. ArgumentParser
    /// reads `-5` as a flag and then reports a missing argument or value, which misleads;
    /// bdhvs has no flag made of digits, so such a word can only be a negative number.
    static func negativeNumber(in arguments: [String]) -> UsageMessage? {
        for argument in arguments {
            if argument == "--" { return nil }
            let value = argument   // `--due-within=-3` reaches the option, which names what it takes
            if value.count > 1, value.hasPrefix("-"), value.dropFirst().allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }),
               value.dropFirst().first?.isNumber == true {
                return .negativeNumber(value)
            }
        }
        return nil
    }

    /// Why `text` is not a date, as the core says it (the parser knows only that it is not).
    static func dateProblem(_ text: String, option: String) -> InvocationError? {
        do {
            _ = try Invocation.parseDate(text, source: option)
            return nil
        } catch {
            return error as? InvocationError
        }
    }

    /// `--date <date>` → (`--date`, `date`); `<task>` → (`task`, `task`).
    private static func split(option: String) -> (name: String, valueName: String?) {
        guard let open = option.firstIndex(of: "<"), let close = option.lastIndex(of: ">"), open < close else {
            return (option, nil)
        }
        let valueName = String(option[option.index(after: open)..<close])
        let name = option[..<open].trimmingCharacters(in: .whitespaces)
        return (name.isEmpty ? valueName : name, valueName)
    }

    /// The words in single quotes in `text`, or in its lines `  - word`.
    private static func quoted(in text: String) -> [String] {
        if let regex = try? NSRegularExpression(pattern: "'([^']*)'"),
           case let matches = regex.matches(in: text, range: NSRange(text.startIndex..., in: text)), !matches.isEmpty {
            return matches.compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } }
        }
        return text.components(separatedBy: "\n").filter { $0.hasPrefix("  - ") }.map { String($0.dropFirst(4)) }
    }

    /// The capture groups of `pattern` in `text` (empty strings for groups that did not take part).
    private static func match(_ pattern: String, _ text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
              let result = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<result.numberOfRanges).map { index in
            Range(result.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
