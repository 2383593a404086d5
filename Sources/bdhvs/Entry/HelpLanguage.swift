import Foundation
import BDHVSCore

/// Help in the user's language. bdhvs's own help (abstracts, discussions, option help) is
/// written in both languages where it is declared (`Help.text`); the few words that
/// ArgumentParser adds (section titles, its own options) are English in the library, and are
/// replaced here.
enum HelpLanguage {
    /// ArgumentParser's words and their Vietnamese.
    static let vietnamese: [(String, String)] = [
        ("OVERVIEW: ", "TỔNG QUAN: "),
        ("USAGE: ", "CÚ PHÁP: "),
        ("\nARGUMENTS:\n", "\nTHAM SỐ:\n"),
        ("\nOPTIONS:\n", "\nTÙY CHỌN:\n"),
        ("\nSUBCOMMANDS:\n", "\nLỆNH CON:\n"),
        ("Show help information.", "Xem hướng dẫn."),
        ("Show the version.", "Xem phiên bản."),
        ("<subcommand>' for detailed help.", "<lệnh>' để xem hướng dẫn chi tiết."),
        ("  See '", "  Xem '"),
        // Without the space that follows: help is wrapped before this, maybe right there.
        ("(default:", "(mặc định:"),
        ("(values:", "(giá trị:"),
        ("; default:", "; mặc định:"),
        ("<subcommand>", "<lệnh>"),
        ("[<options>]", "[<tùy chọn>]"),
    ]

    /// The Vietnamese of the value names options and arguments are declared with (`<date>`),
    /// which help, usage lines and usage errors show between angle brackets.
    static let valueNames: [String: String] = [
        "address": "địa chỉ", "agency": "cơ quan", "amount": "số tiền", "by": "theo", "char": "ký tự", "count": "số lượng",
        "date": "ngày", "days": "số ngày", "file": "tệp", "file-or-folder": "tệp hoặc thư mục", "format": "định dạng",
        "group": "nhóm", "indicator": "chỉ tiêu", "lang": "ngôn ngữ", "level": "cấp", "member": "thành viên", "name": "tên",
        "path": "tệp", "percent": "phần trăm", "period": "kỳ", "plan": "kế hoạch", "port": "cổng", "public-key": "khóa công khai",
        "source": "nguồn", "task": "nhiệm vụ", "text": "nội dung", "unit": "đơn vị", "value": "giá trị", "village": "thôn",
        "year": "năm",
    ]

    /// `text` (a help screen of ArgumentParser) in `language`.
    static func localize(_ text: String, _ language: Language) -> String {
        guard language == .vi else { return text }
        return vietnamese.reduce(text) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}

/// A help text written in both languages, chosen by the session's language.
enum Help {
    /// The Vietnamese or the English wording, for the language of this run.
    static func text(_ vietnamese: String, _ english: String) -> String {
        Session.current.language == .vi ? vietnamese : english
    }

    /// The value name `english` (as declared: `date`, `amount`) in the language of this run.
    static func value(_ english: String) -> String {
        Session.current.language == .vi ? HelpLanguage.valueNames[english] ?? english : english
    }

    /// The help of a date option: what the day is, then the form officials write
    /// (dd/mm/yyyy; YYYY-MM-DD is accepted too, and the refusal of a bad date says so),
    /// then an optional remark in parentheses, such as the default.
    static func date(_ vietnamese: String, _ english: String, then remark: (String, String)? = nil) -> String {
        let form = ", dd/mm/yyyy"
        let note = remark.map { " (\(text($0.0, $0.1)))" } ?? ""
        return text(vietnamese, english) + form + note + "."
    }
}
