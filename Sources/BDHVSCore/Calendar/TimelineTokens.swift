/// One word, number or punctuation mark of a timeline phrase, folded with `Folding.key`.
struct TimelineToken: Equatable, Sendable {
    /// What a token is made of.
    enum Kind: Equatable, Sendable { case word, number, symbol }

    /// What the token is made of.
    let kind: Kind
    /// The folded text: lowercase ASCII letters, ASCII digits or one punctuation mark.
    let text: String
    /// The `Character` offset in the phrase where the token starts.
    let start: Int
    /// The `Character` offset in the phrase just after the token.
    let end: Int
}

/// A phrase split into folded tokens, each remembering where it came from in the original.
struct TimelineText: Sendable {
    /// The phrase as written.
    let characters: [Character]
    /// The tokens of the phrase, white space dropped.
    let tokens: [TimelineToken]

    /// Splits `phrase` into tokens: runs of letters, runs of ASCII digits, and single other
    /// characters. Each character is folded on its own, so offsets point into `phrase`.
    init(_ phrase: String) {
        characters = Array(phrase)
        var tokens: [TimelineToken] = []
        var current: (kind: TimelineToken.Kind, text: String, start: Int, end: Int)?
        func flush() {
            if let token = current { tokens.append(TimelineToken(kind: token.kind, text: token.text, start: token.start, end: token.end)) }
            current = nil
        }
        for (offset, character) in characters.enumerated() {
            if Self.isBlank(character) { flush(); continue }
            for scalar in Folding.key(String(character)).unicodeScalars {
                let kind: TimelineToken.Kind
                if ("0"..."9").contains(scalar) {
                    kind = .number
                } else if scalar.properties.isAlphabetic {
                    kind = .word
                } else {
                    kind = .symbol
                }
                if let token = current, token.kind == kind, kind != .symbol {
                    current = (kind, token.text + String(scalar), token.start, offset + 1)
                } else {
                    flush()
                    current = (kind, String(scalar), offset, offset + 1)
                }
            }
        }
        flush()
        self.tokens = tokens
    }

    /// White space, and the invisible characters a text copied from Word brings (a zero-width
    /// space U+200B, joiners, U+FEFF): "Tháng 8/2025" with a U+200B after it was "không hiểu
    /// phần ''", the part quoted showing nothing.
    static func isBlank(_ character: Character) -> Bool {
        character.isWhitespace || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .format }
    }

    /// The phrase as written, without surrounding white space.
    var trimmed: String {
        guard let first = characters.firstIndex(where: { !Self.isBlank($0) }),
              let last = characters.lastIndex(where: { !Self.isBlank($0) }) else { return "" }
        return String(characters[first...last])
    }

    /// The original text covered by the tokens in `range` (empty for an empty range).
    func source(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(characters[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end])
    }

    /// The token range left after dropping final periods and semicolons and one pair of
    /// parentheses that wraps everything, as in "(10/10)" or "Tháng 8/2025.".
    var coreRange: Range<Int> {
        var range = tokens.indices
        var changed = true
        while changed, !range.isEmpty {
            changed = false
            // "Tháng 8/2025." and "Tháng 8/2025;" as an item of a list copied from Word ends.
            if [".", ";"].contains(tokens[range.upperBound - 1].text) {
                range = range.lowerBound..<(range.upperBound - 1)
                changed = true
            } else if range.count >= 2, tokens[range.lowerBound].text == "(", tokens[range.upperBound - 1].text == ")",
                      !tokens[(range.lowerBound + 1)..<(range.upperBound - 1)].contains(where: { $0.text == "(" || $0.text == ")" }) {
                range = (range.lowerBound + 1)..<(range.upperBound - 1)
                changed = true
            }
        }
        return range
    }
}

/// A cursor over a range of tokens, with all-or-nothing matching helpers.
struct TokenStream {
    /// All tokens of the phrase.
    let tokens: [TimelineToken]
    /// The index of the next token.
    var position: Int
    /// The index just after the last token this stream may read.
    let end: Int

    /// A stream over `tokens[range]`.
    init(_ tokens: [TimelineToken], _ range: Range<Int>) {
        self.tokens = tokens
        position = range.lowerBound
        end = range.upperBound
    }

    /// True when every token has been read.
    var atEnd: Bool { position >= end }

    /// The next token, if any.
    var next: TimelineToken? { atEnd ? nil : tokens[position] }

    /// Reads `words` in order if they come next; otherwise reads nothing and returns false.
    mutating func words(_ words: String...) -> Bool {
        guard position + words.count <= end else { return false }
        for (index, word) in words.enumerated() {
            let token = tokens[position + index]
            guard token.kind == .word, token.text == word else { return false }
        }
        position += words.count
        return true
    }

    /// Reads the next token if it is one of the punctuation marks in `symbols`, and returns it.
    mutating func symbol(_ symbols: String...) -> String? {
        guard let token = next, token.kind == .symbol, symbols.contains(token.text) else { return nil }
        position += 1
        return token.text
    }

    /// Reads the next token if it is a number of `digits` digits, and returns its value.
    mutating func number(digits: ClosedRange<Int>) -> Int? {
        guard let token = next, token.kind == .number, digits.contains(token.text.count),
              let value = Int(token.text) else { return nil }
        position += 1
        return value
    }

    /// Reads the next token if it is a number of exactly `digits` digits, and returns its value.
    mutating func number(digits: Int) -> Int? {
        number(digits: digits...digits)
    }

    /// Reads the next token if it is one of `words`, and returns it.
    mutating func oneOf(_ words: [String]) -> String? {
        guard let token = next, token.kind == .word, words.contains(token.text) else { return nil }
        position += 1
        return token.text
    }
}
