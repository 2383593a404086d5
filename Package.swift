// swift-tools-version: 6.1
import PackageDescription
#if os(Linux)
import Glibc
#endif

let package = Package(
    name: "bdhvs",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bdhvs", targets: ["bdhvs"]),
        .library(name: "BDHVSCore", targets: ["BDHVSCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // Ed25519 signatures of commune packages (issue 14).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The dashboard's HTTP server (issue 16). No traits: the configuration-file support and
        // full Foundation are not used, and each adds build time for every engineer.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Already in Hummingbird's graph; named because the dashboard uses a type of each.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "BDHVSCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The dashboard (issue 16): all HTTP and HTML; the core never imports Hummingbird.
        .target(
            name: "BDHVSServer",
            dependencies: [
                "BDHVSCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "bdhvs",
            dependencies: [
                "BDHVSCore",
                "BDHVSServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: releaseLinking
        ),
        // The seeded generator of the benchmark's dataset and of the fuzz runs; not in the product.
        .target(name: "BDHVSRandom"),
        .executableTarget(
            name: "bdhvs-bench",
            dependencies: [
                "BDHVSCore",
                "BDHVSRandom",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What both test targets share: the package root, the one process runner, plans.
        .target(name: "BDHVSTestSupport", dependencies: ["BDHVSRandom", .product(name: "ZIPFoundation", package: "ZIPFoundation")], path: "Tests/BDHVSTestSupport"),
        .testTarget(name: "BDHVSCoreTests", dependencies: ["BDHVSCore", "BDHVSTestSupport"]),
        .testTarget(name: "BDHVSServerTests", dependencies: [
            "BDHVSServer", "BDHVSCore", "BDHVSTestSupport", .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "bdhvsCLITests", dependencies: ["BDHVSCore", "bdhvs", "bdhvs-bench", "BDHVSTestSupport"], exclude: ["Golden", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

/// How a release `bdhvs` is linked on Linux, for a faster start (issue 12: a province's
/// `results` is a few milliseconds of queries after several of starting the program):
/// - `--no-export-dynamic`: the static standard library's link arguments export every symbol
///   of the program's own objects (35,000 of them) although nothing looks them up, which the
///   loader then pages through;
/// - with lld (shipped in the Swift toolchain) and a glibc of 2.36 or later, the program's
///   128,000 relative relocations packed (`DT_RELR`): the loader applies them from 25 kB
///   instead of 3 MB. A glibc older than 2.36 cannot start such a program, so the build
///   machine's own glibc decides, and a machine without `ld.lld` keeps its default linker.
var releaseLinking: [LinkerSetting] {
    var flags = ["-Xlinker", "--no-export-dynamic"]
    if glibcPacksRelocations && lldIsAvailable {
        flags = ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"] + flags
    }
    return [.unsafeFlags(flags, .when(platforms: [.linux], configuration: .release))]
}

/// True when this machine's glibc (2.36 on) starts programs with packed relative relocations.
var glibcPacksRelocations: Bool {
    #if os(Linux)
    // confstr(_CS_GNU_LIBC_VERSION) gives "glibc 2.36".
    var text = [CChar](repeating: 0, count: 64)
    guard confstr(Int32(_CS_GNU_LIBC_VERSION), &text, text.count) > 0 else { return false }
    let version = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).split(separator: " ").last ?? ""
    let parts = version.split(separator: ".").compactMap { Int($0) }
    guard parts.count >= 2 else { return false }
    return (parts[0], parts[1]) >= (2, 36)
    #else
    return false
    #endif
}

/// True when `ld.lld` is on the search path (the Swift toolchain's `bin` folder holds one).
var lldIsAvailable: Bool {
    #if os(Linux)
    let path = getenv("PATH").map { String(cString: $0) } ?? ""
    return path.split(separator: ":").contains { access("\($0)/ld.lld", X_OK) == 0 }
    #else
    return false
    #endif
}
