import ArgumentParser
import BDHVSCore
import Foundation

/// Tools for the national-scale benchmark (scripts/benchmark/run.sh): generate a dataset,
/// record its progress in bulk. Not part of the bdhvs product.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bdhvs-bench", abstract: "Generate national datasets for the benchmark and record their progress.",
        subcommands: [Generate.self, Apply.self])
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one plan per commune (3,321) sized to a total of tasks, and the progress to record.")
    @Option(help: "Total number of tasks (and sub-tasks).") var tasks: Int
    @Option(help: "Seed of the random choices.") var seed: UInt64 = 2025
    @Option(help: "Folder to write plans/ and progress.tsv into.") var out: String

    func run() throws {
        let (plans, progress) = NationalGenerator(tasks: tasks, seed: seed).generate()
        let manager = FileManager.default
        for plan in plans {
            let path = out + "/plans/" + plan.path
            try manager.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(plan.yaml.utf8).write(to: URL(fileURLWithPath: path))
        }
        let lines = progress.map { "\($0.plan)\t\($0.task)\t\($0.action)\t\($0.date.iso)" }.joined(separator: "\n")
        try Data((lines + "\n").utf8).write(to: URL(fileURLWithPath: out + "/progress.tsv"))
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
        let text = try String(contentsOfFile: file, encoding: .utf8)
        var batch: [ChangeRequest] = []
        var total = 0
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t").map(String.init)
            guard parts.count == 4, let date = CivilDate(iso: parts[3]) else { continue }
            let action: TaskAction
            switch parts[2] {
            case "done": action = .done(period: nil)
            case "start": action = .start
            case "cancel": action = .cancel
            case "deadline": action = .deadline(date)
            case "occurrence": action = .done(period: nil)
            default: continue
            }
            let on = parts[2] == "deadline" ? today : date
            batch.append(ChangeRequest(plan: parts[0], task: parts[1], action: action, on: on, recordedOn: today, by: "bench"))
            if batch.count == 5000 {
                total += try store.record(batch: batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        total += try store.record(batch: batch)
        print("\(total) changes recorded")
    }
}
