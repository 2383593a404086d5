import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The plan files a command names: files as given, and for a folder every `.yaml` or
/// `.yml` file below it (in any case: `KE-HOACH.YAML` saved on Windows), in a stable order.
/// A folder with none stands for itself, so that reading it says so (`YAMLMessage.isDirectory`)
/// instead of a validation or a load that checks nothing and succeeds.
public enum PlanFiles {
    public static func expand(_ arguments: [String]) -> [String] {
        arguments.flatMap { argument -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), isDirectory.boolValue else { return [argument] }
            let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
            let plans = entries(below: base).filter(isPlanName)
            return plans.isEmpty ? [argument] : plans.sorted().map { base + "/" + $0 }
        }
    }

    /// Whether the last part of `path` ends in ".yaml" or ".yml", in any case. A name that is
    /// only a dot and an extension (".yaml") is hidden, with no extension.
    static func isPlanName(_ path: String) -> Bool {
        let bytes = Array(path.utf8.suffix(6))
        for ext in ["yaml", "yml"] {
            let count = ext.utf8.count
            guard bytes.count > count + 1, bytes[bytes.count - count - 1] == UInt8(ascii: "."),
                  bytes[bytes.count - count - 2] != UInt8(ascii: "/") else { continue }
            // ASCII letters only: lowercased by setting the bit of case.
            if zip(bytes.suffix(count), ext.utf8).allSatisfy({ $0 | 0x20 == $1 }) { return true }
        }
        return false
    }

    /// Every entry below `directory`, as paths relative to it, without following links to
    /// folders. Read with `readdir`: `FileManager`'s enumerator spent 28 ms on the 3,355
    /// entries of a national folder, before any plan could be checked. Folders are walked by
    /// their names' bytes: a folder whose name is not UTF-8 is walked too, and its files
    /// are listed with '�' in their paths (reading one then says which folder to rename).
    static func entries(below directory: String) -> [String] {
        var found: [String] = []
        var pending: [(bytes: [UInt8], text: String)] = [([], "")]
        while let relative = pending.popLast() {
            let folder = relative.bytes.isEmpty ? Array(directory.utf8) : Array(directory.utf8) + [0x2F] + relative.bytes
            for entry in entries(of: folder) {
                let name = String(decoding: entry.name, as: UTF8.self)
                let path = relative.text.isEmpty ? name : relative.text + "/" + name
                if isFolder(entry.type, path: folder + [0x2F] + entry.name) {
                    pending.append((relative.bytes.isEmpty ? entry.name : relative.bytes + [0x2F] + entry.name, path))
                } else {
                    found.append(path)
                }
            }
        }
        return found
    }

    /// Where `path`, as read, goes through an entry whose name is not UTF-8: read into text,
    /// such a name shows '�' where its bytes are, and opening that text finds nothing. The
    /// path up to that entry, and whether it is the file itself (else a folder on its way);
    /// nil when no such entry is there. Asked only once a file is not found.
    static func undecodablePart(of path: String) -> (path: String, isFile: Bool)? {
        guard path.contains("\u{FFFD}") else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let index = parts.firstIndex(where: { $0.contains("\u{FFFD}") }) else { return nil }
        let parent = parts[..<index].joined(separator: "/")
        let folder = index == 0 ? "." : parent.isEmpty ? "/" : parent
        let undecodable = entries(of: Array(folder.utf8)).contains { entry in
            String(validating: entry.name, as: UTF8.self) == nil && String(decoding: entry.name, as: UTF8.self) == parts[index]
        }
        guard undecodable else { return nil }
        return (parts[...index].joined(separator: "/"), index == parts.count - 1)
    }

    /// The entries of the folder at path `folder` (its bytes) but "." and "..": each name's
    /// bytes as stored (not always UTF-8) and its type; none when the folder cannot be read.
    private static func entries(of folder: [UInt8]) -> [(name: [UInt8], type: UInt8)] {
        let handle = (folder.isEmpty ? [0x2F, 0] : folder + [0]).withUnsafeBufferPointer { bytes in
            opendir(UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self))
        }
        guard let handle else { return [] }
        defer { closedir(handle) }
        var result: [(name: [UInt8], type: UInt8)] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            result.append((name, entry.pointee.d_type))
        }
        return result
    }

    private static func isFolder(_ type: UInt8, path: [UInt8]) -> Bool {
        if Int(type) != Int(DT_UNKNOWN) { return Int(type) == Int(DT_DIR) }
        // Some file systems do not say; ask without following a link.
        var info = stat()
        let status = (path + [0]).withUnsafeBufferPointer { bytes in
            lstat(UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self), &info)
        }
        return status == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
