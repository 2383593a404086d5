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
        switch PlanFileReader.bytes(at: path) {
        case .success(let data): return check(data: data, file: path)
        case .failure(let message): return Outcome(plan: nil, diagnostics: [Diagnostic(SourceLocation(file: path, line: 1, column: 1), .error, message)])
        }
    }

    /// Checks the bytes of a plan file as if read from `file`: bytes that are not UTF-8
    /// are reported where they are.
    public static func check(data: Data, file: String) -> Outcome {
        // The standard library's validation (whole words at a time) says whether the bytes
        // are UTF-8 and makes the text in one pass; only bad bytes are then looked for, to
        // say where (a scan of every byte, then a second decoding, was 1 % of a load).
        let text = data.withUnsafeBytes { raw in String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self) }
        if let text { return check(text: text, file: file) }
        // A plan saved by Notepad as "Unicode" is UTF-16 with a byte order mark.
        if let text = InputFile.decode(data) { return check(text: text, file: file) }
        let bytes = [UInt8](data)
        if let bad = PlanFileReader.firstInvalidUTF8(in: bytes) {
            var before = String(decoding: bytes[..<bad.offset], as: UTF8.self)
            if before.hasPrefix("\u{FEFF}") { before.unicodeScalars.removeFirst() }
            let place = SourceText(before).position(ofScalarOffset: Int.max)
            return Outcome(plan: nil, diagnostics: [Diagnostic(SourceLocation(file: file, line: place.line, column: place.column), .error,
                                                               YAMLMessage.notUTF8(byte: bad.byte))])
        }
        return check(text: String(decoding: bytes, as: UTF8.self), file: file)
    }

    /// The most bytes of plan files a batch holds (`PlanBatches`).
    static let batchBytes: Int64 = 4 << 20

    /// Reads and checks `paths` a batch at a time, each batch on every core, and hands each
    /// batch to `body` in order: memory holds a few batches, whatever the number of files.
    ///
    /// Batches are checked on while `body` handles one (storing it, say), up to
    /// `checkedAhead` of them: checking and writing overlap, and neither waits for the other
    /// when a batch takes longer to check, or to store, than the one before.
    public static func forEachBatch(of paths: [String], size: Int = 256,
                                    _ body: ([(path: String, outcome: Outcome)]) throws -> Void) throws {
        try forEachBatch(of: paths, size: size, then: { _, _ in () }) { batch in
            try body(batch.map { (path: $0.path, outcome: $0.outcome) })
        }
    }

    /// How many checked batches may wait for `body` (the one it handles aside).
    static let checkedAhead = 2

    /// The same, with `then` run on each file's outcome right after its check, on the
    /// checking threads: what a caller works out from a plan before storing it (its rows'
    /// values) is then done while the previous batch is being stored, not before it.
    public static func forEachBatch<Prepared: Sendable>(
        of paths: [String], size: Int = 256, then: @escaping @Sendable (String, Outcome) -> Prepared,
        _ body: ([(path: String, outcome: Outcome, prepared: Prepared)]) throws -> Void
    ) throws {
        let batches = PlanBatches.tapered(PlanBatches.cut(paths, files: size, bytes: batchBytes))
        guard !batches.isEmpty else { return }
        let checked = OrderedReadAhead(count: batches.count, ahead: checkedAhead) { index in
            NextBatch(load(paths: batches[index], then: then))
        }
        defer { checked.stop() }
        for index in batches.indices {
            let handled = checked.next(index)
            try body(zip(batches[index], handled.items).map { (path: $0.0, outcome: $0.1.outcome, prepared: $0.1.prepared) })
            // The batch just handled is freed on another thread: freeing its plans' many
            // arrays and texts was 4 % of the thread that writes a national load.
            DispatchQueue.global().async { handled.items = [] }
        }
    }

    /// Reads and checks several files at once, on every core; outcomes in the order given.
    public static func load(paths: [String]) -> [Outcome] {
        load(paths: paths, then: { _, _ in () }).map(\.outcome)
    }

    /// Reads, checks and runs `then` on several files at once, on every core; in the order given.
    static func load<Prepared: Sendable>(paths: [String], then: @Sendable (String, Outcome) -> Prepared)
        -> [(outcome: Outcome, prepared: Prepared)] {
        paths.concurrentMap { path in
            let outcome = load(path: path)
            return (outcome, then(path, outcome))
        }
    }

    /// Checks plan `text` as if read from `file`.
    public static func check(text: String, file: String) -> Outcome {
        let composed = YAMLSource.composeTree(text, file: file)
        guard let tree = composed.tree else { return Outcome(plan: nil, diagnostics: composed.diagnostics) }
        let source = SourceText(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        let findings = SchemaValidator(document: PlanSchema.document, file: file, source: source).validate(tree)
        // The plan is read as far as it can be, whatever the schema found, and its rules
        // are checked too: every problem of the file is reported at once.
        let problems = ReadProblems()
        let document = PlanDocument(tree: tree, problems: problems)
        var rules = PlanRules(document: document, tree: tree, file: file, source: source)
        let plan = rules.check()
        let unreadable = problems.unreadable.map { key, node in
            Diagnostic(SourceLocation(file: file, line: tree.line(node), column: tree.column(node)), .error,
                       PlanMessage.unreadableNumber(key: key, value: tree.scalar(node) ?? ""))
        }
        // A finding where the schema already found one is the same problem seen twice
        // (a value of the wrong kind read as empty, then reported as unknown).
        let flagged = Set(findings.map(\.location))
        let later = (unreadable + rules.diagnostics).filter { !flagged.contains($0.location) }
        let all = (findings + later).normalized()
        return Outcome(plan: all.hasErrors ? nil : plan, diagnostics: all)
    }
}

/// The outcomes of a batch checked in the background, handed to the writer, then freed in
/// the background.
private final class NextBatch<Prepared>: @unchecked Sendable {
    var items: [(outcome: PlanLoader.Outcome, prepared: Prepared)]
    init(_ items: [(outcome: PlanLoader.Outcome, prepared: Prepared)]) { self.items = items }
}
