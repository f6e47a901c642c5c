// swift-tools-version:6.1
import PackageDescription

/// The networked half of envcheck: `envcheck-probe` (reachability and credential checks of the
/// declared services) and `envcheck-health` (the health server that loads a config bundle).
///
/// It is a package of its own so that `envcheck check` — and the pre-commit hook, which builds
/// the root package — never compiles or loads SwiftNIO, postgres-nio or Hummingbird.
let package = Package(
    name: "envcheck-runtime",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "envcheck-probe", targets: ["envcheck-probe"]),
        .executable(name: "envcheck-health", targets: ["envcheck-health"]),
    ],
    dependencies: [
        .package(name: "envcheck", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.29.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.25.0"),
        // No default traits: SwiftPM 6.3 emits trait flags in hash order, which recompiles
        // HummingbirdCore on alternate builds (STACK-NOTES).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.10.0", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    ],
    targets: [
        .target(
            name: "EnvCheckProbes",
            dependencies: [
                .product(name: "EnvCheckCore", package: "envcheck"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .executableTarget(
            name: "envcheck-probe",
            dependencies: [
                "EnvCheckProbes",
                .product(name: "EnvCheckCore", package: "envcheck"),
                .product(name: "EnvCheckReporters", package: "envcheck"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "EnvCheckHealth",
            dependencies: [
                "EnvCheckProbes",
                .product(name: "EnvCheckCore", package: "envcheck"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "envcheck-health",
            dependencies: [
                "EnvCheckHealth",
                "EnvCheckProbes",
                .product(name: "EnvCheckCore", package: "envcheck"),
                .product(name: "EnvCheckRules", package: "envcheck"),
                .product(name: "EnvCheckReporters", package: "envcheck"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "EnvCheckProbesTests", dependencies: ["EnvCheckProbes"]),
        .testTarget(
            name: "EnvCheckHealthTests",
            dependencies: [
                "EnvCheckHealth",
                "EnvCheckProbes",
                .product(name: "EnvCheckCore", package: "envcheck"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
    ]
)
