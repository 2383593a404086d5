import Foundation

/// Reads a plan file's bytes and text, saying precisely why it cannot: no such file, a
/// folder, a symbolic link loop, no permission, or bytes that are not UTF-8 (with where).
enum PlanFileReader {
    /// The file's bytes, or why there are none.
    static func bytes(at path: String) -> Result<Data, YAMLMessage> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT, let part = PlanFiles.undecodablePart(of: path) {
                return .failure(part.isFile ? .nameNotUTF8 : .folderNameNotUTF8(folder: part.path))
            }
            return .failure(message(forErrno: code))
        }
        defer { close(descriptor) }
        var status = stat()
        let known = fstat(descriptor, &status) == 0
        if known, (status.st_mode & S_IFMT) == S_IFDIR { return .failure(.isDirectory) }
        // Read with `read` into a buffer of the file's size (and more while there is more: a
        // pipe, a file still growing); `FileHandle.readToEnd` was a third of reading a small plan.
        var data = Data(count: known && status.st_size > 0 ? Int(clamping: status.st_size) + 1 : 64 << 10)
        var filled = 0
        while true {
            if filled == data.count { data.count = data.count * 2 }
            let got = data.withUnsafeMutableBytes { raw in read(descriptor, raw.baseAddress! + filled, raw.count - filled) }
            if got > 0 { filled += got; continue }
            if got == 0 { break }
            if errno == EINTR { continue }
            return .failure(message(forErrno: errno))
        }
        data.count = filled
        return .success(data)
    }

    private static func message(forErrno code: Int32) -> YAMLMessage {
        switch code {
        case ENOENT, ENOTDIR: return .noSuchFile
        case ELOOP: return .symbolicLinkLoop
        case EACCES, EPERM: return .permissionDenied
        case EISDIR: return .isDirectory
        default: return .unreadable(reason: String(cString: strerror(code)))
        }
    }

    /// The offset of the first byte that is not part of valid UTF-8, and the byte; nil
    /// when all of `bytes` is UTF-8.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (offset: Int, byte: UInt8)? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return (index, lead)
            }
            for position in 1..<length {
                let next = index + position
                guard next < bytes.count else { return (index, lead) }
                let (min, max) = position == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                guard (min...max).contains(bytes[next]) else { return (index, lead) }
            }
            index += length
        }
        return nil
    }
}
