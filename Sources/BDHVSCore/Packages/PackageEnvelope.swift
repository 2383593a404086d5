import Crypto
import Foundation

/// A package file: a short text header, then the payload database byte for byte.
///
///     BDHVS-PACKAGE 1
///     size 40960
///     sha256 9f86d0…
///     key ed25519:…          (absent when unsigned)
///     signature …            (absent when unsigned)
///     (empty line)
///     payload
///
/// The signature covers the first three lines (format, size and checksum), so a change of
/// any byte of the payload, or of the format it claims, breaks it.
struct PackageEnvelope: Equatable {
    var format: Int
    var size: Int64
    var sha256: String
    var publicKey: String?
    var signature: Data?
    /// Where the payload starts in the file.
    var payloadOffset: Int

    static let magic = "BDHVS-PACKAGE"
    /// A header is short: anything longer is not a package.
    static let headerLimit = 1024

    /// The part of the header that is signed.
    static func signedPart(format: Int, size: Int64, sha256: String) -> Data {
        Data("\(magic) \(format)\nsize \(size)\nsha256 \(sha256)\n".utf8)
    }

    static func hex(_ digest: some Sequence<UInt8>) -> String {
        digest.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// The whole file for `payload`, signed by `key` when given.
    static func make(payload: Data, key: PackageSigningKey?) throws -> Data {
        let digest = hex(SHA256.hash(data: payload))
        let signed = signedPart(format: PackageFormat.current, size: Int64(payload.count), sha256: digest)
        var header = signed
        if let key {
            header += Data("key \(key.publicKeyText)\nsignature \(try key.signature(of: signed).base64EncodedString())\n".utf8)
        }
        return header + Data("\n".utf8) + payload
    }

    /// Reads the header of `file`, or the refusal: not a package, a newer format.
    static func parse(_ file: Data) throws -> PackageEnvelope {
        let head = file.prefix(headerLimit)
        guard let end = head.firstRange(of: Data("\n\n".utf8)) else {
            throw head.starts(with: Data(magic.utf8)) && file.count < headerLimit ? PackageError.truncated(bytes: Int64(file.count), expected: Int64(headerLimit)) : PackageError.notAPackage
        }
        guard let text = String(data: head[head.startIndex..<end.lowerBound], encoding: .ascii) else { throw PackageError.notAPackage }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first, first.hasPrefix(magic + " "), let format = Int(first.dropFirst(magic.count + 1)), format > 0 else {
            throw PackageError.notAPackage
        }
        if format > PackageFormat.current { throw PackageError.newerFormat(found: format, supported: PackageFormat.current) }
        func value(_ index: Int, _ name: String) -> String? {
            guard index < lines.count, lines[index].hasPrefix(name + " ") else { return nil }
            return String(lines[index].dropFirst(name.count + 1))
        }
        guard let sizeText = value(1, "size"), let size = Int64(sizeText), size >= 0,
              let sha = value(2, "sha256"), sha.count == 64, sha.allSatisfy(\.isHexDigit) else {
            throw PackageError.notAPackage
        }
        var envelope = PackageEnvelope(format: format, size: size, sha256: sha, publicKey: nil, signature: nil,
                                       payloadOffset: end.upperBound - file.startIndex)
        switch lines.count {
        case 3: break
        case 5:
            guard let key = value(3, "key"), let signatureText = value(4, "signature"),
                  let signature = Data(base64Encoded: signatureText) else { throw PackageError.notAPackage }
            envelope.publicKey = key
            envelope.signature = signature
        default: throw PackageError.notAPackage
        }
        return envelope
    }

    /// The payload of `file` once its size, checksum and signature hold.
    func verifiedPayload(of file: Data) throws -> Data {
        let available = Int64(file.count - payloadOffset)
        if available < size { throw PackageError.truncated(bytes: Int64(file.count), expected: Int64(payloadOffset) + size) }
        if available > size { throw PackageError.checksumMismatch }
        let payload = file.subdata(in: (file.startIndex + payloadOffset)..<file.endIndex)
        guard Self.hex(SHA256.hash(data: payload)) == sha256 else { throw PackageError.checksumMismatch }
        guard let publicKey, let signature else { throw PackageError.unsigned }
        let signed = Self.signedPart(format: format, size: size, sha256: sha256)
        guard PackagePublicKey.verify(signature, of: signed, by: publicKey) else { throw PackageError.badSignature }
        return payload
    }
}

/// The package format this bdhvs writes and the newest it reads.
public enum PackageFormat {
    public static let current = PackagePayload.format
}
