import ArgumentParser

/// Texts that begin with a dash, as officials write notes and titles ("- Đã họp triển
/// khai", a list item pasted from Word). ArgumentParser reads any argument that begins with
/// '-' as options: "- Đã họp" was a group of short flags holding 'h', so `task note nv2
/// "- Đã họp"` printed the help and recorded nothing (exit 0), and `--note "- Đã họp"`
/// said the note was missing. Such a text is passed as a value before parsing: joined to
/// the option before it when that option takes a value (`--note=- Đã họp`), or, given as
/// an argument (also after a flag such as `--done`, which takes none), moved after `--`.
enum DashText {
    /// True when `argument` begins with one dash and is not short options (ASCII letters:
    /// `-h`) nor a negative number (which `UsageMessage` says options do not take): "- Đã
    /// họp", "-Hội nghị", "-2+3".
    static func isText(_ argument: String) -> Bool {
        guard argument.hasPrefix("-"), !argument.hasPrefix("--"), argument.count > 1 else { return false }
        let rest = argument.unicodeScalars.dropFirst()
        if rest.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) { return false }
        return !rest.allSatisfy { $0.isASCII && (("0"..."9").contains($0) || $0 == "." || $0 == ",") }
    }

    /// `arguments` (those after the path of `command`) with every dash text made a value.
    static func protect(_ arguments: [String], of command: ParsableCommand.Type) -> [String] {
        guard arguments.contains(where: isText) else { return arguments }
        return protect(arguments, valued: valuedOptions(of: command))
    }

    /// The spellings (`--note`, `-o`) of the options of `command` that take a value, as
    /// ArgumentParser describes them: a flag (`--done`, `--help`) is not among them.
    static func valuedOptions(of command: ParsableCommand.Type) -> Set<String> {
        guard let info = try? CommandInfo.decode(command._dumpHelp()) else { return [] }
        return Set((info.arguments ?? []).filter { $0.kind == "option" }.flatMap { ($0.names ?? []).map(\.spelled) })
    }

    /// `arguments` with every dash text made a value: joined to an option of `valued` just
    /// before it, else moved after `--`.
    static func protect(_ arguments: [String], valued: Set<String>) -> [String] {
        guard arguments.contains(where: isText) else { return arguments }
        var options: [String] = [], texts: [String] = []
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { return options + ["--"] + texts + arguments[(index + 1)...] }
            let afterOption = index > 0 && valued.contains(arguments[index - 1])
            if isText(argument) {
                if afterOption, let option = options.popLast() { options.append(option + "=" + argument) } else { texts.append(argument) }
            } else if !texts.isEmpty && !argument.hasPrefix("-") && !afterOption {
                // An argument after a moved text keeps its place after it.
                texts.append(argument)
            } else {
                options.append(argument)
            }
        }
        return texts.isEmpty ? options : options + ["--"] + texts
    }
}
