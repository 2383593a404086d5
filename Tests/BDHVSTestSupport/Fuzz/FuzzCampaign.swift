import Foundation

/// A seeded mutation fuzz run of one reader: inputs are mutations of a seed corpus, and the
/// target says what is wrong with its answer to each (a broken invariant). A crash stops the
/// process; set `BDHVS_FUZZ_OUT` to a folder and the input being read is always in
/// `current.bin` there, so the crash can be replayed, and `progress.txt` counts the inputs.
///
/// Environment: `BDHVS_FUZZ_ITERATIONS` (inputs to try; the tests' default is small),
/// `BDHVS_FUZZ_SEED` (a run is repeated exactly from its seed), `BDHVS_FUZZ_OUT`.
public struct FuzzCampaign {
    /// What the target found for one input.
    public struct Verdict {
        /// Broken invariants, in words; empty when the answer was right.
        public var problems: [String] = []
        /// What the input exercised (message ids, say): an input with a feature not seen
        /// before joins the pool that later inputs are mutated from.
        public var features: Set<String> = []

        public init(problems: [String] = [], features: Set<String> = []) {
            self.problems = problems
            self.features = features
        }
    }

    /// One input whose answer was wrong or slow.
    public struct Finding {
        public var input: [UInt8]
        public var problems: [String]
    }

    /// The outcome of a run.
    public struct Report {
        public var iterations = 0
        public var findings: [Finding] = []
        public var slowest: Duration = .zero
        public var poolSize = 0
    }

    public var corpus: [[UInt8]]
    public var dictionary: [String]
    public var seed: UInt64
    public var iterations: Int
    /// An input read more slowly than this is a hang.
    public var timeLimit: Duration = .seconds(2)
    /// The pool of inputs to mutate grows up to this size.
    public var poolLimit = 400

    public init(corpus: [[UInt8]], dictionary: [String], seed: UInt64, iterations: Int) {
        self.corpus = corpus
        self.dictionary = dictionary
        self.seed = seed
        self.iterations = iterations
    }

    /// A campaign with its settings read from the environment, `iterations` and `seed` by default.
    public static func fromEnvironment(corpus: [[UInt8]], dictionary: [String], iterations: Int, seed: UInt64) -> FuzzCampaign {
        let environment = ProcessInfo.processInfo.environment
        return FuzzCampaign(corpus: corpus, dictionary: dictionary,
                            seed: environment["BDHVS_FUZZ_SEED"].flatMap { UInt64($0) } ?? seed,
                            iterations: environment["BDHVS_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? iterations)
    }

    public func run(_ target: ([UInt8]) -> Verdict) -> Report {
        var mutator = Mutator(seed: seed, dictionary: dictionary)
        var pool = corpus
        var seen = Set<String>()
        var report = Report()
        let out = ProcessInfo.processInfo.environment["BDHVS_FUZZ_OUT"].map { URL(fileURLWithPath: $0) }
        if let out { try? FileManager.default.createDirectory(at: out, withIntermediateDirectories: true) }
        let clock = ContinuousClock()
        for iteration in 0..<iterations {
            // The seeds themselves first, then mutations of the pool.
            let input = iteration < corpus.count ? corpus[iteration] : mutator.mutate(pool[mutator.random.below(pool.count)], corpus: corpus)
            if let out { try? Data(input).write(to: out.appendingPathComponent("current.bin")) }
            var verdict = Verdict()
            let elapsed = clock.measure { verdict = target(input) }
            report.slowest = max(report.slowest, elapsed)
            if elapsed > timeLimit { verdict.problems.append("slow: \(elapsed) for \(input.count) bytes") }
            if !verdict.problems.isEmpty {
                report.findings.append(Finding(input: input, problems: verdict.problems))
                if let out { try? Data(input).write(to: out.appendingPathComponent("finding-\(report.findings.count).bin")) }
            }
            let new = verdict.features.subtracting(seen)
            if !new.isEmpty {
                seen.formUnion(new)
                if pool.count < poolLimit { pool.append(input) }
            }
            report.iterations += 1
            if let out, report.iterations % 1000 == 0 {
                let line = "\(report.iterations) inputs, \(report.findings.count) findings, slowest \(report.slowest), pool \(pool.count)\n"
                try? Data(line.utf8).write(to: out.appendingPathComponent("progress.txt"))
            }
        }
        report.poolSize = pool.count
        return report
    }
}
