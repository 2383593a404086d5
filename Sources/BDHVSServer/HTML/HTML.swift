import BDHVSCore

/// Small builders of HTML text. Every text that comes from a plan, a record or a request
/// goes through `e` (the core's `HTMLEscaping`, the one escaping rule of bdhvs).
enum HTML {
    static func e(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// A link, or the bare text when there is no address.
    static func link(_ text: String, _ href: String?) -> String {
        guard let href else { return e(text) }
        return "<a href=\"\(e(href))\">\(e(text))</a>"
    }
}

/// One cell of a table: text, an optional link, whether it is a number (right-aligned), and
/// a `data-key` for programs (and tests) reading the page.
struct Cell: Sendable {
    var text: String
    var href: String? = nil
    var numeric = false
    var key: String? = nil
    /// A bar drawn under the text, a fraction from 0 to 1 (a coverage).
    var bar: Double? = nil

    static func number(_ value: Int, _ words: Words, key: String? = nil) -> Cell {
        Cell(text: words.number(value), numeric: true, key: key)
    }
}

/// A table with a caption, its header, rows and a link to the same rows as CSV.
struct Table: Sendable {
    var caption: String
    var columns: [(title: String, numeric: Bool)]
    var rows: [[Cell]]
    var csv: String? = nil
    var empty: String

    func render(_ words: Words) -> String {
        var out = "<section class=\"table\"><h2>\(HTML.e(caption))</h2>"
        if let csv {
            out += "<p class=\"download\"><a href=\"\(HTML.e(csv))\">\(HTML.e(words.pick("Tải bảng (CSV)", "Download table (CSV)")))</a></p>"
        }
        guard !rows.isEmpty else { return out + "<p class=\"empty\">\(HTML.e(empty))</p></section>" }
        out += "<table><thead><tr>"
        for column in columns { out += "<th\(column.numeric ? " class=\"n\"" : "")>\(HTML.e(column.title))</th>" }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for cell in row {
                var attributes = cell.numeric ? " class=\"n\"" : ""
                if let key = cell.key { attributes += " data-key=\"\(HTML.e(key))\"" }
                var content = HTML.link(cell.text, cell.href)
                if let bar = cell.bar {
                    let width = Int((min(max(bar, 0), 1) * 100).rounded())
                    content += "<svg class=\"bar\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" aria-hidden=\"true\"><rect width=\"100\" height=\"6\" fill=\"#e0e0e0\"/><rect width=\"\(width)\" height=\"6\" fill=\"#2e7d32\"/></svg>"
                }
                out += "<td\(attributes)>\(content)</td>"
            }
            out += "</tr>"
        }
        return out + "</tbody></table></section>"
    }
}
