// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "envcheck",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "envcheck", targets: ["envcheck"]),
        .library(name: "EnvCheckCore", targets: ["EnvCheckCore"]),
        // For the runtime package (runtime/): probe results go through the same reporters.
        .library(name: "EnvCheckReporters", targets: ["EnvCheckReporters"]),
        // For envcheck-health, which validates the process environment with the same rules as
        // `envcheck bundle` when it starts without a bundle.
        .library(name: "EnvCheckRules", targets: ["EnvCheckRules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "EnvCheckCore", dependencies: ["CLibYAML"]),
        .target(name: "EnvCheckRules", dependencies: ["EnvCheckCore"]),
        .target(name: "EnvCheckReporters", dependencies: ["EnvCheckCore"]),
        .executableTarget(
            name: "envcheck",
            dependencies: [
                "EnvCheckCore", "EnvCheckRules", "EnvCheckReporters",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release binary carries the Swift runtime and FoundationEssentials instead of
            // loading them: start-up is about half (scripts/bench-startup.sh), and the pre-commit
            // hook starts envcheck once per commit. Debug builds and tests link them dynamically.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-l_FoundationCShims", "-l_FoundationCollections", "-lswiftSynchronization"], .when(platforms: [.linux], configuration: .release))]
        ),
        .testTarget(name: "EnvCheckCoreTests", dependencies: ["EnvCheckCore", "EnvCheckRules"]),
        .testTarget(name: "EnvCheckRulesTests", dependencies: ["EnvCheckCore", "EnvCheckRules"]),
        .testTarget(name: "EnvCheckReportersTests", dependencies: ["EnvCheckCore", "EnvCheckReporters", "EnvCheckRules"]),
        .testTarget(name: "EnvCheckCLITests", dependencies: ["EnvCheckCore", "envcheck"]),
    ]
)
