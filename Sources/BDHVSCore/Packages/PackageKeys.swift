import Crypto
import Foundation

/// A commune's Ed25519 signing key, as `package keygen` writes it: one line,
/// `bdhvs-ed25519-private BASE64`, in a file only its owner may read (mode 0600).
public struct PackageSigningKey: Sendable {
    /// The key's 32 bytes (kept as bytes: swift-crypto's key type is not `Sendable`).
    private let raw: Data
    private let publicRaw: Data

    private init(key: Curve25519.Signing.PrivateKey) {
        raw = key.rawRepresentation
        publicRaw = key.publicKey.rawRepresentation
    }

    private static let prefix = "bdhvs-ed25519-private "

    /// A new random key.
    public static func generate() -> PackageSigningKey { PackageSigningKey(key: Curve25519.Signing.PrivateKey()) }

    /// The public half, as the province trusts it: `ed25519:BASE64`.
    public var publicKeyText: String { PackagePublicKey.text(of: publicRaw) }

    /// Reads a key file, or `PackageError.badPrivateKey`.
    public static func read(path: String) throws -> PackageSigningKey {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileManager.default.fileExists(atPath: path) ? PackageError.cannotRead(path: path) : PackageError.noSuchFile(path: path)
        }
        let text = String(decoding: data.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix(prefix), let raw = Data(base64Encoded: String(text.dropFirst(prefix.count))),
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw PackageError.badPrivateKey(path: path)
        }
        return PackageSigningKey(key: key)
    }

    /// Writes the key at `path` (mode 0600, never over an existing file) and its public
    /// half at `path.pub`.
    public func write(path: String) throws {
        for file in [path, path + ".pub"] where FileManager.default.fileExists(atPath: file) {
            throw PackageError.keyExists(path: file)
        }
        try Self.createExclusive(path: path, mode: 0o600, text: Self.prefix + raw.base64EncodedString() + "\n")
        try Self.createExclusive(path: path + ".pub", mode: 0o644, text: publicKeyText + "\n")
    }

    /// Creates a new file with `mode` from the start (no moment where others may read it).
    private static func createExclusive(path: String, mode: mode_t, text: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw PackageError.keyExists(path: path) }
            throw PackageError.cannotWrite(path: path, reason: String(cString: strerror(errno)).lowercased())
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        handle.write(Data(text.utf8))
    }

    /// The signature of `message`.
    func signature(of message: Data) throws -> Data { try Curve25519.Signing.PrivateKey(rawRepresentation: raw).signature(for: message) }
}

/// A public key as text: `ed25519:` and the 32 bytes in base64.
public enum PackagePublicKey {
    static let prefix = "ed25519:"

    static func text(of raw: Data) -> String { prefix + raw.base64EncodedString() }

    /// The key text in its one spelling, or `PackageError.badPublicKey`. Accepts the text
    /// itself or the path of a `.pub` file holding it.
    public static func normalized(_ given: String) throws -> String {
        var candidate = given.trimmingCharacters(in: .whitespacesAndNewlines)
        if !candidate.hasPrefix(prefix), let data = FileManager.default.contents(atPath: candidate), data.count < 200 {
            candidate = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard candidate.hasPrefix(prefix), let raw = Data(base64Encoded: String(candidate.dropFirst(prefix.count))),
              (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil else {
            throw PackageError.badPublicKey(String(given.prefix(80)))
        }
        return text(of: raw)
    }

    /// Whether `signature` of `message` was made by the key `text`.
    static func verify(_ signature: Data, of message: Data, by text: String) -> Bool {
        guard text.hasPrefix(prefix), let raw = Data(base64Encoded: String(text.dropFirst(prefix.count))),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else { return false }
        return key.isValidSignature(signature, for: message)
    }
}
