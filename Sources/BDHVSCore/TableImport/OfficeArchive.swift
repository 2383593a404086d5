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
    /// The central directory is read here and each part's compressed bytes are handed to
    /// ZIPFoundation's inflater by a provider that ends at the part's own end. ZIPFoundation's
    /// `Archive` would not do: in memory it traps when an offset points past the end, and on
    /// a file its inflater reads on to the end of the file and, when the stream has not
    /// ended there (a damaged or truncated part), loops forever on empty reads.
    static func parts(_ paths: [String], of data: Data) throws -> [String: Data] {
        let bytes = [UInt8](data)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        func signature(_ at: Int, _ value: Int) -> Bool { at >= 0 && at + 4 <= bytes.count && u32(at) == value }
        // The end record: the last one in the final 64 KB (its comment is at most that long).
        guard bytes.count >= 22 else { throw TableImportError.notAnArchive }
        var end = bytes.count - 22
        while end >= max(0, bytes.count - 22 - 65_535), !signature(end, 0x0605_4B50) { end -= 1 }
        guard signature(end, 0x0605_4B50) else { throw TableImportError.notAnArchive }
        var entry = u32(end + 16)
        var found: [String: Data] = [:]
        for _ in 0..<u16(end + 10) {
            guard signature(entry, 0x0201_4B50), entry + 46 <= bytes.count else { throw TableImportError.notAnArchive }
            let nameEnd = entry + 46 + u16(entry + 28)
            guard nameEnd <= bytes.count else { throw TableImportError.notAnArchive }
            let name = String(decoding: bytes[(entry + 46)..<nameEnd], as: UTF8.self)
            if paths.contains(name), found[name] == nil {
                found[name] = try extract(name, bytes, method: u16(entry + 10), crc: u32(entry + 16), size: u32(entry + 20),
                                          expanded: u32(entry + 24), local: u32(entry + 42))
            }
            entry = nameEnd + u16(entry + 30) + u16(entry + 32)
        }
        return found
    }

    /// The part `path` whose local header is at `local`: `size` bytes stored or deflated,
    /// `expanded` once inflated, with the checksum `crc`.
    private static func extract(_ path: String, _ bytes: [UInt8], method: Int, crc: Int, size: Int, expanded: Int, local: Int) throws -> Data {
        guard local + 30 <= bytes.count, bytes[local..<(local + 4)].elementsEqual([0x50, 0x4B, 0x03, 0x04]) else {
            throw TableImportError.unreadablePart(path)
        }
        let start = local + 30 + (Int(bytes[local + 26]) | Int(bytes[local + 27]) << 8) + (Int(bytes[local + 28]) | Int(bytes[local + 29]) << 8)
        guard start + size <= bytes.count, expanded <= largestPart else { throw TableImportError.unreadablePart(path) }
        let compressed = bytes[start..<(start + size)]
        var out = Data()
        switch method {
        case 0:
            out = Data(compressed)
        case 8:
            let chunk = 32_768
            do {
                _ = try Data.decompress(size: Int64(size), bufferSize: chunk, skipCRC32: true, provider: { position, _ in
                    let from = compressed.startIndex + Int(position)
                    // The stream has not ended where the part does: damaged, not more to wait for.
                    guard from < compressed.endIndex else { throw TableImportError.unreadablePart(path) }
                    // ZIPFoundation tells the inflater a whole chunk is there: the last one is padded.
                    var piece = Data(compressed[from..<min(compressed.endIndex, from + chunk)])
                    if piece.count < chunk { piece.append(Data(count: chunk - piece.count)) }
                    return piece
                }, consumer: { piece in
                    guard out.count + piece.count <= largestPart else { throw TableImportError.unreadablePart(path) }
                    out.append(piece)
                })
            } catch {
                throw TableImportError.unreadablePart(path)
            }
        default:
            throw TableImportError.unreadablePart(path)
        }
        guard out.count == expanded, Int(out.crc32(checksum: 0)) == crc else { throw TableImportError.unreadablePart(path) }
        return out
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
