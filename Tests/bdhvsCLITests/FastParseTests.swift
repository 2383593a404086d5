import ArgumentParser
import BDHVSCore
import Testing
@testable import bdhvs

/// The commands `FastParse` makes are the ones ArgumentParser makes of the same arguments,
/// and every argument list it does not take plainly is left to ArgumentParser.
@Suite struct FastParseTests {
    static let made: [[String]] = [
        ["plan", "status", "p1", "--db", "x.sqlite", "--as-of", "2025-12-31"],
        ["plan", "status", "--province", "Quảng Ngãi", "--as-of", "31/12/2025", "--lang", "en", "--format", "json"],
        ["plan", "status", "--by", "group", "--since", "2025-11-01", "--commune", "Xuân Bắc", "p2"],
        ["plan", "status"],
        ["task", "list", "--overdue", "--agency", "vhxh", "--db", "x", "--as-of", "2025-12-31"],
        ["task", "list", "--plan", "p1", "--due-within", "30", "--format", "text", "--lang", "vi"],
        ["agency", "overdue", "--all", "--plan", "p", "--province", "Hà Nội"],
        ["agency", "overdue"],
        ["results", "--province", "Quảng Ngãi", "--by", "commune", "--as-of", "2025-12-31"],
        ["results", "--since", "2025-12-01", "--plan", "p", "--commune", "x"],
    ]

    static let left: [[String]] = [
        ["plan", "status", "--help"], ["plan", "status", "-h"], ["plan", "status", "--as-of=2025-12-31"],
        ["plan", "status", "--as-of", "2025-13-01"], ["plan", "status", "a", "b"], ["plan", "status", "--by", "lead"],
        ["plan", "status", "--since", "-1"], ["task", "list", "--overdue", "--overdue"], ["task", "list", "--plan", "a", "--plan", "b"],
        ["task", "list", "--due-within", "-1"], ["task", "list", "--due-within", "x"], ["task", "list", "--agency"],
        ["task", "list", "--lang", "fr"], ["task", "list", "--format", "csv"], ["task", "list", "nv1"], ["results", "--by", "district"],
        ["results", "help"], ["results", "x"], ["plan", "list"], ["task", "show", "nv1"], ["agency", "overdue", "--plan", ""],
        ["agency", "overdue", "--all", "--all"], ["plan"], ["--version"], [],
    ]

    @Test(arguments: made) func madeAsArgumentParserMakesIt(arguments: [String]) throws {
        let fast = try #require(FastParse.command(arguments))
        let parsed = try BDHVSCommand.parseAsRoot(arguments)
        #expect(Self.fields(fast) == Self.fields(parsed))
        #expect(Self.fields(fast).count > 6)
    }

    @Test(arguments: left) func leftToArgumentParser(arguments: [String]) {
        #expect(FastParse.command(arguments) == nil)
    }

    /// Every field of a command, as text (reading one that was not set would stop the test).
    static func fields(_ command: any ParsableCommand) -> [String] {
        func common(_ global: GlobalOptions, _ output: FormatOption, _ place: PlaceOptions) -> [String] {
            ["\(global.db as Any)", "\(global.asOf as Any)", "\(global.lang as Any)", "\(output.format)",
             "\(place.province as Any)", "\(place.commune as Any)"]
        }
        switch command {
        case let c as PlanStatus:
            return ["status"] + common(c.global, c.output, c.place) + ["\(c.plan as Any)", "\(c.by as Any)", "\(c.since as Any)"]
        case let c as TaskList:
            return ["list"] + common(c.global, c.output, c.place) + ["\(c.plan as Any)", "\(c.agency as Any)", "\(c.overdue)",
                                                                    "\(c.dueWithin as Any)"]
        case let c as AgencyOverdue:
            return ["overdue"] + common(c.global, c.output, c.place) + ["\(c.plan as Any)", "\(c.all)"]
        case let c as ResultsCommand:
            return ["results"] + common(c.global, c.output, c.place) + ["\(c.plan as Any)", "\(c.by as Any)", "\(c.since as Any)"]
        default:
            return ["\(type(of: command))"]
        }
    }
}
