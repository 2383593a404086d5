import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// The parts of an Office Open XML file (a ZIP archive), read in memory.
enum OfficeArchive {
    /// Largest part read, so that a hostile archive cannot fill memory (a real plan's
    /// `document.xml` is well under a megabyte).
    static let largestPart = 64 << 20

    /// The bytes of the part at `path`.
    static func part(_ path: String, of data: Data) throws -> Data {
        try parts([path], of: data)[path] ?? { throw TableImportError.missingPart(path) }()
    }

    /// The bytes of each part of `paths` the archive has (a part it lacks is left out).
    ///
    /// The archive is read from a temporary copy on disk, not from memory: ZIPFoundation's
    /// in-memory reader traps ("Range requires lowerBound <= upperBound") when an offset in
    /// a damaged archive points past its end, where reading a file past its end is just a
    /// short read that ZIPFoundation reports as an error.
    static func parts(_ paths: [String], of data: Data) throws -> [String: Data] {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("bdhvs-import-\(UUID().uuidString).zip")
        do { try data.write(to: copy) } catch { throw TableImportError.noTemporaryCopy(copy.deletingLastPathComponent().path) }
        defer { try? FileManager.default.removeItem(at: copy) }
        let archive: Archive
        do { archive = try Archive(url: copy, accessMode: .read) } catch { throw TableImportError.notAnArchive }
        var found: [String: Data] = [:]
        for path in paths {
            guard let entry = archive[path] else { continue }
            guard entry.uncompressedSize <= largestPart else { throw TableImportError.unreadablePart(path) }
            var bytes = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { chunk in
                    // A damaged header may understate the size: the part is cut off where it passes the limit.
                    guard bytes.count + chunk.count <= largestPart else { throw TableImportError.unreadablePart(path) }
                    bytes.append(chunk)
                }
            } catch {
                throw TableImportError.unreadablePart(path)
            }
            found[path] = bytes
        }
        return found
    }

    /// Parses the XML part `xml` with `delegate`; false when it is not well-formed, not
    /// UTF-8, or the delegate stopped it. Foundation's parser traps on an element name that
    /// is not UTF-8 ("<w:\u{ED}gridSpan>", which libxml2 lets through), so the bytes are
    /// checked first: Word and Excel write their parts in UTF-8.
    static func parse(_ xml: Data, with delegate: any XMLParserDelegate) -> Bool {
        guard String(validating: xml, as: UTF8.self) != nil else { return false }
        let parser = XMLParser(data: xml)
        parser.delegate = delegate
        return parser.parse()
    }
}
