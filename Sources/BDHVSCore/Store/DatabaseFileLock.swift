import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (`flock(2)`) held while a store is opened, so that several
/// processes opening a new database at once check, create and migrate it only once.
///
/// The lock is on the folder that holds the database, which leaves no lock file behind. It
/// is not on the database file itself: closing any descriptor of that file drops the POSIX
/// locks SQLite holds on it in this process, and in WAL mode that lets another process
/// think it is the last one and delete the WAL under this one (writes were lost that way).
enum DatabaseFileLock {
    static func withLock<T>(path: String, _ body: () throws -> T) throws -> T {
        var folder = (path as NSString).deletingLastPathComponent
        if folder.isEmpty { folder = "." }
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileLockError(reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { throw FileLockError(reason: String(cString: strerror(errno))) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}

/// The lock could not be taken; `reason` is the system's wording.
struct FileLockError: Error {
    let reason: String
}
