import ArgumentParser
import BDHVSCore
import Foundation

/// One signed package per commune of a national database, and a province database that
/// trusts every commune's key: what `bdhvs package import` is timed on.
struct Packages: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export one signed package per commune of a database and trust each key in a province database.")
    @Option(help: "The national database (after generate, plan load and apply).") var db: String
    @Option(help: "Folder to write the .bdhvs packages into.") var out: String
    @Option(help: "The database that will import them: each commune's key is trusted there.") var province: String
    @Option(name: .customLong("as-of"), help: "The day the packages are as of.") var asOf: String

    func run() throws {
        let store = try TaskStore.open(path: db)
        let receiver = try TaskStore.open(path: province)
        let day = try Invocation.parseDate(asOf, source: "--as-of")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let communes = Dictionary(grouping: try store.plans()) { "\($0.province)\u{1F}\($0.commune)" }
        var bytes = 0
        for (index, (_, plans)) in communes.sorted(by: { $0.key < $1.key }).enumerated() {
            let key = PackageSigningKey.generate()
            let path = out + "/commune-\(index + 1).bdhvs"
            _ = try PackageExport.write(from: store, plans: plans.map(\.plan), key: key, to: path, asOf: day, nowEpochSeconds: 1_767_139_200)
            try receiver.trustPackageKey(key.publicKeyText, commune: plans[0].commune, province: plans[0].province, on: day)
            bytes += (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        }
        print("\(communes.count) packages, \(bytes / 1_048_576) MiB in \(out)")
    }
}
