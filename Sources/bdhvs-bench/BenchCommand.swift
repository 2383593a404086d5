import ArgumentParser
import BDHVSCore
import Foundation

/// Tools for the national-scale benchmark (scripts/benchmark/run.sh): generate a dataset,
/// record its progress in bulk. Not part of the bdhvs product.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bdhvs-bench", abstract: "Generate national datasets for the benchmark and record their progress.",
        subcommands: [Generate.self, Apply.self, Packages.self])
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one plan per commune (3,321) sized to a total of tasks, and the progress to record.")
    @Option(help: "Total number of tasks (and sub-tasks).") var tasks: Int
    @Option(help: "Seed of the random choices.") var seed: UInt64 = 2025
    @Option(help: "Folder to write plans/ and progress.tsv into.") var out: String
    @Option(help: "At most this many communes per province (default: all 3,321 communes).") var communesPerProvince: Int?

    func run() throws {
        let (plans, progress) = NationalGenerator(tasks: tasks, seed: seed, communesPerProvince: communesPerProvince).generate()
        let manager = FileManager.default
        for plan in plans {
            let path = out + "/plans/" + plan.path
            try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(plan.yaml.utf8).write(to: URL(fileURLWithPath: path))
        }
        try Data(NationalGenerator.tsv(progress).utf8).write(to: URL(fileURLWithPath: out + "/progress.tsv"))
        print("\(plans.count) plans, \(progress.count) progress lines in \(out)")
    }
}

struct Apply: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Record a progress.tsv in transactions of 5,000 changes (--batch-size).")
    @Option(help: "Database file.") var db: String
    @Option(name: .customLong("as-of"), help: "The day the changes are recorded.") var asOf: String
    @Option(help: "Changes recorded in one transaction (the benchmark records 5,000).") var batchSize: Int = 5000
    @Argument(help: "progress.tsv from generate.") var file: String

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1, not \(batchSize)") }
    }

    func run() throws {
        let store = try TaskStore.open(path: db)
        let today = try Invocation.parseDate(asOf, source: "--as-of")
        // Read and parse one batch ahead on another thread; memory holds batches, not the file.
        let batches = try ProgressBatches(path: file, size: batchSize, recordedOn: today)
        defer { batches.close() }
        var total = 0
        while let requests = batches.next() {
            total += try store.record(batch: requests)
        }
        print("\(total) changes recorded")
    }
}
