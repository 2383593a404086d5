import BDHVSCore

/// Tables more than one level shows.
enum SharedTables {
    /// Overdue per lead body: most overdue first (the store's order for ties).
    static func byLead(_ rows: [LeadCount], context: PageContext, csv: String, caption: String) -> Table {
        let w = context.words
        let sorted = rows.enumerated().sorted { ($1.element.overdue, $0.offset) < ($0.element.overdue, $1.offset) }.map(\.element)
        return Table(
            caption: caption,
            columns: [(w.pick("Cơ quan chủ trì", "Lead body"), false), (w.pick("Số nhiệm vụ", "Tasks"), true),
                      (w.pick("Hoàn thành", "Done"), true), (w.pick("Quá hạn", "Overdue"), true)],
            rows: sorted.map { [Cell(text: $0.agency), .number($0.total, w), .number($0.done, w), .number($0.overdue, w, key: "lead-overdue")] },
            csv: csv, empty: w.pick("Không có nhiệm vụ.", "No tasks."))
    }

    /// The date each commune's data is as of (from its latest package) and who has not reported.
    static func freshness(_ rows: [CommuneFreshness], context: PageContext, csv: String) -> Table {
        let w = context.words
        return Table(
            caption: w.pick("Dữ liệu của các xã, phường (gói dữ liệu mới nhất)", "Communes' data (latest package)"),
            columns: [(w.pick("Xã, phường", "Commune"), false), (w.pick("Tỉnh", "Province"), false),
                      (w.pick("Dữ liệu tính đến ngày", "Data as of"), false), (w.pick("Cách ngày xem", "Days old"), true)],
            rows: rows.map { row in
                [Cell(text: PlaceName.shown(kind: row.communeKind, name: row.commune)), Cell(text: row.province),
                 Cell(text: row.asOf.map(w.date) ?? w.pick("chưa gửi gói dữ liệu", "no package received"), key: row.asOf == nil ? "not-reported" : "as-of"),
                 row.asOf.map { Cell.number($0.days(until: context.asOf), w) } ?? Cell(text: "—", numeric: true)]
            },
            csv: csv, empty: w.pick("Cơ sở dữ liệu này không nhận gói dữ liệu của xã, phường nào.", "This database receives no commune's packages."))
    }
}

/// One commune's freshness as the dashboard shows it (filled from the packages' store query).
struct CommuneFreshness: Sendable, Equatable {
    var commune: String
    /// "xã", "phường", "đặc khu"; empty when not known or held in the name.
    var communeKind: String = ""
    var province: String
    var asOf: CivilDate?
}
