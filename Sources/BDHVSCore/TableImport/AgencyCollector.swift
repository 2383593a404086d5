/// The bodies named in a table's lead and coordinating cells, each once: the same body
/// written two ways ("Phòng Văn hóa - Xã hội", "Phòng VH-XH") becomes one agency whose
/// longest spelling is its name and whose other spellings are aliases.
struct AgencyCollector {
    /// A body found: every spelling, in the order seen.
    struct Body {
        var spellings: [String]
        /// The spelling with the fewest abbreviations (the longest), used as the name.
        var name: String { spellings.max { $0.count < $1.count }! }
    }

    private(set) var bodies: [Body] = []
    private var byKey: [String: Int] = [:]
    private var byAcronym: [String: Int] = [:]

    /// The body `name` names, added when new; `merged` tells the canonical spelling when the
    /// name was taken as an abbreviation of a body already seen (a choice to check).
    mutating func add(_ name: String) -> (index: Int, mergedWith: String?) {
        let key = Self.matchKey(name)
        if let index = byKey[key] {
            if !bodies[index].spellings.contains(name) { bodies[index].spellings.append(name) }
            return (index, nil)
        }
        let acronym = Self.acronym(name)
        if acronym.count >= 3, let index = byAcronym[acronym],
           Self.isAbbreviated(name) || bodies[index].spellings.contains(where: Self.isAbbreviated) {
            let canonical = bodies[index].name
            bodies[index].spellings.append(name)
            byKey[key] = index
            return (index, canonical)
        }
        bodies.append(Body(spellings: [name]))
        byKey[key] = bodies.count - 1
        if acronym.count >= 3, byAcronym[acronym] == nil { byAcronym[acronym] = bodies.count - 1 }
        return (bodies.count - 1, nil)
    }

    /// One id per body: the initials of its name without the words every body of a commune
    /// has ("Phòng Văn hóa - Xã hội" → 'vhxh', "Công an xã" → 'ca'), made unique.
    func ids() -> [String] {
        var taken = Set<String>()
        // The next counter to try for each base: counting up from 2 every time was
        // bodies² for a table of thousands of bodies with the same initials.
        var next: [String: Int] = [:]
        return bodies.map { body in
            var base = Self.acronym(body.name, droppingFirst: ["phong"])
            if base.count < 2 { base = Self.slug(body.name) }
            if base.isEmpty { base = "cq" }
            var id = base
            var counter = next[base] ?? 2
            while !taken.insert(id).inserted {
                id = "\(base)-\(counter)"
                counter += 1
            }
            next[base] = counter
            return id
        }
    }

    /// The key two spellings of one body share: folded, compact, without a final "xã"/"phường".
    static func matchKey(_ name: String) -> String {
        var words = Folding.key(name).split(separator: " ").map(String.init)
        while words.count > 1, ["xa", "phuong"].contains(words.last!) { words.removeLast() }
        return Folding.compactKey(words.joined(separator: " "))
    }

    /// The initials of a name, with an abbreviation counting all its letters: "Phòng VH-XH"
    /// and "Phòng Văn hóa - Xã hội" are both 'pvhxh'; "UBND xã" and "Ủy ban nhân dân xã" 'ubndx'.
    static func acronym(_ name: String, droppingFirst: Set<String> = []) -> String {
        var words = Self.words(name)
        while words.count > 1, ["xa", "phuong"].contains(Folding.key(words.last!)) { words.removeLast() }
        if words.count > 1, droppingFirst.contains(Folding.key(words[0])) { words.removeFirst() }
        var letters = ""
        for word in words {
            let folded = Folding.compactKey(word)
            guard let first = folded.first else { continue }
            letters += isAbbreviation(word) ? folded : String(first)
        }
        return letters
    }

    /// A slug of the name: folded words joined by '-'.
    static func slug(_ name: String) -> String {
        words(name).map(Folding.compactKey).filter { !$0.isEmpty }.prefix(6).joined(separator: "-")
    }

    /// "&" is "và" ("Phòng Quản lý SV&HV", "Phòng Quản lý sinh viên và học viên"): a school's
    /// one office written both ways was two agencies.
    private static func words(_ name: String) -> [String] {
        name.replacingOccurrences(of: "&", with: " và ").split { $0 == " " || $0 == "-" || $0 == "–" || $0 == "\n" || $0 == "/" }.map(String.init)
            .filter { !Folding.compactKey($0).isEmpty }
    }

    /// True for a word of two or more letters all in capitals ("VH", "UBND", "HĐND").
    static func isAbbreviation(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    static func isAbbreviated(_ name: String) -> Bool { words(name).contains(where: isAbbreviation) }
}
