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
    static let configuration = CommandConfiguration(abstract: "Record a progress.tsv in transactions of 5,000 changes.")
    @Option(help: "Database file.") var db: String
    @Option(name: .customLong("as-of"), help: "The day the changes are recorded.") var asOf: String
    @Argument(help: "progress.tsv from generate.") var file: String

    func run() throws {
        let store = try TaskStore.open(path: db)
        let today = try Invocation.parseDate(asOf, source: "--as-of")
        guard let input = FileHandle(forReadingAtPath: file) else { throw ValidationError("cannot read \(file)") }
        // Read and record one batch at a time, so that memory holds one batch, not the file.
        var total = 0
        var pending = Data()
        var lines: [Substring] = []
        func flush() throws {
            let requests = NationalGenerator.requests(fromTSV: lines.joined(separator: "\n"), recordedOn: today)
            total += try store.record(batch: requests)
            lines.removeAll(keepingCapacity: true)
        }
        while true {
            let chunk = input.readData(ofLength: 1 << 20)
            pending.append(chunk)
            var text = String(decoding: pending, as: UTF8.self)[...]
            if !chunk.isEmpty, let last = text.lastIndex(of: "\n") {
                pending = Data(text[text.index(after: last)...].utf8)
                text = text[..<last]
            } else if !chunk.isEmpty {
                continue
            } else {
                pending = Data()
            }
            for line in text.split(separator: "\n") {
                lines.append(line)
                if lines.count == 5000 { try flush() }
            }
            if chunk.isEmpty { break }
        }
        if !lines.isEmpty { try flush() }
        print("\(total) changes recorded")
    }
}
