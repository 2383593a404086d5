import Foundation

/// `package import`: packages merged into the province's database in file order, each
/// whole or not at all.
public enum PackageImport {
    /// No commune's package comes near this; a larger file is refused before it is read.
    public static let sizeLimit: Int64 = 512 * 1024 * 1024
    /// The extension `package export` suggests and a folder is searched for.
    public static let fileExtension = "bdhvs"

    /// The package files `paths` name: files as given, folders as their `.bdhvs` files
    /// (not their subfolders; the extension in any case), by name. A folder with none stands
    /// for itself and is refused (`PackageError.noPackages`), not an import of nothing that succeeds.
    public static func files(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let packages = names.filter { ($0 as NSString).pathExtension.lowercased() == fileExtension }.sorted()
            return packages.isEmpty ? [path] : packages.map { (path as NSString).appendingPathComponent($0) }
        }
    }

    /// Imports every package file of `paths` (see `files`) into `store`, in order, on one
    /// connection, several packages a transaction (`PackageImporter`); what became of
    /// each. The files are read, verified and checked a few ahead on a second thread
    /// (`PackageReadAhead`) while this one merges. Throws only when the store cannot import at all.
    public static func run(_ paths: [String], into store: TaskStore) throws -> [PackageFileOutcome] {
        let files = files(paths)
        return try store.importingPackages { importer in
            let reader = PackageReadAhead(files, skipCheck: (try? importer.importedDigests()) ?? [])
            defer { reader.stop() }
            var outcomes: [PackageFileOutcome?] = Array(repeating: nil, count: files.count)
            func settle(_ settled: [PackageImporter.Settled]) {
                for (tag, result) in settled { outcomes[tag] = outcome(files[tag], result) }
            }
            for (tag, path) in files.enumerated() {
                do {
                    let package = try reader.next(tag).get()
                    if let known = try take(package, tag: tag, with: importer, settle: settle) { outcomes[tag] = outcome(path, .success(known)) }
                } catch {
                    outcomes[tag] = outcome(path, .failure(error))
                }
            }
            settle(importer.mergeQueued())
            return outcomes.enumerated().map { $0.element ?? outcome(files[$0.offset], .failure(PackageError.cannotRead(path: files[$0.offset]))) }
        }
    }

    /// Imports one package file into `store`, or the one-line refusal why not.
    public static func file(_ path: String, into store: TaskStore) throws -> PackageImportResult {
        guard let outcome = try run([path], into: store).first else { throw PackageError.noSuchFile(path: path) }
        if let refusal = outcome.refusal { throw refusal }
        guard let result = outcome.result else { throw PackageError.cannotRead(path: path) }
        return result
    }

    /// Gives a package read and verified to `importer` (which settles it later, through
    /// `settle`), or returns at once what an unchanged package already taken is.
    private static func take(_ package: VerifiedPackage, tag: Int, with importer: PackageImporter,
                             settle: ([PackageImporter.Settled]) -> Void) throws -> PackageImportResult? {
        // A queued package of the same commune may make this one no longer the latest taken:
        // it is merged first, so that the answer is the one importing file by file gives.
        var same = try importer.alreadyImported(digest: package.digest, publicKey: package.publicKey)
        if same != nil, importer.hasQueued {
            settle(importer.mergeQueued())
            same = try importer.alreadyImported(digest: package.digest, publicKey: package.publicKey)
        }
        if let same { return same }
        settle(importer.take(package.payload, publicKey: package.publicKey, digest: package.digest, tag: tag, checked: package.checked,
                            tally: package.tally))
        return nil
    }

    /// The outcome of the file `path` from what became of it.
    private static func outcome(_ path: String, _ result: Result<PackageImportResult, any Error>) -> PackageFileOutcome {
        switch result {
        case .success(let taken):
            return PackageFileOutcome(file: path, result: taken, refusal: nil)
        case .failure(let error as any UserFacingError):
            return PackageFileOutcome(file: path, result: nil, refusal: error)
        case .failure:
            return PackageFileOutcome(file: path, result: nil, refusal: PackageError.cannotRead(path: path))
        }
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
