// swift-tools-version: 6.2
import PackageDescription

/// Settings every Skillnad target shares: Swift 6 mode, `ExistentialAny`, warnings as errors.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "Skillnad",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "skillnad", targets: ["SkillnadCLI"]),
        .library(name: "SkillnadCore", targets: ["SkillnadCore"]),
        .library(name: "SkillnadImport", targets: ["SkillnadImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Pure core: data model, statistics, disclosure control, scan. No I/O.
        .target(name: "SkillnadCore", swiftSettings: strictSettings),
        // Pure SVG charts drawn from core results.
        .target(name: "SkillnadCharts", dependencies: ["SkillnadCore"], swiftSettings: strictSettings),
        // Pure renderers: table, JSON, CSV and HTML reports.
        .target(
            name: "SkillnadReport", dependencies: ["SkillnadCore", "SkillnadCharts"],
            swiftSettings: strictSettings),
        // Deterministic synthetic demo data for the fictional municipality Storköping.
        .target(name: "SkillnadDemo", dependencies: ["SkillnadCore"], swiftSettings: strictSettings),
        // Adapters that read files: CSV, XLSX, encodings, role detection.
        .target(
            name: "SkillnadImport",
            dependencies: ["SkillnadCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings),
        // The `skillnad` command.
        .executableTarget(
            name: "SkillnadCLI",
            dependencies: [
                "SkillnadCore", "SkillnadImport", "SkillnadReport", "SkillnadDemo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SkillnadCoreTests", dependencies: ["SkillnadCore", "SkillnadDemo"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SkillnadImportTests", dependencies: ["SkillnadImport"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "SkillnadReportTests", dependencies: ["SkillnadReport", "SkillnadCharts"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SkillnadCLITests", dependencies: ["SkillnadCLI"],
            swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
