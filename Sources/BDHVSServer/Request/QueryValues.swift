import BDHVSCore

/// The query parameters of one request, read against the names a page takes: an unknown
/// name or a bad value is a 400 page that says what was expected, never a guess.
struct QueryValues: Sendable {
    /// Parameters every page takes: the as-of date, the language, the access token.
    static let common = ["as_of", "lang", "token"]

    let values: [String: String]
    /// The day pages count as of: `as_of`, else the server's today.
    let asOf: CivilDate
    let language: Language

    init(_ query: [String: String], allowed: [String], today: CivilDate) throws(DashboardFailure) {
        let known = Self.common + allowed
        if let unknown = query.keys.sorted().first(where: { !known.contains($0) }) {
            throw .unknownParameter(unknown, known: known.filter { $0 != "token" })
        }
        values = query
        switch query["lang"] {
        case nil, "", "vi": language = .vi
        case "en": language = .en
        case let other?: throw .badValue(parameter: "lang", value: other, expected: "'vi', 'en'")
        }
        if let text = query["as_of"], !text.isEmpty {
            // The page's field reads dd/mm/yyyy as officials write dates; links carry YYYY-MM-DD.
            asOf = try Self.date(text, parameter: "as_of")
        } else {
            asOf = today
        }
    }

    /// A text parameter; nil when absent or empty. At most 200 characters.
    func text(_ name: String) throws(DashboardFailure) -> String? {
        guard let value = values[name]?.trimmingSpaces, !value.isEmpty else { return nil }
        guard value.count <= 200 else { throw .badValue(parameter: name, value: String(value.prefix(40)) + "…", expected: "≤ 200") }
        return value
    }

    /// A yes/no parameter: "1" (or "on", as a checkbox sends it) is yes; absent, empty or "0" no.
    func flag(_ name: String) throws(DashboardFailure) -> Bool {
        switch values[name] {
        case nil, "", "0": return false
        case "1", "on": return true
        case let other?: throw .badValue(parameter: name, value: other, expected: "0/1")
        }
    }

    /// One of the six status categories by its JSON name; nil when absent or empty.
    func category(_ name: String) throws(DashboardFailure) -> TaskCategory? {
        guard let value = values[name], !value.isEmpty else { return nil }
        guard let category = TaskCategory(rawValue: value) else {
            throw .badValue(parameter: name, value: value, expected: TaskCategory.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return category
    }

    /// A date parameter other than `as_of`; nil when absent or empty.
    func date(_ name: String) throws(DashboardFailure) -> CivilDate? {
        guard let text = values[name], !text.isEmpty else { return nil }
        return try Self.date(text, parameter: name)
    }

    /// A date as the command line reads it (`Invocation.parseDate`), so that an impossible
    /// day says why ("tháng 2 năm 2025 có 28 ngày") instead of asking for the form it has.
    private static func date(_ text: String, parameter: String) throws(DashboardFailure) -> CivilDate {
        guard text.utf8.count <= 10 else { throw .badValue(parameter: parameter, value: text, expected: "DD/MM/YYYY") }
        do {
            return try Invocation.parseDate(text, source: "'\(parameter)'")
        } catch let error as InvocationError {
            throw .refused(vi: error.text(.vi), en: error.text(.en))
        } catch {
            throw .badValue(parameter: parameter, value: text, expected: "DD/MM/YYYY")
        }
    }
}

extension StringProtocol {
    /// Without spaces at either end.
    var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
