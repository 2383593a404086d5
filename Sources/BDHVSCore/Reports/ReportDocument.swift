import Foundation

/// A result report (Báo cáo kết quả) as a renderer-neutral document: the administrative
/// header, the title, blocks of content, and the signature. Markdown, HTML and .docx are
/// all written from this one model, so they always say the same thing.
public struct ReportDocument: Sendable, Equatable {
    /// The issuer as documents write it, one line each: "ỦY BAN NHÂN DÂN", "XÃ ĐÔNG TRÀ BỒNG".
    public var issuer: [String]
    /// "Số: 12/BC-UBND" or a blank to fill in.
    public var number: String
    /// The right-hand header: the national motto, or "ĐẢNG CỘNG SẢN VIỆT NAM" for the Party.
    public var motto: [String]
    /// "Đông Trà Bồng, ngày 31 tháng 12 năm 2025"
    public var placeAndDate: String
    /// "BÁO CÁO"
    public var kind: String
    /// "Kết quả thực hiện Phong trào “Bình dân học vụ số” năm 2025"
    public var title: String
    /// "Kính gửi": who the report is addressed to (none for a Party committee's report,
    /// which names them in its closing).
    public var addressees: [String]
    public var blocks: [ReportBlock]
    /// "Nơi nhận:" lines.
    public var recipients: [String]
    /// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", the name.
    public var signature: [String]
    /// How many of the issuer's first lines name the body above the issuer ("ĐẢNG BỘ TỈNH
    /// QUẢNG NGÃI", "UBND TỈNH QUẢNG NGÃI"): they are set upright, the issuer's own name bold.
    public var superiorLines: Int = 0
    /// Who issues it: a Party committee's header has "*" under its name instead of a rule, and
    /// "ĐẢNG CỘNG SẢN VIỆT NAM" underlined (Hướng dẫn 36-HD/VPTW).
    public var form: ReportForm = .committee
}

/// One piece of report content. Text is plain: renderers escape it for their format.
public enum ReportBlock: Sendable, Equatable {
    /// A section heading: level 1 "I. ĐẶC ĐIỂM, TÌNH HÌNH", level 2 "1. Công tác …".
    case heading(level: Int, text: String)
    case paragraph(String)
    case bullets([String])
    /// A table; `numeric` marks right-aligned columns.
    case table(headers: [String], rows: [[String]], numeric: Set<Int>)
    /// A part the officer has to write: shown as a marked blank.
    case blank(String)
    /// Task status per lead body, drawn as bars (HTML) or listed (Markdown, .docx).
    case statusChart([ChartRow])
}

/// One lead body's tasks by outcome, for the chart.
public struct ChartRow: Sendable, Equatable {
    public var agency: String
    public var done: Int
    public var overdue: Int
    /// Neither done nor overdue: in progress, ongoing, or deadline unknown.
    public var open: Int

    public var total: Int { done + overdue + open }

    /// The three columns' names, as the table and the chart's legend say them: the third is
    /// tasks not done and not overdue ("Chưa hoàn thành" there contradicted the count above
    /// it, whose "chưa hoàn thành" includes the overdue ones).
    static func columns(_ l: Language) -> [String] {
        [l.pick("Hoàn thành", "Done"), l.pick("Quá hạn", "Overdue"), l.pick("Chưa quá hạn", "Not overdue")]
    }
}

extension ReportDocument {
    /// Whether the issuer's line at `index` is bold: the issuer's own name is, the body above
    /// it and the Party's "*" are not.
    public func issuerIsBold(_ index: Int) -> Bool {
        index >= superiorLines && issuer[index] != "*"
    }

    /// "Kính gửi: Sở Khoa học và Công nghệ." on one line; several addressees one a line
    /// under "Kính gửi:", each ending ";" and the last ".". Empty when there is none.
    public func addressLines(_ l: Language) -> [String] {
        let lead = l.pick("Kính gửi:", "To:")
        let names = addressees.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ;.")) }.filter { !$0.isEmpty }
        switch names.count {
        case 0: return []
        case 1: return ["\(lead) \(names[0])."]
        default: return [lead] + names.enumerated().map { "- \($1)" + ($0 == names.count - 1 ? "." : ";") }
        }
    }
}
