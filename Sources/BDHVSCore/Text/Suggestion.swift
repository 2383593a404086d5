/// "Did you mean …" suggestions for names people mistype.
public enum Suggestion {
    /// The candidate closest to `input` (compared on folded text, so diacritics and
    /// case do not count), when it is close enough to be a plausible typo.
    public static func closest(to input: String, among candidates: [String]) -> String? {
        let key = Folding.key(input)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(key, Folding.key(candidate))
            if distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let limit = max(1, min(3, key.count / 3))
        return best.distance <= limit ? best.candidate : nil
    }

    /// Levenshtein distance over Unicode scalars.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
