import Foundation
import Testing

/// Where the database is: `--db`, else `BDHVS_DB`, else `$XDG_DATA_HOME/bdhvs`, else
/// `~/.local/share/bdhvs`. Each run is sandboxed, so these paths are inside the test's
/// own directory.
@Suite struct DatabaseLocationTests {
    @Test func flagWinsOverEnvironment() throws {
        let cli = try CLI()
        let other = cli.path("elsewhere/other.sqlite")
        let load = try cli.run("plan", "load", ExamplePlan.dongTraBong, "--db", other)
        #expect(load.exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: other))
        let defaultList = try cli.run("plan", "list", "--format", "json")
        #expect(defaultList.exitCode == 2, "a reading command creates no database")
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
        let otherList = try cli.run("plan", "list", "--format", "json", "--db", other)
        #expect(try array(parseJSON(otherList)).count == 1)
    }

    @Test func dataHomeWhenNoDatabaseIsNamed() throws {
        let cli = try CLI()
        let load = try cli.run("plan", "load", ExamplePlan.dongTraBong, environment: ["BDHVS_DB": nil])
        #expect(load.exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: cli.path("xdg-data/bdhvs/bdhvs.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: cli.databasePath))
    }

    @Test func homeWhenNoDataHome() throws {
        let cli = try CLI()
        let load = try cli.run("plan", "load", ExamplePlan.dongTraBong, environment: ["BDHVS_DB": nil, "XDG_DATA_HOME": nil])
        #expect(load.exitCode == 0)
        #expect(FileManager.default.fileExists(atPath: cli.path("home/.local/share/bdhvs/bdhvs.sqlite")))
        let list = try cli.run("plan", "list", "--format", "json", environment: ["BDHVS_DB": nil, "XDG_DATA_HOME": nil])
        #expect(try array(parseJSON(list)).count == 1)
    }
}
