// swift-tools-version: 6.1
import PackageDescription

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
            ]
        ),
        .executableTarget(
            name: "bdhvs-bench",
            dependencies: [
                "BDHVSCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What both test targets share: the package root, the one process runner, plans.
        .target(name: "BDHVSTestSupport", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")], path: "Tests/BDHVSTestSupport"),
        .testTarget(name: "BDHVSCoreTests", dependencies: ["BDHVSCore", "BDHVSTestSupport"]),
        .testTarget(name: "BDHVSServerTests", dependencies: [
            "BDHVSServer", "BDHVSCore", "BDHVSTestSupport", .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"), .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(name: "bdhvsCLITests", dependencies: ["BDHVSCore", "bdhvs", "bdhvs-bench", "BDHVSTestSupport"], exclude: ["Golden", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
