import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Dates typed in Excel: a cell holds a number of days (45930) and its style says to show it
/// as a date (30/09/2025). The timeline column of a spreadsheet is often typed so; read as
/// its number, the timeline was "45930" and not understood.
struct XlsxDates {
    /// What of a date a style shows: the day ("30/09/2025"), the month alone ("09/2025",
    /// "Tháng 09/2025") or the year.
    enum Shown: Sendable { case day, month, year }
    /// The cell styles (indexes into `cellXfs`) that show a number as a date, and what of it.
    var dateStyles: [Int: Shown] = [:]
    /// The workbook counts days from 1904 (old Excel for Mac) instead of 1900.
    var from1904 = false

    /// Reads `xl/styles.xml` and `xl/workbook.xml`, either of which may be absent (no date then).
    init(styles: Data?, workbook: Data?) {
        if let styles {
            let delegate = StylesDelegate()
            if OfficeArchive.parse(styles, with: delegate) { dateStyles = delegate.dateStyles }
        }
        if let workbook, let text = String(data: workbook, encoding: .utf8) {
            from1904 = text.range(of: #"date1904="(1|true)""#, options: .regularExpression) != nil
        }
    }

    init() {}

    /// "30/09/2025" for a number of days in a date style, nil otherwise (a plain number, a
    /// day outside Excel's calendar, 1 January 1900 to 31 December 9999; a time of day kept
    /// with the date is dropped). A style showing the month alone gives "Tháng 9/2025", as the
    /// cell reads (its 1st of the month made the deadline a month early), the year alone
    /// "Năm 2025".
    func text(of value: String, style: Int?) -> String? {
        guard let style, let shown = dateStyles[style], let serial = Double(value.trimmingWhitespace), serial.isFinite,
              serial >= 1, serial < 2_958_466 else { return nil }
        // Excel's day 1 is 1 January 1900 and it counts a 29 February 1900 that never was:
        // from day 61 on, day n is n days after 30 December 1899, 25.569 days before
        // 1 January 1970 (1904: n days after 1 January 1904, 24.107 days before it).
        let days = Int(serial.rounded(.down))
        let offset = from1904 ? -24_107 : (days < 61 ? -25_568 : -25_569)
        let date = CivilDate(dayNumber: days + offset)
        switch shown {
        case .day: return date.vietnamese
        case .month: return "Tháng \(date.month)/\(date.year)"
        case .year: return "Năm \(date.year)"
        }
    }

    /// What of a date a number format shows, nil for no date: one of Excel's built-in date
    /// formats (17, "mmm-yy", the month), or a code with a day or a year in it once its quoted
    /// text and [colour] parts are left out: a day shown, else a month ("mm/yyyy"), else the year.
    static func shown(formatID: Int, code: String?) -> Shown? {
        if formatID == 17 { return .month }
        if (14...22).contains(formatID) || (27...36).contains(formatID) || (50...58).contains(formatID) { return .day }
        guard let code else { return nil }
        let bare = code.replacingOccurrences(of: #""[^"]*"|\[[^\]]*\]|\\."#, with: "", options: .regularExpression).lowercased()
        if bare.contains("d") { return .day }
        guard bare.contains("y") else { return nil }
        return bare.contains("m") ? .month : .year
    }
}

/// Collects the date styles of `styles.xml`: its custom number formats, then each `xf` of
/// `cellXfs` in order.
private final class StylesDelegate: NSObject, XMLParserDelegate {
    var dateStyles: [Int: XlsxDates.Shown] = [:]
    private var codes: [Int: String] = [:]
    private var inCellXfs = false
    private var position = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }) { codes[id] = attributes["formatCode"] }
        case "cellXfs":
            inCellXfs = true
        case "xf" where inCellXfs:
            let id = attributes["numFmtId"].flatMap { Int($0) } ?? 0
            if let shown = XlsxDates.shown(formatID: id, code: codes[id]) { dateStyles[position] = shown }
            position += 1
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "cellXfs" { inCellXfs = false }
    }
}
