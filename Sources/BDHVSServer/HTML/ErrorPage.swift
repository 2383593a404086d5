import BDHVSCore

/// The page of a failure: its status, what went wrong in the reader's language, a link
/// home. Never a stack trace, never the request echoed unescaped.
enum ErrorPage {
    static func render(_ failure: DashboardFailure, language: Language) -> DashboardResponse {
        let w = Words(language: language)
        let title: String
        switch failure.status {
        case 404: title = w.pick("Không tìm thấy", "Not found")
        case 500: title = w.pick("Lỗi máy chủ", "Server error")
        case 401: title = w.pick("Cần mã truy cập", "Access token needed")
        default: title = w.pick("Yêu cầu không hợp lệ", "Bad request")
        }
        let body = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(failure.status) · \(HTML.e(title))</title>\
            <link rel="stylesheet" href="/style.css"></head><body><header><h1>\(failure.status) · \(HTML.e(title))</h1></header>\
            <main><p data-key="error">\(HTML.e(failure.text(language)))</p><p><a href="/\(language == .en ? "?lang=en" : "")">\
            \(HTML.e(w.pick("Về trang toàn quốc", "To the national page")))</a></p></main></body></html>

            """
        return .html(body, status: failure.status)
    }

    /// The failure of an `/api/` route as JSON, which the program that asked reads:
    /// `{"error": {"id", "message", "status"}}` (an HTML page there broke its parser).
    static func json(_ failure: DashboardFailure, language: Language) -> DashboardResponse {
        struct Body: Encodable {
            struct Failure: Encodable {
                var id: String
                var message: String
                var status: Int
            }
            var error: Failure
        }
        let body = Body(error: .init(id: failure.id, message: failure.text(language), status: failure.status))
        let text = (try? JSONOutput.render(body)) ?? "{\"error\" : null}\n"
        return .json(text, status: failure.status)
    }
}
