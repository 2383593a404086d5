import Foundation
import ZIPFoundation

// Readers the tests of both targets use to look inside what bdhvs writes.

/// An RFC 4180 reader, strict: records end with CRLF, a quoted field is quoted whole and
/// doubles its quotes, an unquoted field has no quote, delimiter, CR or LF. Reads Unicode
/// scalars, so that "\r\n" is never one character.
public func readRFC4180(_ text: String, delimiter: Unicode.Scalar = ",") throws -> [[String]] {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }
    let scalars = Array(text.unicodeScalars)
    var index = 0
    var records: [[String]] = []
    var record: [String] = []
    while index < scalars.count {
        var field = String.UnicodeScalarView()
        if scalars[index] == "\"" {
            index += 1
            while true {
                guard index < scalars.count else { throw Malformed(description: "unterminated quoted field") }
                if scalars[index] == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 2
                        continue
                    }
                    index += 1
                    break
                }
                field.append(scalars[index])
                index += 1
            }
        } else {
            while index < scalars.count, scalars[index] != delimiter, scalars[index] != "\r", scalars[index] != "\n" {
                if scalars[index] == "\"" { throw Malformed(description: "a quote inside an unquoted field at scalar \(index)") }
                field.append(scalars[index])
                index += 1
            }
        }
        record.append(String(field))
        guard index < scalars.count else { throw Malformed(description: "the last record does not end with CRLF") }
        if scalars[index] == delimiter {
            index += 1
        } else if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
            records.append(record)
            record = []
            index += 2
        } else {
            throw Malformed(description: "expected a delimiter or CRLF at scalar \(index), found U+\(String(scalars[index].value, radix: 16))")
        }
    }
    return records
}

/// `readRFC4180`, nil when the text breaks the grammar.
public func rfc4180(_ text: String, delimiter: Unicode.Scalar) -> [[String]]? {
    try? readRFC4180(text, delimiter: delimiter)
}

/// The entries of a zip archive (a .docx, an .xlsx) by path.
public func zipEntries(_ data: Data) throws -> [String: Data] {
    let archive = try Archive(data: data, accessMode: .read)
    var entries: [String: Data] = [:]
    for entry in archive {
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        entries[entry.path] = bytes
    }
    return entries
}
