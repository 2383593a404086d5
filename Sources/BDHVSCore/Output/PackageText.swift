/// The terminal text and JSON of the `package` commands, in Vietnamese or English.
public struct PackageText: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    private func pick(_ vietnamese: String, _ english: String) -> String { language == .vi ? vietnamese : english }

    /// After `package keygen`.
    public func keygen(privatePath: String, publicKey: String) -> String {
        pick("""
            Đã tạo khóa bí mật \(privatePath) (chỉ chủ tệp đọc được; giữ kín, sao lưu an toàn) và khóa công khai \(privatePath).pub:
              \(publicKey)
            Gửi khóa công khai cho tỉnh qua kênh chính thức để tỉnh ghi nhận bằng 'bdhvs package trust'.

            """, """
            Wrote the private key \(privatePath) (readable by its owner only; keep it secret, back it up safely) and the public key \(privatePath).pub:
              \(publicKey)
            Send the public key to the province through an official channel, for 'bdhvs package trust'.

            """)
    }

    /// After `package export`.
    public func exported(_ meta: PackageMeta, path: String) -> String {
        pick("Đã đóng gói \(meta.plans.count) kế hoạch của \(meta.place), \(meta.province) tính đến ngày \(meta.asOf.vietnamese) vào \(path) (\(meta.plans.joined(separator: ", "))).\n",
             "Packed \(meta.plans.count) plan(s) of \(meta.place), \(meta.province) as of \(meta.asOf.iso) into \(path) (\(meta.plans.joined(separator: ", "))).\n")
    }

    /// After `package trust`.
    public func trusted(_ key: String, commune: String, province: String, replaced: Bool) -> String {
        pick("Đã tin cậy khóa \(key) cho \(commune), \(province)" + (replaced ? "; khóa cũ không còn được chấp nhận.\n" : ".\n"),
             "Trusted key \(key) for \(commune), \(province)" + (replaced ? "; the earlier key is no longer accepted.\n" : ".\n"))
    }

    /// After `package import`: one line per file, then the totals.
    public func imported(_ outcomes: [PackageFileOutcome]) -> String {
        var lines = outcomes.map(line)
        let taken = outcomes.filter { $0.result?.counts != nil }.count
        let same = outcomes.filter { $0.result != nil && $0.result?.counts == nil }.count
        let refused = outcomes.filter { $0.refusal != nil }.count
        lines.append(pick("Tổng: nhận \(taken), không đổi \(same), từ chối \(refused) gói.",
                          "In all: \(taken) imported, \(same) unchanged, \(refused) refused."))
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ outcome: PackageFileOutcome) -> String {
        let file = TerminalText.line(outcome.file)
        if let refusal = outcome.refusal { return "\(file): " + pick("từ chối: ", "refused: ") + TerminalText.line(refusal.text(language)) }
        guard let result = outcome.result else { return file }
        let meta = result.meta
        let whose = pick("\(meta.place), \(meta.province) tính đến ngày \(meta.asOf.vietnamese)", "\(meta.place), \(meta.province) as of \(meta.asOf.iso)")
        guard result.counts != nil else {
            return "\(file): " + pick("không đổi (gói của \(whose) đã được nhận)", "unchanged (the package of \(whose) was already imported)")
        }
        let total = result.total
        return "\(file): " + pick("đã nhận gói của \(whose): thêm \(total.added), cập nhật \(total.updated), không đổi \(total.unchanged), xóa \(total.removed) dòng",
                                  "imported the package of \(whose): \(total.added) rows added, \(total.updated) updated, \(total.unchanged) unchanged, \(total.removed) removed")
    }
}

/// One file of `package import --format json`.
public struct PackageOutcomeJSON: Encodable, Sendable {
    public var file: String
    /// "imported", "unchanged" or "refused".
    public var status: String
    public var commune: String?
    /// "xã", "phường", "đặc khu" as the package's plans write it (empty when its name holds it).
    public var communeKind: String?
    public var province: String?
    public var asOf: CivilDate?
    public var madeAt: String?
    public var rows: PackageCounts?
    public var tables: [String: PackageCounts]?
    public var reason: String?
    public var reasonID: String?

    enum CodingKeys: String, CodingKey {
        case file, status, commune, communeKind = "commune_kind", province, asOf = "as_of", madeAt = "made_at", rows, tables, reason, reasonID = "reason_id"
    }
}

extension PackageFileOutcome {
    /// The outcome as `--format json` writes it, its reason in `language`.
    public func json(_ language: Language) -> PackageOutcomeJSON {
        let meta = result?.meta
        let status = refusal != nil ? "refused" : (result?.counts == nil ? "unchanged" : "imported")
        return PackageOutcomeJSON(file: file, status: status, commune: meta?.commune, communeKind: meta?.communeKind, province: meta?.province, asOf: meta?.asOf,
                                  madeAt: meta?.madeAt, rows: result?.counts == nil ? nil : result?.total, tables: result?.counts,
                                  reason: refusal?.text(language), reasonID: refusal?.id)
    }
}
