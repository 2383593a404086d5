import BDHVSCore
import Foundation

/// The lines of a progress.tsv turned into batches of change requests on a thread of their
/// own, at most one batch ahead of the writer: reading and parsing need no database, so they
/// run on the second core while the writer records the batch before (memory holds the batch
/// being written, the one waiting and the one being read, never the file).
final class ProgressBatches: @unchecked Sendable {
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var waiting: [ChangeRequest]?
    private var ended = false
    private var closed = false

    /// Starts reading `path` in batches of `size` lines, each recorded on `recordedOn`.
    init(path: String, size: Int, recordedOn: CivilDate) throws {
        guard let input = FileHandle(forReadingAtPath: path) else { throw BatchReadError(path: path) }
        Thread.detachNewThread { [self] in
            defer { input.closeFile() }
            var lines: [Substring] = []
            lines.reserveCapacity(size)
            func hand() -> Bool {
                let batch = NationalGenerator.requests(fromTSV: lines.joined(separator: "\n"), recordedOn: recordedOn)
                lines.removeAll(keepingCapacity: true)
                return put(batch)
            }
            var pending = Data()
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
                    if lines.count == size, !hand() { return }
                }
                if chunk.isEmpty { break }
            }
            if !lines.isEmpty, !hand() { return }
            end()
        }
    }

    /// The next batch, waiting for the reader if it is behind; nil after the last.
    func next() -> [ChangeRequest]? {
        condition.lock()
        defer { condition.unlock() }
        while waiting == nil && !ended { condition.wait() }
        let batch = waiting
        waiting = nil
        condition.broadcast()
        return batch
    }

    /// Stops the reader (the writer failed): it drops what it holds and ends.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Hands a batch to the writer once the one before is taken; false when closed.
    private func put(_ batch: [ChangeRequest]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting != nil && !closed { condition.wait() }
        guard !closed else { return false }
        waiting = batch
        condition.broadcast()
        return true
    }

    private func end() {
        condition.lock()
        ended = true
        condition.broadcast()
        condition.unlock()
    }
}

/// The progress file cannot be opened.
struct BatchReadError: Error, CustomStringConvertible {
    let path: String
    var description: String { "cannot read \(path)" }
}
