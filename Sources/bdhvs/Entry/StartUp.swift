import BDHVSCore

/// Decisions taken once, from the raw arguments and the environment, before parsing.
enum StartUp {
    /// Environment variable choosing the language of messages and help.
    static let languageVariable = "BDHVS_LANG"

    /// `--lang X` or `--lang=X` anywhere before `--`, else `BDHVS_LANG`, else Vietnamese.
    /// A value that is no language is left for the parser to refuse as a usage error.
    static func language(arguments: [String], environment: [String: String]) -> Language {
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count, let language = Language(rawValue: arguments[index + 1]) {
                return language
            }
            if argument.hasPrefix("--lang="), let language = Language(rawValue: String(argument.dropFirst(7))) {
                return language
            }
            index += 1
        }
        return environment[languageVariable].flatMap(environmentLanguage) ?? .vi
    }

    /// `BDHVS_LANG` as people set such variables: "en", "EN", or the form of `LANG`
    /// ("en_US.UTF-8", "vi_VN"); "EN" used to give Vietnamese without a word.
    static func environmentLanguage(_ value: String) -> Language? {
        Language(rawValue: String(value.lowercased().prefix { $0.isLetter }))
    }
}
