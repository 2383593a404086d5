import Foundation
import Testing

/// "Every output below is real": each ```text block of the README with `$ bdhvs …` lines is
/// run in order on a fresh database, and every command's output must be the one printed
/// under it.
@Suite struct ReadmeTests {
    /// Files the README's examples name that are not in the package, and where they are.
    static let files = ["bad.yaml": "Tests/bdhvsCLITests/Fixtures/bad.yaml"]

    @Test func everyExampleOutputIsReal() throws {
        let blocks = ReadmeExample.blocks(in: try CLI.packageFile("README.md"))
        #expect(blocks.count == 4, "the README's example blocks")
        #expect(blocks.map(\.count).reduce(0, +) >= 25, "the README's example commands")
        for block in blocks {
            let cli = try CLI()
            for example in block {
                let arguments = example.arguments.map { Self.files[$0] ?? $0 }
                let result = try cli.run(arguments)
                var output = result.stdout + result.stderr
                for (name, path) in Self.files { output = output.replacingOccurrences(of: path, with: name) }
                let command = "README line \(example.line): $ bdhvs " + example.arguments.joined(separator: " ")
                let difference = Golden.difference(expected: example.output, actual: output)
                #expect(output == example.output, "\(command)\n\(difference)")
            }
        }
    }

    @Test func examplesAreReadAsTheShellWouldSplitThem() {
        let readme = """
            ```text
            $ bdhvs task note nv2 "Đã đăng 12 tin bài" --by 'Lan (VH-XH)' --as-of 2025-10-01
            Đã ghi: …

            Second line after a blank one

            $ bdhvs plan list
            ```

            ```sh
            bdhvs plan list
            ```
            """
        let blocks = ReadmeExample.blocks(in: readme)
        #expect(blocks.count == 1)
        #expect(blocks.first?.map(\.arguments) == [
            ["task", "note", "nv2", "Đã đăng 12 tin bài", "--by", "Lan (VH-XH)", "--as-of", "2025-10-01"], ["plan", "list"],
        ])
        #expect(blocks.first?.map(\.output) == ["Đã ghi: …\n\nSecond line after a blank one\n", ""])
        #expect(blocks.first?.map(\.line) == [2, 7])
    }
}

/// One `$ bdhvs …` line of the README and the output printed under it.
struct ReadmeExample {
    var line: Int
    var arguments: [String]
    var output: String

    /// The ```text blocks that run bdhvs, each as its commands in order.
    static func blocks(in readme: String) -> [[ReadmeExample]] {
        var blocks: [[ReadmeExample]] = []
        var current: [ReadmeExample]?
        for (index, line) in readme.components(separatedBy: "\n").enumerated() {
            if current == nil {
                if line == "```text" { current = [] }
            } else if line == "```" {
                if let block = current?.map(\.trimmed), !block.isEmpty { blocks.append(block) }
                current = nil
            } else if line.hasPrefix("$ bdhvs ") {
                current?.append(ReadmeExample(line: index + 1, arguments: words(String(line.dropFirst(8))), output: ""))
            } else if let last = current?.indices.last {
                current?[last].output += line + "\n"
            }
        }
        return blocks
    }

    /// Without the blank lines that separate it from the next command.
    private var trimmed: ReadmeExample {
        var copy = self
        while copy.output.hasSuffix("\n\n") { copy.output.removeLast() }
        if copy.output == "\n" { copy.output = "" }
        return copy
    }

    /// Splits a command line as the shell does for the README's commands: words separated
    /// by spaces, double or single quotes around a word with spaces.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quote: Character?
        var inWord = false
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
