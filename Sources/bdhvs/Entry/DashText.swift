/// Texts that begin with a dash, as officials write notes and titles ("- Đã họp triển
/// khai", a list item pasted from Word). ArgumentParser reads any argument that begins with
/// '-' as options: "- Đã họp" was a group of short flags holding 'h', so `task note nv2
/// "- Đã họp"` printed the help and recorded nothing (exit 0), and `--note "- Đã họp"`
/// said the note was missing. Such a text is passed as a value before parsing: joined to
/// the option before it (`--note=- Đã họp`), or, given as an argument, moved after `--`.
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

    /// `arguments` (those after the command's path) with every dash text made a value.
    static func protect(_ arguments: [String]) -> [String] {
        guard arguments.contains(where: isText) else { return arguments }
        var options: [String] = [], texts: [String] = []
        for (index, argument) in arguments.enumerated() {
            if argument == "--" { return options + ["--"] + texts + arguments[(index + 1)...] }
            let previous = index > 0 ? arguments[index - 1] : ""
            let afterOption = previous.hasPrefix("-") && !previous.contains("=") && previous.count > 1 && !isText(previous)
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
