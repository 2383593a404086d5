import Foundation

/// The officer's text for a part of a report as the report's paragraphs.
///
/// Every line is its own paragraph: numbered directions written one a line ("1. Đẩy mạnh …",
/// "2. Huy động …", as the communes' reports write section IV) stay one a line. Joining them
/// made one paragraph, on one line in Markdown and with raw line breaks inside one Word run,
/// which Word shows as spaces. Blank lines (between paragraphs) are dropped.
enum NotesParagraphs {
    static func blocks(_ text: String) -> [ReportBlock] {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .map { .paragraph($0) }
    }
}
