import Foundation
import Testing

/// The README lists the keys of `task show --format json`; every key the command gives is
/// listed there, so that a key added (`retired`) is documented with it.
@Suite struct ReadmeJSONKeysTests {
    /// The words in backticks of the README's bullet that begins with `start`.
    static func listed(_ readme: String, bullet start: String) throws -> Set<String> {
        let from = try #require(readme.range(of: "\n- " + start))
        let rest = readme[from.upperBound...]
        let text = rest.range(of: "\n- ").map { rest[..<$0.lowerBound] } ?? rest
        return Set(text.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
    }

    @Test func everyKeyOfTaskShowIsListed() throws {
        let cli = try CLI()
        try cli.load(ExamplePlan.dongTraBong)
        #expect(try cli.run("task", "done", "nv1", "--on", "2025-09-03", "--as-of", "2025-09-05", "--by", "Lan").succeeded)
        let shown = try object(parseJSON(try cli.run("task", "show", "nv1", "--format", "json", "--as-of", "2025-12-31")))
        let listed = try Self.listed(try CLI.packageFile("README.md"), bullet: "`task show`:")
        #expect(Set(shown.keys).subtracting(listed).sorted() == [])
        let change = try object(try array(shown["history"]).first)
        #expect(Set(change.keys).subtracting(listed).sorted() == [])
    }
}
