/// Splits a cell that names bodies into their names as a person reads it: one per line,
/// and within a line at ";", "," or "và" when what follows starts a body's name
/// ("Phòng VH-XH và Công an xã" is two; "Bộ Văn hóa, Thể thao và Du lịch" is one).
enum BodyNames {
    /// The folded first words with which the name of a body starts.
    static let heads: [String] = [
        "phong", "ban", "cong an", "ca", "ubnd", "uy ban", "trung tam", "tt", "van phong", "vp", "hoi", "doan",
        "truong", "so", "bo", "mat tran", "mttq", "ubmttq", "dang uy", "to cong nghe", "to chuyen doi", "chi cuc", "cuc", "vien", "cac",
        "dai", "buu dien", "hop tac xa", "bch", "bchqs", "bcd", "hdnd", "tram", "chi bo", "chi hoi", "huyen uy",
        "tinh uy", "lien doan", "quan doi", "bao", "cong ty", "ngan hang", "vnpt", "viettel", "thon", "khu pho",
        "thanh tra", "tong cuc", "kiem toan", "toa an",
    ]

    /// The names in `text`, in order, trimmed, without a final "." or ",".
    static func split(_ text: String) -> [String] {
        text.split(separator: "\n").flatMap { $0.split(separator: ";") }.flatMap { splitLine(String($0)) }
            .map { $0.trimmingWhitespace.trimmingEnds([".", ",", ";", ":"]).trimmingWhitespace }
            .filter { !$0.isEmpty }
    }

    /// The names in a lead cell, and whether a scope was cut from them: "Bộ Công an, Bộ Khoa
    /// học và Công nghệ với các tiêu chuẩn … áp dụng chung toàn quốc; các bộ, ngành với các
    /// tiêu chuẩn … nội ngành" (Quyết định 2629/QĐ-TTg, Phụ lục II, task I.4) names three
    /// leads, each "với" what it is for. It read as two bodies named by the whole phrases.
    /// "X phối hợp với Y" is left as written.
    static func leads(_ text: String) -> (names: [String], scoped: Bool) {
        var scoped = false
        let parts = text.split(separator: "\n").flatMap { $0.split(separator: ";") }.map { part -> String in
            let words = part.split(separator: " ").map(String.init)
            guard let index = words.indices.dropFirst().first(where: { Folding.key(words[$0]) == "voi" }) else { return String(part) }
            let head = words[..<index].joined(separator: " ")
            let key = Folding.key(head)
            guard !["phoi hop", "cung", "lam viec", "gan"].contains(where: { key.hasSuffix($0) }),
                  startsBody(head) || key.hasPrefix("cac ") else { return String(part) }
            scoped = true
            return head
        }
        return (parts.flatMap(split), scoped)
    }

    /// Whether `name` is written for many bodies at once ("các cơ quan", "UBND các xã",
    /// "Bộ, ngành, địa phương", "Sở, ban, ngành có liên quan", "Viện, Trường": kinds of body
    /// listed with commas and no name of their own). A body whose own name holds "các"
    /// ("Liên hiệp các Hội Khoa học và Kỹ thuật", "Ban Quản lý các khu công nghiệp") is one.
    static func isPlural(_ name: String) -> Bool {
        var key = Folding.key(name)
        if ["lien hiep ", "ban quan ly ", "hiep hoi ", "lien doan "].contains(where: key.hasPrefix) { return false }
        if key.hasPrefix("cac ") || key.contains(" cac ") { return true }
        for qualifier in [" co lien quan", " lien quan"] where key.hasSuffix(qualifier) {
            key = String(key.dropLast(qualifier.count))
            break
        }
        let kinds: Set<String> = ["bo", "nganh", "dia phuong", "co quan", "don vi", "to chuc", "xa", "phuong", "tinh", "thanh pho",
                                  "so", "ban", "vien", "truong", "doanh nghiep"]
        let parts = key.split(separator: ",").flatMap { $0.split(separator: " va ", omittingEmptySubsequences: true) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.count > 1 && parts.allSatisfy(kinds.contains)
    }

    private static func splitLine(_ line: String) -> [String] {
        let words = line.split(separator: " ").map(String.init)
        // "Bộ Tài chính, các bộ, ngành, địa phương": bodies by name, then a phrase for many
        // bodies ("các …", after "," or "và"), which runs to the end of the line.
        if let start = words.indices.dropFirst().first(where: { index in
            Folding.key(words[index]) == "cac" && (words[index - 1].hasSuffix(",") || Folding.key(words[index - 1]) == "va")
        }) {
            var head = Array(words[..<start])
            if Folding.key(head.last ?? "") == "va" { head.removeLast() }
            let named = head.joined(separator: " ").trimmingEnds([","])
            if startsBody(named), !isPlural(named) {
                return splitNamed(named.split(separator: " ").map(String.init)) + [words[start...].joined(separator: " ")]
            }
        }
        // "Các cơ quan, đơn vị, tổ chức trên địa bàn xã" names many bodies in one phrase.
        if isPlural(line) { return [line] }
        return splitNamed(words)
    }

    /// Bodies named one after another, split where a new body's name starts.
    private static func splitNamed(_ words: [String]) -> [String] {
        var parts: [[String]] = [[]]
        var index = 0
        while index < words.count {
            let word = words[index]
            let rest = words[(index + 1)...].joined(separator: " ")
            if Folding.key(word) == "va", !parts[parts.count - 1].isEmpty, startsBody(rest),
               !servesBoth(parts[parts.count - 1], rest) {
                parts.append([])
            } else if word.hasSuffix(","), startsBody(rest) {
                parts[parts.count - 1].append(String(word.dropLast()))
                parts.append([])
            } else {
                parts[parts.count - 1].append(word)
            }
            index += 1
        }
        return parts.map { $0.joined(separator: " ") }
    }

    /// True when "và" joins the two councils an office serves: "Văn phòng HĐND và UBND xã"
    /// (seed 002, task 1), "Văn phòng Đoàn ĐBQH và HĐND tỉnh" are one office each; it read as
    /// 'Văn phòng HĐND' and 'UBND xã', and made the commune's committee coordinate its own task.
    private static func servesBoth(_ head: [String], _ rest: String) -> Bool {
        let office = Folding.key(head.joined(separator: " "))
        let councils = ["van phong hdnd", "vp hdnd", "van phong hoi dong nhan dan", "van phong doan dbqh",
                        "van phong doan dai bieu quoc hoi", "vp doan dbqh"]
        guard councils.contains(office) else { return false }
        let next = Folding.key(rest)
        return ["ubnd", "uy ban nhan dan", "hdnd", "hoi dong nhan dan"].contains { next == $0 || next.hasPrefix($0 + " ") }
    }

    private static func startsBody(_ text: String) -> Bool {
        let key = Folding.key(text)
        return heads.contains { key == $0 || key.hasPrefix($0 + " ") || key.hasPrefix($0 + "-") }
    }
}

extension String {
    /// The text without the given characters at its ends.
    func trimmingEnds(_ set: Set<Character>) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
