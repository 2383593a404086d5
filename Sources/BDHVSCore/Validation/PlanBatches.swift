import Foundation

/// How a folder load cuts its files into batches: at most `files` files, and at most `bytes`
/// bytes of them (a larger file is a batch alone). A few batches are in memory at once (one
/// stored while the next ones are checked: `PlanLoader.checkedAhead`), and a checked plan
/// takes some ten times its file's bytes: 256 files of a commune with 300 tasks (60 KB each)
/// held some 600 MB. By bytes,
/// memory stays about the same whatever the size of a plan, and small plans still go 256 at a
/// time (one transaction each, the statements shared across plans).
enum PlanBatches {
    static func cut(_ paths: [String], files: Int, bytes: Int64, size: (String) -> Int64 = PlanBatches.size(of:)) -> [[String]] {
        var batches: [[String]] = []
        var current: [String] = []
        var held: Int64 = 0
        for path in paths {
            let bytesOfFile = size(path)
            if !current.isEmpty, current.count >= files || held + bytesOfFile > bytes {
                batches.append(current)
                current = []
                held = 0
            }
            current.append(path)
            held += bytesOfFile
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// The last batch cut in halves, and the last half again, down to about `smallest` files.
    /// The last batch is stored after every file has been checked, with a core idle: 256
    /// small plans took some 50 ms there at the end of a national load. Halving it lets each
    /// part be stored while the next is checked, and the last one ends the load soon after.
    static func tapered(_ batches: [[String]], smallest: Int = 16) -> [[String]] {
        guard var last = batches.last, last.count > smallest else { return batches }
        var result = Array(batches.dropLast())
        while last.count > smallest {
            let half = last.count / 2
            result.append(Array(last.prefix(half)))
            last = Array(last.dropFirst(half))
        }
        result.append(last)
        return result
    }

    /// The file's size, or 0 when it cannot be read (reading it says why, in its turn).
    static func size(of path: String) -> Int64 {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : 0
    }
}
