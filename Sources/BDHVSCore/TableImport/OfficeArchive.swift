import Foundation
import ZIPFoundation

/// The parts of an Office Open XML file (a ZIP archive), read in memory.
enum OfficeArchive {
    /// Largest part read, so that a hostile archive cannot fill memory (a real plan's
    /// `document.xml` is well under a megabyte).
    static let largestPart = 64 << 20

    /// The bytes of the part at `path`.
    static func part(_ path: String, of data: Data) throws -> Data {
        try optionalPart(path, of: data) ?? { throw TableImportError.missingPart(path) }()
    }

    /// The bytes of the part at `path`, or nil when the archive has no such part.
    static func optionalPart(_ path: String, of data: Data) throws -> Data? {
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw TableImportError.notAnArchive }
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= largestPart else { throw TableImportError.unreadablePart(path) }
        var bytes = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { bytes.append($0) }
        } catch {
            throw TableImportError.unreadablePart(path)
        }
        return bytes
    }
}
