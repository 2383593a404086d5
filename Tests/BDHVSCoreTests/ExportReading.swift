import Foundation
import Testing
@testable import BDHVSCore

// Strict readers of what the export writers produce (RFC 4180 CSV, RFC 5545 iCalendar),
// shared by the export tests.

/// The rows Python's `csv` module reads from `text` (nil when python3 is not there).
func pythonCSV(_ text: String, delimiter: String) throws -> [[String]]? {
    guard Subprocess.run(["python3", "-c", "import csv, json"])?.status == 0 else { return nil }
    let directory = try StoreFixture.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("export.csv")
    try Data(text.utf8).write(to: file)
    let script = """
        import csv, json, sys
        with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f, delimiter=sys.argv[2], strict=True))
        sys.stdout.write(json.dumps(rows, ensure_ascii=False))
        """
    let result = try #require(Subprocess.run(["python3", "-c", script, file.path, delimiter]))
    #expect(result.status == 0, "\(result.error)")
    return try JSONDecoder().decode([[String]].self, from: Data(result.output.utf8))
}

/// An iCalendar text checked against RFC 5545's framing, and read into its events.
struct CalendarCheck {
    /// Problems found, empty when the text is well framed.
    var problems: [String] = []
    /// Unfolded content lines.
    var lines: [String] = []
    /// Each VEVENT's properties by name (the part before ':' or ';'), with the whole line.
    var events: [[String: [String]]] = []

    init(_ text: String) {
        let bytes = Array(text.utf8)
        for (offset, byte) in bytes.enumerated() {
            if byte == 0x0A, offset == 0 || bytes[offset - 1] != 0x0D { problems.append("a bare LF at byte \(offset)") }
            if byte == 0x0D, offset + 1 >= bytes.count || bytes[offset + 1] != 0x0A { problems.append("a bare CR at byte \(offset)") }
        }
        if !text.hasSuffix("\r\n") { problems.append("the last line does not end with CRLF") }
        // Physical lines, as bytes: at most 75 octets, each a whole UTF-8 text.
        var physical: [[UInt8]] = [[]]
        var offset = 0
        while offset < bytes.count {
            if bytes[offset] == 0x0D, offset + 1 < bytes.count, bytes[offset + 1] == 0x0A {
                physical.append([])
                offset += 2
            } else {
                physical[physical.count - 1].append(bytes[offset])
                offset += 1
            }
        }
        if physical.last == [] { physical.removeLast() }
        for (number, line) in physical.enumerated() {
            if line.count > 75 { problems.append("line \(number + 1) has \(line.count) octets") }
            if String(validating: line, as: UTF8.self) == nil { problems.append("line \(number + 1) splits a UTF-8 character") }
        }
        // Unfolding: a line starting with a space continues the previous one.
        for line in physical {
            let text = String(decoding: line, as: UTF8.self)
            if text.hasPrefix(" "), !lines.isEmpty {
                lines[lines.count - 1] += String(text.dropFirst())
            } else if text.hasPrefix(" ") || text.hasPrefix("\t") {
                problems.append("the first line is a continuation")
            } else {
                lines.append(text)
            }
        }
        var stack: [String] = []
        var event: [String: [String]]? = nil
        for line in lines {
            if line.hasPrefix("BEGIN:") {
                stack.append(String(line.dropFirst(6)))
                if line == "BEGIN:VEVENT" { event = [:] }
            } else if line.hasPrefix("END:") {
                let name = String(line.dropFirst(4))
                if stack.popLast() != name { problems.append("END:\(name) does not close the open component") }
                if name == "VEVENT", let finished = event {
                    events.append(finished)
                    event = nil
                }
            } else if event != nil {
                let name = String(line.prefix { $0 != ":" && $0 != ";" })
                event![name, default: []].append(line)
            }
        }
        if !stack.isEmpty { problems.append("components left open: \(stack)") }
    }

    /// The value of a property line ("SUMMARY:…"), TEXT-unescaped.
    static func textValue(_ line: String) -> String {
        let value = line.drop { $0 != ":" }.dropFirst()
        var out = ""
        var escaped = false
        for character in value {
            if escaped {
                out.append(character == "n" || character == "N" ? "\n" : character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                out.append(character)
            }
        }
        return out
    }
}
