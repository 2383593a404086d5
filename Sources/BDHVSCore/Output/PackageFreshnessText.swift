/// The province's list of whom to call, as text: the communes to call first, then the
/// others with the day their data is as of.
public struct PackageFreshnessText: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    private func pick(_ vietnamese: String, _ english: String) -> String { language == .vi ? vietnamese : english }

    public func render(_ freshness: PackageFreshness) -> String {
        guard !freshness.communes.isEmpty else {
            return pick("Chưa có xã, phường nào gửi hoặc được tin cậy khóa gói dữ liệu.\n", "No commune has sent a package or has a trusted key yet.\n")
        }
        let width = freshness.communes.map { DisplayWidth.of(TerminalText.line($0.place)) }.max() ?? 0
        let indent = freshness.since == nil ? "  " : "    "
        func line(_ commune: PackageFreshness.Commune) -> String {
            let name = TerminalText.line(commune.place)
            let padded = name + String(repeating: " ", count: max(0, width - DisplayWidth.of(name)))
            guard let asOf = commune.asOf else { return indent + padded + "  " + pick("chưa gửi gói dữ liệu", "no package yet") }
            return indent + padded + "  " + pick("dữ liệu tính đến ngày \(asOf.vietnamese)", "data as of \(asOf.iso)")
        }
        let toCall = freshness.toCall
        let current = freshness.communes.filter { $0.state == .current }
        var lines: [String] = []
        if let since = freshness.since {
            lines.append(pick("Dữ liệu các xã, phường (cần tính đến ngày \(since.vietnamese)):", "Communes' data (needed as of \(since.iso)):"))
            lines.append(pick("  Cần liên hệ (\(toCall.count)):", "  To call (\(toCall.count)):"))
            lines += toCall.isEmpty ? ["    " + pick("không có", "none")] : toCall.map(line)
            lines.append(pick("  Đã cập nhật (\(current.count)):", "  Up to date (\(current.count)):"))
            lines += current.isEmpty ? ["    " + pick("không có", "none")] : current.map(line)
        } else {
            lines.append(pick("Dữ liệu các xã, phường:", "Communes' data:"))
            lines += freshness.communes.map(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
