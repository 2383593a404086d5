import Foundation
import BDHVSCore

/// A manual page (man(7) roff, UTF-8) written from the command tree, in the language of the
/// run. ArgumentParser's `generate-manual` plugin drops every non-ASCII character, which
/// leaves Vietnamese unreadable; this page keeps it (man-db passes UTF-8 pages through
/// `preconv`).
struct ManualPage {
    var root: CommandInfo
    var language: Language

    func render() -> String {
        let l = language
        var lines = [
            #".TH BDHVS 1 "" "bdhvs \#(BDHVS.version)" "\#(l.pick("Hướng dẫn sử dụng bdhvs", "bdhvs manual"))""#,
            ".SH " + l.pick("TÊN", "NAME"),
            "bdhvs \\- " + Self.escape(root.abstract ?? ""),
            ".SH " + l.pick("CÚ PHÁP", "SYNOPSIS"),
            ".B bdhvs",
            l.pick("\\fIlệnh\\fR [\\fItùy chọn\\fR] [\\fItham số\\fR]", "\\fIcommand\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]"),
            ".SH " + l.pick("MÔ TẢ", "DESCRIPTION"),
        ]
        lines += Self.paragraphs(root.discussion)
        lines.append(".SH " + l.pick("CÁC LỆNH", "COMMANDS"))
        for (path, command) in leaves(of: root, path: ["bdhvs"]) {
            lines.append(".SS \"\(Self.escape(path.joined(separator: " ")))\"")
            lines.append(Self.escape(command.abstract ?? ""))
            lines += Self.paragraphs(command.discussion)
            for argument in command.arguments ?? [] where argument.shouldDisplay && !Self.isBuiltIn(argument) {
                lines.append(".TP")
                lines.append(Self.term(argument))
                lines.append(Self.escape(argument.abstract ?? ""))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The commands that run, with their full names, in the order of the tree.
    private func leaves(of command: CommandInfo, path: [String]) -> [([String], CommandInfo)] {
        let children = (command.subcommands ?? []).filter { $0.shouldDisplay != false && $0.commandName != "help" }
        guard !children.isEmpty else { return [(path, command)] }
        return children.flatMap { leaves(of: $0, path: path + [$0.commandName]) }
    }

    /// `--help` and `--version`, which every command has and the page need not repeat.
    private static func isBuiltIn(_ argument: CommandInfo.Argument) -> Bool {
        (argument.names ?? []).contains { $0.name == "help" || $0.name == "version" }
    }

    /// `\fB--db\fR \fIpath\fR`, `\fIfile\fR...`.
    private static func term(_ argument: CommandInfo.Argument) -> String {
        let value = argument.valueName.map { "\\fI\(escape($0))\\fR" }
        guard let names = argument.names, !names.isEmpty else { return (value ?? "") + (argument.isRepeating ? "..." : "") }
        let spelled = names.map { "\\fB\(escape($0.spelled))\\fR" }.joined(separator: ", ")
        return argument.kind == "flag" ? spelled : spelled + " " + (value ?? "")
    }

    /// Blank-line separated paragraphs; indented lines (examples) are kept as they are.
    private static func paragraphs(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        var lines = [".PP"]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty {
                lines.append(".PP")
            } else if line.hasPrefix(" ") {
                lines += [".nf", escape(String(line)), ".fi"]
            } else {
                lines.append(escape(String(line)))
            }
        }
        return lines
    }

    /// Text roff reads literally: backslashes escaped, hyphens as minus signs, and a line
    /// never starting with a control character.
    static func escape(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }
}
