import Foundation

/// `package export`: a commune's plans and everything recorded for them, in one signed file.
public enum PackageExport {
    /// Writes the package of `plans` (all loaded plans when empty) at `output`, signed by
    /// `key` (nil only in tests of unsigned packages). The file appears whole or not at all:
    /// it is written beside `output` and renamed.
    public static func write(from store: TaskStore, plans: [String], key: PackageSigningKey?, to output: String,
                             asOf: CivilDate, nowEpochSeconds: Int64) throws -> PackageMeta {
        let work = try PackageScratch()
        defer { work.remove() }
        let meta = try store.writePackagePayload(plans: plans, to: work.payloadPath, asOf: asOf, madeAtEpochSeconds: nowEpochSeconds)
        guard let payload = FileManager.default.contents(atPath: work.payloadPath) else {
            throw PackageError.cannotRead(path: work.payloadPath)
        }
        let file = try PackageEnvelope.make(payload: payload, key: key)
        let partial = output + ".partial"
        do {
            try file.write(to: URL(fileURLWithPath: partial))
            if FileManager.default.fileExists(atPath: output) { try FileManager.default.removeItem(atPath: output) }
            try FileManager.default.moveItem(atPath: partial, toPath: output)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw PackageError.cannotWrite(path: output, reason: (error as NSError).localizedDescription.lowercased())
        }
        return meta
    }
}

/// A private folder for a package's payload while it is written or read, removed after.
struct PackageScratch {
    let folder: String
    var payloadPath: String { folder + "/payload.sqlite" }

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/bdhvs-package-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw PackageError.cannotWrite(path: NSTemporaryDirectory(), reason: String(cString: strerror(errno)).lowercased())
        }
        folder = String(cString: made)
    }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}
