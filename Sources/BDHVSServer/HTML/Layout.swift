import BDHVSCore

/// The frame of every page: title, breadcrumbs, the as-of date chosen in a GET form (with
/// the page's filters kept), the other language, and the page's sections. Readable without
/// JavaScript (there is none) and printable on A4 (`Stylesheet`).
struct Layout {
    var context: PageContext
    var title: String
    /// From the country down to this page: (label, address); the last has no address.
    var crumbs: [(String, String?)]
    /// The page's path and its filter parameters, kept by the date form and the language link.
    var path: String
    var filters: [(String, String)] = []
    /// Form fields of the page's filters (already HTML), shown beside the date.
    var filterFields: String = ""

    func render(_ sections: [String]) -> String {
        let w = context.words
        var out = "<!DOCTYPE html>\n<html lang=\"\(context.language.rawValue)\"><head><meta charset=\"utf-8\">"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        out += "<title>\(HTML.e(title)) · bdhvs</title><link rel=\"stylesheet\" href=\"/style.css\"></head><body>"
        out += "<header><nav class=\"crumbs\" aria-label=\"\(HTML.e(w.pick("Vị trí", "Location")))\">"
        out += crumbs.map { HTML.link($0.0, $0.1) }.joined(separator: " › ")
        out += "</nav><p class=\"lang\"><a href=\"\(HTML.e(context.otherLanguage(path, filters)))\">\(context.language == .vi ? "English" : "Tiếng Việt")</a></p>"
        out += "<h1>\(HTML.e(title))</h1>"
        out += "<form method=\"get\" action=\"\(HTML.e(path))\" class=\"asof\"><label>\(HTML.e(w.pick("Tính đến ngày", "As of"))) "
        // A text field in dd/mm/yyyy: a date field shows the browser's locale (12/31/2025 in an
        // English Chromium), which officials would read as the 12th of the 31st month.
        out += "<input type=\"text\" name=\"as_of\" value=\"\(context.asOf.vietnamese)\" placeholder=\"dd/mm/yyyy\" "
            + "inputmode=\"numeric\" pattern=\"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}\" size=\"10\" maxlength=\"10\" required></label>"
        out += filterFields
        if context.language == .en { out += "<input type=\"hidden\" name=\"lang\" value=\"en\">" }
        out += " <button type=\"submit\">\(HTML.e(w.pick("Xem", "Show")))</button></form>"
        out += "<p class=\"printed\">\(HTML.e(w.pick("Tính đến ngày", "As of"))) \(w.date(context.asOf))</p></header><main>"
        if let notice = context.notice { out += "<p class=\"notice\" data-key=\"notice\">\(HTML.e(notice))</p>" }
        out += sections.joined()
        out += "</main><footer>bdhvs · \(HTML.e(w.pick("Bình dân học vụ số", "Bình dân học vụ số (digital literacy for all)")))</footer></body></html>\n"
        return out
    }

    /// A text filter field.
    static func textField(_ name: String, label: String, value: String?) -> String {
        " <label>\(HTML.e(label)) <input type=\"search\" name=\"\(name)\" value=\"\(HTML.e(value ?? ""))\" maxlength=\"200\"></label>"
    }

    /// A checkbox filter field.
    static func checkbox(_ name: String, label: String, checked: Bool) -> String {
        " <label><input type=\"checkbox\" name=\"\(name)\" value=\"1\"\(checked ? " checked" : "")> \(HTML.e(label))</label>"
    }
}
