import Foundation

/// The package root (the directory holding `Package.swift`), found from this file's path,
/// for both test targets: relative paths such as `Plans/…` are read from it.
public enum PackageRoot {
    public static let url: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url = url.deletingLastPathComponent()
        }
        preconditionFailure("no Package.swift above \(#filePath)")
    }()
}
