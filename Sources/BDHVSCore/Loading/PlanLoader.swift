import Foundation
import Yams

/// The pipeline a plan file goes through: read → compose YAML → check against the
/// schema on the node tree → decode → plan rules. Every stage's findings carry a line
/// and column; the rules run whenever the plan can be decoded, so one run reports as
/// many problems as possible.
public enum PlanLoader {
    /// The outcome of reading one file: the plan when it is valid, and every finding.
    public struct Outcome: Sendable {
        public var plan: Plan?
        public var diagnostics: [Diagnostic]
    }

    /// Reads and checks the plan file at `path` (named `path` in findings).
    public static func load(path: String) -> Outcome {
        guard let data = FileManager.default.contents(atPath: path) else {
            let message = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            return Outcome(plan: nil, diagnostics: [Diagnostic(SourceLocation(file: path, line: 1, column: 1), .error, message)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return Outcome(plan: nil, diagnostics: [Diagnostic(SourceLocation(file: path, line: 1, column: 1), .error,
                                                               "the file is not UTF-8 text; save it as UTF-8")])
        }
        return check(text: text, file: path)
    }

    /// Reads and checks `paths` a batch at a time, each batch on every core, and hands each
    /// batch to `body` in order: memory holds one batch, whatever the number of files.
    ///
    /// The next batch is checked while `body` handles the current one (storing it, say), so
    /// checking and writing overlap; at most two batches are in memory.
    public static func forEachBatch(of paths: [String], size: Int = 256,
                                    _ body: ([(path: String, outcome: Outcome)]) throws -> Void) throws {
        let batches = stride(from: 0, to: paths.count, by: size).map { Array(paths[$0..<min($0 + size, paths.count)]) }
        guard !batches.isEmpty else { return }
        var current = load(paths: batches[0])
        for index in batches.indices {
            let next = NextBatch()
            let group = DispatchGroup()
            if index + 1 < batches.count {
                let upcoming = batches[index + 1]
                DispatchQueue.global().async(group: group) { next.outcomes = load(paths: upcoming) }
            }
            defer { group.wait() }
            try body(Array(zip(batches[index], current)).map { (path: $0.0, outcome: $0.1) })
            group.wait()
            current = next.outcomes
        }
    }

    /// Reads and checks several files at once, on every core; outcomes in the order given.
    public static func load(paths: [String]) -> [Outcome] {
        let results = OutcomeSlots(count: paths.count)
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            results.set(index, load(path: paths[index]))
        }
        return results.values
    }

    /// Checks plan `text` as if read from `file`.
    public static func check(text: String, file: String) -> Outcome {
        let composed = YAMLSource.compose(text, file: file)
        guard let root = composed.node else { return Outcome(plan: nil, diagnostics: composed.diagnostics) }
        let findings = SchemaValidator(document: PlanSchema.document, file: file).validate(root).normalized()
        let document: PlanDocument
        do {
            document = try PlanDocument(node: root)
        } catch let missing as NodeReader.Missing {
            // With schema errors, reading may fail where they are; they say it best.
            if findings.hasErrors { return Outcome(plan: nil, diagnostics: findings) }
            let node = missing.node ?? root
            let value = node.scalar.map { " '\($0.string)'" } ?? ""
            return Outcome(plan: nil, diagnostics: [Diagnostic(
                SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1), .error,
                "'\(missing.key)' cannot be read: the value\(value) is out of range or of the wrong kind")])
        } catch {
            return Outcome(plan: nil, diagnostics: findings)
        }
        // The plan still decodes despite schema errors (an unknown key, a bad value): its
        // rules are checked too, so that every problem is reported at once.
        var rules = PlanRules(document: document, root: root, file: file)
        let plan = rules.check()
        // A rule finding where the schema already found one is the same problem seen twice.
        let flagged = Set(findings.map(\.location))
        let all = (findings + rules.diagnostics.filter { !flagged.contains($0.location) }).normalized()
        return Outcome(plan: all.hasErrors ? nil : plan, diagnostics: all)
    }
}

/// Outcomes filled in by concurrent workers, each at its own index.
private final class OutcomeSlots: @unchecked Sendable {
    private var slots: [PlanLoader.Outcome?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ outcome: PlanLoader.Outcome) {
        lock.lock()
        slots[index] = outcome
        lock.unlock()
    }

    var values: [PlanLoader.Outcome] { slots.map { $0! } }
}

/// The outcomes of the batch being checked in the background; read after the group waits.
private final class NextBatch: @unchecked Sendable {
    var outcomes: [PlanLoader.Outcome] = []
}
