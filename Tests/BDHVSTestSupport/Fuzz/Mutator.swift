import BDHVSRandom

/// A generic mutator of text inputs as bytes, for seeded fuzzing of any reader (plans,
/// CSV files): byte edits, line edits, tokens from a dictionary, numbers at their limits,
/// and splices of another input of the corpus. It knows nothing of the format it feeds;
/// the dictionary carries the format's words.
public struct Mutator {
    public var random: SeededRandom
    /// Words of the format (keys, punctuation, phrases) to insert or to put in place of a word.
    let dictionary: [[UInt8]]

    public init(seed: UInt64, dictionary: [String]) {
        random = SeededRandom(seed: seed)
        self.dictionary = dictionary.map { Array($0.utf8) }
    }

    /// Bytes that break readers: controls, invalid UTF-8 leads, separators and quotes.
    public static let interestingBytes: [UInt8] = [
        0x00, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x7F, 0x80, 0xC0, 0xC3, 0xE3, 0xED, 0xF4, 0xFE, 0xFF,
        0x20, 0x22, 0x23, 0x26, 0x27, 0x2A, 0x2C, 0x2D, 0x3A, 0x3B, 0x3E, 0x5B, 0x5C, 0x5D, 0x7B, 0x7C, 0x7D,
    ]

    /// Numbers at the edges of what readers hold.
    public static let interestingNumbers: [String] = [
        "0", "-0", "1", "-1", "100", "101", "100.5", "85.55", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551616", "99999999999999999999999", "1e30", "-1e30", "1e308", "1e309", "-1e309", "4.9e-324",
        ".inf", "-.inf", ".nan", "0x7FFFFFFFFFFFFFFF", "0xFFFFFFFFFFFFFFFF", "0o777", "0b101", "1_000_000", "1e-7", "NaN",
    ]

    /// `input` changed by one to four stacked mutations; `corpus` is where splices come from.
    public mutating func mutate(_ input: [UInt8], corpus: [[UInt8]]) -> [UInt8] {
        var bytes = input
        for _ in 0...random.below(4) {
            bytes = mutateOnce(bytes, corpus: corpus)
        }
        return bytes
    }

    private mutating func mutateOnce(_ input: [UInt8], corpus: [[UInt8]]) -> [UInt8] {
        var bytes = input
        let position = random.below(bytes.count + 1)
        switch random.below(12) {
        case 0 where !bytes.isEmpty:
            bytes[min(position, bytes.count - 1)] ^= UInt8(1) << UInt8(random.below(8))
        case 1 where !bytes.isEmpty:
            bytes[min(position, bytes.count - 1)] = Self.interestingBytes[random.below(Self.interestingBytes.count)]
        case 2:
            bytes.insert(Self.interestingBytes[random.below(Self.interestingBytes.count)], at: position)
        case 3 where !bytes.isEmpty:
            let end = min(bytes.count, position + 1 + random.below(16))
            bytes.removeSubrange(min(position, bytes.count - 1)..<end)
        case 4 where !dictionary.isEmpty:
            bytes.insert(contentsOf: dictionary[random.below(dictionary.count)], at: position)
        case 5 where !dictionary.isEmpty:
            bytes = replaceWord(bytes, with: dictionary[random.below(dictionary.count)])
        case 6:
            bytes = replaceNumber(bytes)
        case 7:
            bytes = editLines(bytes) { lines, random in
                guard !lines.isEmpty else { return }
                lines.remove(at: random.below(lines.count))
            }
        case 8:
            bytes = editLines(bytes) { lines, random in
                guard !lines.isEmpty else { return }
                let index = random.below(lines.count)
                lines.insert(lines[index], at: random.below(lines.count + 1))
            }
        case 9:
            bytes = editLines(bytes) { lines, random in
                guard lines.count > 1 else { return }
                lines.swapAt(random.below(lines.count), random.below(lines.count))
            }
        case 10:
            bytes = editLines(bytes) { lines, random in
                guard !lines.isEmpty else { return }
                let index = random.below(lines.count)
                if random.oneIn(2) { lines[index].insert(UInt8(ascii: " "), at: 0) }
                else if lines[index].first == UInt8(ascii: " ") { lines[index].removeFirst() }
            }
        default:
            // A splice: a run of lines of another input of the corpus.
            guard let other = corpus.isEmpty ? nil : corpus[random.below(corpus.count)] else { break }
            let otherLines = other.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let start = random.below(otherLines.count)
            let piece = otherLines[start..<min(otherLines.count, start + 1 + random.below(8))]
            bytes = editLines(bytes) { lines, random in
                lines.insert(contentsOf: piece.map(Array.init), at: random.below(lines.count + 1))
            }
        }
        return bytes
    }

    /// Applies `edit` to the lines of `bytes` (split at LF, joined again with LF).
    private mutating func editLines(_ bytes: [UInt8], _ edit: (inout [[UInt8]], inout SeededRandom) -> Void) -> [UInt8] {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        edit(&lines, &random)
        return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    /// A word (a run of letters, digits, '_' or '-') replaced by `word`.
    private mutating func replaceWord(_ bytes: [UInt8], with word: [UInt8]) -> [UInt8] {
        runReplaced(in: bytes, by: word) { $0 >= 0x80 || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || Self.isAlphanumeric($0) }
    }

    /// A run of digits (with '.', '-' and 'e') replaced by a number at the edges.
    private mutating func replaceNumber(_ bytes: [UInt8]) -> [UInt8] {
        let number = Array(Self.interestingNumbers[random.below(Self.interestingNumbers.count)].utf8)
        return runReplaced(in: bytes, by: number) {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-")
        }
    }

    private mutating func runReplaced(in bytes: [UInt8], by replacement: [UInt8], _ belongs: (UInt8) -> Bool) -> [UInt8] {
        let starts = bytes.indices.filter { belongs(bytes[$0]) && ($0 == 0 || !belongs(bytes[$0 - 1])) }
        guard !starts.isEmpty else { return bytes }
        let start = starts[random.below(starts.count)]
        var end = start
        while end < bytes.count, belongs(bytes[end]) { end += 1 }
        var out = bytes
        out.replaceSubrange(start..<end, with: replacement)
        return out
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
