import Testing
@testable import BDHVSCore

/// The shortcuts of agency folding (`Folding.keys`, the byte-keyed memo, the directory's
/// folded entries) give what the long way gives.
@Suite struct FoldingMemoTests {
    static let texts = ["vhxh", "doan-tn", "VHXH", "Phòng VH-XH", "  Phòng   Văn hóa - Xã hội ", "Phong Van hoa  Xa hoi",
                        "Hội LHPN", "Ủy ban MTTQ Việt Nam", "a\tb", "ab ", " ab", "a  b", "", " ", "x\u{1}y", "Đoàn TN",
                        "hoá", "ho\u{0301}a", "VP HĐND–UBND", "ǅ", "İstanbul", "123", "a_b.c", "Ｖｈｘｈ"]

    @Test func keysAreKeyAndCompactKey() {
        for text in Self.texts {
            // Twice: computed, then remembered.
            for _ in 0..<2 {
                let keys = Folding.keys(text)
                #expect(keys.key == Folding.key(text), "\(text)")
                #expect(keys.compact == Folding.compactKey(text), "\(text)")
                // Compared by bytes, as the memo does.
                #expect(Array(keys.key.utf8) == Array(Folding.key(text).utf8), "\(text)")
            }
        }
    }

    @Test func byteTextComparesBytes() {
        // Canonically equivalent, different bytes: different keys of the memo.
        #expect(ByteText("hoá") != ByteText("hoa\u{0301}"))
        #expect(ByteText("hoá") == ByteText(String("xhoá".dropFirst())))
        #expect(Set([ByteText("a"), ByteText("a"), ByteText("b")]).count == 2)
    }

    @Test func foldedNamesAsBefore() {
        let agencies = [
            AgencyDefinition(id: "vhxh", name: "Phòng Văn hóa - Xã hội", aliases: ["Phòng VH-XH", "phòng vh-xh", "VHXH", "vhxh"],
                             massOrganisation: nil, collective: nil),
            AgencyDefinition(id: "ca", name: "Công an xã", aliases: nil, massOrganisation: nil, collective: nil),
            AgencyDefinition(id: "many", name: "Nhiều tên", aliases: (0..<40).map { "Tên \($0 % 20)" }, massOrganisation: nil, collective: nil),
            // Names that would run together in the memo's key are worked out each time.
            AgencyDefinition(id: "a", name: "b\u{1}c", aliases: nil, massOrganisation: nil, collective: nil),
            AgencyDefinition(id: "a", name: "b", aliases: ["c"], massOrganisation: nil, collective: nil),
        ]
        for agency in agencies {
            let before = Set(AgencyDirectory.names(of: agency).map(Folding.key)).sorted().map { ($0, Folding.compactKey($0)) }
            // Twice: worked out, then remembered.
            for _ in 0..<2 {
                let now = PreparedPlan.foldedNames(of: agency)
                #expect(now.names.map(\.folded) == before.map(\.0))
                #expect(now.names.map(\.compact) == before.map(\.1))
            }
        }
        // The key of a set of names, as the migration to sets writes it in SQL: the names in
        // byte order, each as its length in characters, a colon and the name.
        #expect(PreparedPlan.foldedNames(of: agencies[1]).key == "2:ca10:cong an xa")
        #expect(AgencyNames([("b", "b"), ("ä", "a"), ("a", "a")]).key == "1:a1:b1:ä")
    }

    @Test func longDirectoryResolvesAsShort() {
        // Past 64 names the directory hashes its keys; the first agency of a name keeps it.
        let agencies = (0..<30).map { AgencyDefinition(id: "co-quan-\($0)", name: "Cơ quan số \($0)", aliases: ["CQ \($0)", "Chung"],
                                                        massOrganisation: nil, collective: nil) }
        let long = AgencyDirectory(agencies)
        #expect(long.entries.count == 120)
        for index in [0, 7, 29] {
            #expect(long.resolve("co quan so \(index)")?.id == "co-quan-\(index)")
            #expect(long.resolve("cq-\(index)")?.id == "co-quan-\(index)")
            let short = AgencyDirectory(Array(agencies[0...index]))
            #expect(short.resolve("CQ \(index)")?.id == long.resolve("CQ \(index)")?.id)
        }
        #expect(long.resolve("chung")?.id == "co-quan-0")
        #expect(long.resolve("khong co") == nil)
    }

    @Test func twoNamesOfOneAgencyTakenOnceReported() {
        // Two aliases of 'ca' fold to the id of 'vhxh' (one finding, at the first), a third to its name.
        let text = """
            format: 1
            id: p1
            title: Kế hoạch
            commune: Xã A
            province: Tỉnh B
            year: 2025
            issuer: UBND xã A
            agencies:
              - {id: vhxh, name: "Phòng Văn hóa - Xã hội"}
              - {id: ca, name: "Công an xã", aliases: ["VHXH", "vhxh", "phòng văn hóa - xã hội"]}
            tasks:
              - {id: nv1, title: "Việc", lead: vhxh, timeline: "Năm 2025"}

            """
        let outcome = PlanLoader.check(text: text, file: "p.yaml")
        #expect(outcome.diagnostics.map(\.description) == [
            "p.yaml:10:44: error: name 'VHXH' of agency 'ca' already names agency 'vhxh' at line 9; a name must point to one agency",
            "p.yaml:10:60: error: name 'phòng văn hóa - xã hội' of agency 'ca' already names agency 'vhxh' at line 9; a name must point to one agency",
        ])
    }
}
