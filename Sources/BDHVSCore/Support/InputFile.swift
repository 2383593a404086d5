import Foundation

/// A file a command takes as its input (a document's task table, a CSV file of records),
/// read whole by the library: the command line only names it. Why it cannot be read is the
/// input's fault, said at the file's line 1, column 1 like its other whole-file problems.
public enum InputFile {
    /// The bytes of the file at `path`.
    public static func data(_ path: String) throws(InputFileMessage) -> Data {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw errno == EACCES || errno == EPERM ? InputFileMessage.permissionDenied : InputFileMessage.noSuchFile
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw access(path, R_OK) == 0 ? InputFileMessage.unreadable : InputFileMessage.permissionDenied
        }
        return data
    }

    /// The text of the file at `path`, which must be UTF-8 (a byte order mark is kept) or
    /// UTF-16 with its byte order mark (`decode`).
    public static func text(_ path: String) throws(InputFileMessage) -> String {
        guard let text = decode(try data(path)) else { throw .notUTF8 }
        return text
    }

    /// `data` as text: UTF-8, or UTF-16 with a byte order mark, which Excel writes when a
    /// sheet is saved as "Unicode Text" (tab-separated); nil for anything else.
    public static func decode(_ data: Data) -> String? {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard data.count % 2 == 0 else { return nil }
            return String(data: data, encoding: .utf16)
        }
        return String(data: data, encoding: .utf8)
    }
}

/// Why an input file cannot be read.
public enum InputFileMessage: Error, LocalizedMessage, Equatable {
    case noSuchFile
    /// The path names a folder.
    case isDirectory
    case permissionDenied
    /// The file exists and may be read, yet reading it failed (a device, an I/O error).
    case unreadable
    /// A text file that is not UTF-8 (a CSV file saved by Excel in the Windows code page).
    case notUTF8

    public var id: String {
        switch self {
        case .noSuchFile: return "input.no-such-file"
        case .isDirectory: return "input.is-directory"
        case .permissionDenied: return "input.permission-denied"
        case .unreadable: return "input.unreadable"
        case .notUTF8: return "input.not-utf8"
        }
    }

    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.noSuchFile, .vi): return "không có tệp này"
        case (.noSuchFile, .en): return "no such file"
        case (.isDirectory, .vi): return "đây là một thư mục; cần một tệp"
        case (.isDirectory, .en): return "this is a folder; expected a file"
        case (.permissionDenied, .vi): return "không có quyền đọc tệp"
        case (.permissionDenied, .en): return "the file may not be read (permission denied)"
        case (.unreadable, .vi): return "không đọc được tệp"
        case (.unreadable, .en): return "cannot read the file"
        case (.notUTF8, .vi): return "tệp không phải văn bản UTF-8; hãy lưu dưới dạng CSV UTF-8"
        case (.notUTF8, .en): return "the file is not UTF-8 text; save it as CSV UTF-8"
        }
    }

    /// The problem as a finding at the start of `file` (`FILE:1:1: error: …`).
    public func diagnostic(file: String) -> Diagnostic {
        Diagnostic(SourceLocation(file: file, line: 1, column: 1), .error, self)
    }
}
