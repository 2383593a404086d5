import Foundation

/// A package file read and verified: its payload, whose checksum and signature hold, and
/// the key that signed it.
struct VerifiedPackage: Sendable {
    var payload: Data
    var publicKey: String
    var digest: String
    /// What the payload check found (`PackagePayloadChecker`), when it was checked ahead.
    var checked: Result<PackageMeta, any Error>?
    /// What it adds to the status tallies as its commune's first package, counted ahead
    /// with the check (`PackagePayloadTally`).
    var tally: PackagePayloadTally?
}

/// Reads and verifies the files of an import run on a thread of its own, a few files ahead
/// of the connection that merges them: reading a file, its SHA-256 and its Ed25519
/// signature need no database, and done on the writing thread they were a tenth of a first
/// import, the other core idle meanwhile. So is the payload check (a read of every row, on
/// an in-memory connection of the reader's own), but for a file whose checksum is that of
/// a package already taken (`skipCheck`): a re-import of unchanged packages opens none. What became of each file is handed over in file
/// order (`next`), so the merge sees exactly what reading the files one after another gives.
/// At most `fileLimit` files, or `byteLimit` bytes of payloads, wait at a time (one file
/// always may, however large): memory stays bounded by a batch of the import.
final class PackageReadAhead: @unchecked Sendable {
    /// A few files are enough to keep the writer busy: reading one is much faster than merging it.
    static let fileLimit = 4
    static let byteLimit = 64 << 20

    private let files: OrderedReadAhead<Result<VerifiedPackage, any Error>>

    /// Starts reading `files` in order; the payloads are checked too, but those whose
    /// checksum is in `skipCheck`, unless `check` is false.
    init(_ files: [String], check: Bool = true, skipCheck: Set<String> = []) {
        let reader = Reader(check: check, skipCheck: skipCheck)
        self.files = OrderedReadAhead(count: files.count, ahead: Self.fileLimit, weightLimit: Self.byteLimit, weight: Self.bytes) { tag in
            reader.read(files[tag])
        }
    }

    /// What became of file `tag`, once read: the files must be asked for in order, each once.
    func next(_ tag: Int) -> Result<VerifiedPackage, any Error> { files.next(tag) }

    /// Stops reading and returns once the reader is done (files read meanwhile are dropped).
    func stop() { files.stop() }

    /// Reads and checks one file after another, on the reading thread only: its payload
    /// checker (an in-memory connection) is opened there, with the first file.
    private final class Reader: @unchecked Sendable {
        let check: Bool
        let skipCheck: Set<String>
        lazy var checker: PackagePayloadChecker? = check ? try? PackagePayloadChecker() : nil

        init(check: Bool, skipCheck: Set<String>) {
            self.check = check
            self.skipCheck = skipCheck
        }

        func read(_ path: String) -> Result<VerifiedPackage, any Error> {
            Result { () throws -> VerifiedPackage in
                var package = try PackageReadAhead.read(path)
                if let checker, !skipCheck.contains(package.digest) {
                    package.checked = checker.check(package.payload)
                    if case .success = package.checked { package.tally = checker.tally() }
                }
                return package
            }
        }
    }

    @Sendable private static func bytes(_ result: Result<VerifiedPackage, any Error>) -> Int {
        (try? result.get().payload.count) ?? 0
    }

    /// Reads and verifies one package file; throws the one-line refusal of a file that
    /// cannot be a package, or is not signed as it should be.
    static func read(_ path: String) throws -> VerifiedPackage {
        let size: Int64
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if attributes[.type] as? FileAttributeType == .typeDirectory { throw PackageError.noPackages(folder: path) }
            size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        } catch let error as PackageError {
            throw error
        } catch {
            throw PackageError.noSuchFile(path: path)
        }
        if size > PackageImport.sizeLimit { throw PackageError.tooLarge(bytes: size, limit: PackageImport.sizeLimit) }
        guard let file = FileManager.default.contents(atPath: path) else {
            throw PackageError.cannotRead(path: path)
        }
        let envelope = try PackageEnvelope.parse(file)
        let payload = try envelope.verifiedPayload(of: file)
        guard let publicKey = envelope.publicKey else { throw PackageError.unsigned }
        return VerifiedPackage(payload: payload, publicKey: publicKey, digest: envelope.sha256)
    }
}
