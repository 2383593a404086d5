// swift-tools-version: 6.0
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
        .executableTarget(
            name: "bdhvs",
            dependencies: [
                "BDHVSCore",
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
        .testTarget(name: "bdhvsCLITests", dependencies: ["BDHVSCore", "bdhvs", "bdhvs-bench", "BDHVSTestSupport"], exclude: ["Golden", "Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
