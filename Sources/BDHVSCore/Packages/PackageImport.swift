import Foundation

/// `package import`: packages merged into the province's database, one file at a time,
/// each whole or not at all.
public enum PackageImport {
    /// No commune's package comes near this; a larger file is refused before it is read.
    public static let sizeLimit: Int64 = 512 * 1024 * 1024
    /// The extension `package export` suggests and a folder is searched for.
    public static let fileExtension = "bdhvs"

    /// The package files `paths` name: files as given, folders as their `.bdhvs` files
    /// (not their subfolders), by name.
    public static func files(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { ($0 as NSString).pathExtension == fileExtension }.sorted()
                .map { (path as NSString).appendingPathComponent($0) }
        }
    }

    /// Imports every package file of `paths` (see `files`) into `store`, in order, on one
    /// connection; what became of each. Throws only when the store cannot import at all.
    public static func run(_ paths: [String], into store: TaskStore) throws -> [PackageFileOutcome] {
        try store.importingPackages { importer in
            files(paths).map { path -> PackageFileOutcome in
                do {
                    return PackageFileOutcome(file: path, result: try file(path, with: importer), refusal: nil)
                } catch let error as any UserFacingError {
                    return PackageFileOutcome(file: path, result: nil, refusal: error)
                } catch {
                    return PackageFileOutcome(file: path, result: nil, refusal: PackageError.cannotRead(path: path))
                }
            }
        }
    }

    /// Imports one package file into `store`, or the one-line refusal why not.
    public static func file(_ path: String, into store: TaskStore) throws -> PackageImportResult {
        try store.importingPackages { try file(path, with: $0) }
    }

    /// Imports one package file with `importer`, or the one-line refusal why not.
    static func file(_ path: String, with importer: PackageImporter) throws -> PackageImportResult {
        let size: Int64
        do {
            size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0
        } catch {
            throw PackageError.noSuchFile(path: path)
        }
        if size > sizeLimit { throw PackageError.tooLarge(bytes: size, limit: sizeLimit) }
        guard let file = FileManager.default.contents(atPath: path) else {
            throw PackageError.cannotRead(path: path)
        }
        let envelope = try PackageEnvelope.parse(file)
        let payload = try envelope.verifiedPayload(of: file)
        if let publicKey = envelope.publicKey, let same = try importer.alreadyImported(digest: envelope.sha256, publicKey: publicKey) {
            return same
        }
        return try importer.importPayload(payload, publicKey: envelope.publicKey ?? "", digest: envelope.sha256)
    }
}

/// What became of one file given to `package import`.
public struct PackageFileOutcome: Sendable {
    public var file: String
    /// What the import did, when the package was taken (or found already taken).
    public var result: PackageImportResult?
    /// Why the package was refused.
    public var refusal: (any UserFacingError)?

    public init(file: String, result: PackageImportResult?, refusal: (any UserFacingError)?) {
        self.file = file
        self.result = result
        self.refusal = refusal
    }
}
