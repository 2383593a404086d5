import BDHVSCore
import Foundation

/// A task list's text written on a thread of its own while the tasks are read: reading them
/// (SQLite, each row made a `TaskRow`) keeps one core busy, and writing the text (a tenth of
/// a national list's time) is done on the other, batch after batch in their order.
final class TaskListPipe: @unchecked Sendable {
    /// Tasks a batch holds: few enough that the writing starts at once.
    static let batchSize = 256
    /// Batches waiting at most, so that memory stays bounded when writing is the slower side.
    private static let waiting = 16

    private let condition = NSCondition()
    private var batches: [[TaskRow]] = []
    private var closed = false
    private var writer: TaskListText.Writer
    private let console: Console
    private let written = DispatchSemaphore(value: 0)

    /// Starts the writing thread.
    init(language: Language, console: Console) {
        writer = TaskListText.Writer(language: language)
        self.console = console
        Thread { [self] in write() }.start()
    }

    /// Hands a batch of tasks over, in order (waiting while `waiting` are not yet written).
    func put(_ batch: [TaskRow]) {
        guard !batch.isEmpty else { return }
        condition.lock()
        while batches.count >= Self.waiting { condition.wait() }
        batches.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for every batch to be written, then writes the rest of the text, that of
    /// `later` (the tasks after these, written on another thread), and the count line
    /// (`complete`), or nothing more when the reading failed.
    func finish(complete: Bool, later: TaskListHalf? = nil) {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        written.wait()
        guard complete else { return }
        if let later {
            console.out(Data(writer.takeBytes()))
            var rest = later.writer
            let between = writer.join(rest)
            if !between.isEmpty { console.out(between) }
            for chunk in later.chunks { console.out(Data(chunk)) }
            console.out(Data(rest.takeBytes()))
        }
        console.out(writer.finish())
    }

    private func write() {
        while let batch = next() {
            for task in batch { writer.add(task) }
            if writer.pendingBytes >= 1 << 18 { console.out(Data(writer.takeBytes())) }
        }
        written.signal()
    }

    private func next() -> [TaskRow]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !closed { condition.wait() }
        guard !batches.isEmpty else { return nil }
        condition.broadcast()
        return batches.removeFirst()
    }
}

/// The text of a list's second half (`TaskStore.eachTaskInHalves`), written on the thread
/// that reads it, in pieces of a few hundred kilobytes (one growing buffer of ten megabytes
/// was copied as it grew); printed when that thread has ended.
final class TaskListHalf: @unchecked Sendable {
    /// The writer, with the text not yet taken into `chunks`.
    private(set) var writer: TaskListText.Writer
    /// The text taken from the writer so far, in order.
    private(set) var chunks: [[UInt8]] = []

    init(language: Language) { writer = TaskListText.Writer(language: language) }

    func add(_ task: TaskRow) {
        writer.add(task)
        if writer.pendingBytes >= 1 << 18 { chunks.append(writer.takeBytes()) }
    }
}
