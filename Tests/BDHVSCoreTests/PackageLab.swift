import Foundation
import GRDB
import Testing
@testable import BDHVSCore
import BDHVSTestSupport

/// Communes with their own databases and keys, and a province, in a temporary folder: what
/// the package tests export, alter and import.
final class PackageLab {
    let folder: String
    private(set) var keys: [String: PackageSigningKey] = [:]
    private var clock: Int64 = 1_767_139_200 // 2025-12-31T00:00:00Z; each export one minute later

    init() throws {
        folder = NSTemporaryDirectory() + "bdhvs-package-lab-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func path(_ name: String) -> String { folder + "/" + name }

    /// A commune's database holding `planText`, and its key.
    func commune(_ name: String, _ planText: String) throws -> TaskStore {
        let store = try TaskStore.open(path: path(name + ".sqlite"))
        let outcome = PlanLoader.check(text: planText, file: name + ".yaml")
        _ = try store.load(try #require(outcome.plan), sourcePath: name + ".yaml")
        keys[name] = PackageSigningKey.generate()
        return store
    }

    /// A database with nothing in it (the province's, or the single database of a comparison).
    func database(_ name: String) throws -> TaskStore { try TaskStore.open(path: path(name + ".sqlite")) }

    /// The package of `store`, signed by `name`'s key (or `signer`'s), as of `asOf`.
    @discardableResult
    func export(_ store: TaskStore, _ name: String, asOf: String, signer: String? = nil, file: String? = nil) throws -> String {
        clock += 60
        let output = path(file ?? "\(name)-\(asOf).bdhvs")
        _ = try PackageExport.write(from: store, plans: [], key: keys[signer ?? name], to: output, asOf: isoDate(asOf), nowEpochSeconds: clock)
        return output
    }

    /// The province trusts each commune's key for the commune of its plan.
    func trust(_ province: TaskStore, _ name: String, commune: String, provinceName: String) throws {
        try province.trustPackageKey(try #require(keys[name]).publicKeyText, commune: commune, province: provinceName, on: isoDate("2025-12-01"))
    }

    /// Every row of every table, as text, table by table, in a fixed order: equal dumps are
    /// equal databases.
    static func dump(_ store: TaskStore) throws -> [String] {
        try store.read { db in
            var lines: [String] = []
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name") {
                lines += try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map { table + ": " + $0.description }.sorted()
            }
            return lines
        }
    }

    /// The refusal `body` throws, or nil (and a recorded issue).
    static func refusal(_ body: () throws -> Any, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> PackageError? {
        do {
            _ = try body()
            Issue.record("expected a refusal, the package was taken", sourceLocation: sourceLocation)
        } catch let error as PackageError {
            return error
        } catch {
            Issue.record("expected a PackageError, got \(error)", sourceLocation: sourceLocation)
        }
        return nil
    }
}
