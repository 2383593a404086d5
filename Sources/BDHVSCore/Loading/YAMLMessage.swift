/// What stops a plan file from being read as one YAML document: the file itself, its bytes,
/// or its YAML syntax. Each is reported at the place of its cause.
public enum YAMLMessage: LocalizedMessage, Hashable, Error {
    /// No file at the path.
    case noSuchFile
    /// A file whose name is not UTF-8 (saved by an old Windows program, say): its name as
    /// read shows '�' where its bytes are, and no file has that name.
    case nameNotUTF8
    /// A folder on the file's path whose name is not UTF-8 (`folder`, as read, with '�'):
    /// the files below it were found, but none can be opened by such a path.
    case folderNameNotUTF8(folder: String)
    /// The path is a folder.
    case isDirectory
    /// A chain of symbolic links loops back on itself.
    case symbolicLinkLoop
    /// The file may not be read (permissions).
    case permissionDenied
    /// The file exists but cannot be read, with the system's reason.
    case unreadable(reason: String)
    /// Bytes that are not UTF-8 at this place, the first of them given.
    case notUTF8(byte: UInt8)
    /// A character YAML does not allow in a file (a control character, U+FFFE …).
    case forbiddenCharacter(UInt32)
    /// Nothing but comments or white space.
    case empty
    /// A second document (after `---`).
    case severalDocuments
    /// A YAML alias (`*name`): refused before it is copied, since a few hundred bytes of
    /// aliases of aliases copy into billions of nodes.
    case alias(name: String)
    /// A quote opened here that is not closed on its line, which swallowed what follows.
    case unclosedQuote(quote: Character, problemLine: Int)
    /// A line indented more or less than the lines it belongs with.
    case indentation(blockLine: Int?, blockColumn: Int?)
    /// A ':' where a key cannot start, usually a line indented too far.
    case colonInText
    /// A line indented with a tab, which YAML does not allow (a plan typed in a text editor
    /// that inserts tabs).
    case tabIndentation
    /// Any other syntax error of libyaml: its wording, and what it was reading where.
    case syntax(problem: String, context: String?, line: Int?, column: Int?)
    /// A key set twice in one mapping; `firstLine` is where it is set first.
    case duplicateKey(key: String, firstLine: Int)

    public var id: String {
        switch self {
        case .noSuchFile: return "file.not-found"
        case .nameNotUTF8: return "file.name-not-utf8"
        case .folderNameNotUTF8: return "file.folder-name-not-utf8"
        case .isDirectory: return "file.is-directory"
        case .symbolicLinkLoop: return "file.symlink-loop"
        case .permissionDenied: return "file.permission-denied"
        case .unreadable: return "file.unreadable"
        case .notUTF8: return "file.not-utf8"
        case .forbiddenCharacter: return "yaml.forbidden-character"
        case .empty: return "yaml.empty"
        case .severalDocuments: return "yaml.several-documents"
        case .alias: return "yaml.alias"
        case .unclosedQuote: return "yaml.unclosed-quote"
        case .indentation: return "yaml.indentation"
        case .colonInText: return "yaml.colon-in-text"
        case .tabIndentation: return "yaml.tab-indentation"
        case .syntax: return "yaml.syntax"
        case .duplicateKey: return "yaml.duplicate-key"
        }
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .vi: return vietnamese
        case .en: return english
        }
    }

    private var english: String {
        switch self {
        case .noSuchFile: return "no such file"
        case .nameNotUTF8: return "the file's name is not UTF-8 (shown with '�'); rename the file, typing its Vietnamese letters again"
        case .folderNameNotUTF8(let folder):
            return "the name of the folder \(folder) is not UTF-8 (shown with '�'); rename the folder, typing its Vietnamese letters again"
        case .isDirectory: return "this folder holds no plan file (.yaml or .yml); expected a plan file or a folder of them"
        case .symbolicLinkLoop: return "the file is a symbolic link that loops back on itself; expected a plan file"
        case .permissionDenied: return "the file may not be read (permission denied)"
        case .unreadable(let reason): return "cannot read the file: \(reason)"
        case .notUTF8(let byte): return "the file is not UTF-8 text: byte \(Self.hex(byte)) here is not UTF-8; save it as UTF-8"
        case .forbiddenCharacter(let scalar):
            return "\(Self.characterName(scalar, .en)) is not allowed in a plan file; delete it or write it as an escape in double quotes"
        case .empty: return "the file is empty; expected a plan starting with 'format: 1'"
        case .severalDocuments: return "the file holds more than one YAML document; expected one plan per file"
        case .alias(let name): return "YAML alias '*\(name)' is not allowed in a plan; write the value out instead"
        case .unclosedQuote(let quote, let line):
            return "the quote \(quote) opened here is not closed on its line, so the text runs on to line \(line); close it with \(quote)"
        case .indentation(let line?, let column?):
            return "bad indentation: this line does not line up with the block that starts at line \(line), column \(column); items of one list, and keys of one mapping, start in the same column"
        case .indentation:
            return "bad indentation: this line does not line up with the lines above; items of one list, and keys of one mapping, start in the same column"
        case .tabIndentation:
            return "this line is indented with a tab; YAML allows only spaces for indentation: replace each tab with spaces"
        case .colonInText:
            return "a ':' is not allowed here; check the indentation of this line (keys of one mapping start in the same column), or put text containing ': ' in quotes"
        case .syntax(let problem, let context, let line, let column):
            var message = "invalid YAML: \(YAMLSyntaxWords.english(problem))"
            if let context, let line, let column { message += " (\(context) at line \(line), column \(column))" }
            return message
        case .duplicateKey(let key, let line): return "duplicate key '\(key)'; it is already set at line \(line)"
        }
    }

    private var vietnamese: String {
        switch self {
        case .noSuchFile: return "không có tệp này"
        case .nameNotUTF8: return "tên tệp không phải UTF-8 (hiện thành '�'); hãy đổi tên tệp, gõ lại các chữ tiếng Việt"
        case .folderNameNotUTF8(let folder):
            return "tên thư mục \(folder) không phải UTF-8 (hiện thành '�'); hãy đổi tên thư mục, gõ lại các chữ tiếng Việt"
        case .isDirectory: return "thư mục này không có tệp kế hoạch nào (.yaml hoặc .yml); cần một tệp kế hoạch hoặc thư mục chứa chúng"
        case .symbolicLinkLoop: return "tệp là liên kết tượng trưng trỏ vòng về chính nó; cần một tệp kế hoạch"
        case .permissionDenied: return "không có quyền đọc tệp"
        case .unreadable(let reason): return "không đọc được tệp: \(reason)"
        case .notUTF8(let byte):
            return "tệp không phải văn bản UTF-8: byte \(Self.hex(byte)) tại đây không thuộc UTF-8; hãy lưu tệp dưới dạng UTF-8"
        case .forbiddenCharacter(let scalar):
            return "\(Self.characterName(scalar, .vi)) không được phép có trong tệp kế hoạch; hãy xóa đi hoặc viết dưới dạng mã thoát trong ngoặc kép"
        case .empty: return "tệp trống; cần một kế hoạch bắt đầu bằng 'format: 1'"
        case .severalDocuments: return "tệp chứa nhiều hơn một tài liệu YAML; mỗi tệp chỉ chứa một kế hoạch"
        case .alias(let name): return "không được dùng bí danh YAML '*\(name)' trong kế hoạch; hãy viết thẳng giá trị"
        case .unclosedQuote(let quote, let line):
            return "dấu \(quote) mở tại đây không được đóng trên cùng dòng nên văn bản kéo dài đến dòng \(line); hãy đóng bằng \(quote)"
        case .indentation(let line?, let column?):
            return "thụt lề sai: dòng này không thẳng hàng với khối bắt đầu ở dòng \(line), cột \(column); các mục của một danh sách, các khóa của một nhóm phải bắt đầu cùng một cột"
        case .indentation:
            return "thụt lề sai: dòng này không thẳng hàng với các dòng phía trên; các mục của một danh sách, các khóa của một nhóm phải bắt đầu cùng một cột"
        case .tabIndentation:
            return "dòng này thụt lề bằng phím Tab; YAML chỉ cho phép thụt lề bằng dấu cách: hãy thay mỗi Tab bằng dấu cách"
        case .colonInText:
            return "không được có dấu ':' tại đây; hãy kiểm tra thụt lề của dòng này (các khóa của một nhóm bắt đầu cùng một cột), hoặc đặt văn bản có ': ' trong ngoặc kép"
        case .syntax(let problem, let context, let line, let column):
            var message = "YAML không hợp lệ: \(YAMLSyntaxWords.vietnamese(problem))"
            if let context, let line, let column { message += " (\(YAMLSyntaxWords.vietnamese(context)) ở dòng \(line), cột \(column))" }
            return message
        case .duplicateKey(let key, let line): return "khóa '\(key)' bị lặp; khóa này đã được đặt ở dòng \(line)"
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count < 2 ? "0" + digits : digits)
    }

    /// "the control character U+0007 (BEL)", "ký tự điều khiển U+0000 (NUL)".
    static func characterName(_ value: UInt32, _ language: Language) -> String {
        let code = String(value, radix: 16, uppercase: true)
        let padded = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
        let names = ["NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF", "VT", "FF", "CR", "SO", "SI",
                     "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"]
        let control = value < 0x20 || (0x7F...0x9F).contains(value)
        let short = value < 0x20 ? " (\(names[Int(value)]))" : value == 0x7F ? " (DEL)" : ""
        switch language {
        case .en: return (control ? "the control character " : "the character ") + padded + short
        case .vi: return (control ? "ký tự điều khiển " : "ký tự ") + padded + short
        }
    }
}
