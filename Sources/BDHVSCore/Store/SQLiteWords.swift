/// SQLite's own sentences, which reach a user as the reason a database could not be opened
/// or written ("database or disk is full"), in Vietnamese: an official reading Vietnamese
/// gets the cause and what to do in Vietnamese. A sentence not listed is kept as SQLite wrote it.
enum SQLiteWords {
    /// `reason` in Vietnamese when it is one of SQLite's (or the opener's) common sentences.
    static func vietnamese(_ reason: String) -> String {
        let known: [String: String] = [
            "database or disk is full": "ổ đĩa đã đầy; hãy giải phóng dung lượng rồi thử lại",
            "disk i/o error": "lỗi đọc, ghi ổ đĩa (đường dẫn là một thư mục, ổ đĩa hỏng hoặc đã bị rút ra)",
            "database disk image is malformed": "tệp cơ sở dữ liệu bị hỏng; hãy khôi phục từ bản sao lưu",
            "file is not a database": "tệp không phải cơ sở dữ liệu",
            "unable to open database file": "không mở được tệp (đường dẫn là một thư mục, thư mục chứa tệp không có, hoặc không có quyền)",
            "attempt to write a readonly database": "tệp chỉ được phép đọc",
            "database is locked": "cơ sở dữ liệu đang bị một chương trình khác khóa; hãy thử lại sau",
            "access permission denied": "không có quyền truy cập tệp",
            "the file cannot be created": "không tạo được tệp",
        ]
        return known[reason.lowercased()] ?? reason
    }
}
