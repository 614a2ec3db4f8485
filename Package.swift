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
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        // Pure core: data model, statistics, disclosure control, scan. No I/O.
        .target(name: "SkillnadCore", swiftSettings: strictSettings),
        // Pure SVG charts drawn from core results.
        .target(name: "SkillnadCharts", dependencies: ["SkillnadCore"], swiftSettings: strictSettings),
        // Pure renderers: table, JSON, CSV and HTML reports.
        .target(
            name: "SkillnadReport",
            dependencies: [
                "SkillnadCore", "SkillnadCharts", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strictSettings),
        // Deterministic synthetic demo data for the fictional municipality Storköping.
        .target(
            name: "SkillnadDemo", dependencies: ["SkillnadCore", "SkillnadGovernance"], swiftSettings: strictSettings),
        // Adapters that read files: CSV, XLSX, encodings, role detection.
        .target(
            name: "SkillnadImport",
            dependencies: ["SkillnadCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strictSettings),
        // Adapter: repositories on SQLKit, SQLite by default and PostgreSQL for several instances.
        .target(
            name: "SkillnadStorage",
            dependencies: [
                "SkillnadCore", "SkillnadGovernance",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings),
        // Pure domain: results-based governance — goals, indicators, targets and the three signals.
        .target(name: "SkillnadGovernance", dependencies: ["SkillnadCore"], swiftSettings: strictSettings),
        // Adapter: the web application (HTTP, HTML, JSON API).
        .target(
            name: "SkillnadWeb",
            dependencies: [
                "SkillnadFetch",
                "SkillnadCore", "SkillnadCharts", "SkillnadReport", "SkillnadImport", "SkillnadStorage", "SkillnadDemo",
                "SkillnadGovernance", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Templates"), .copy("Assets")],
            swiftSettings: strictSettings),
        // The `skillnad` command.
        // Adapter: fetches published statistics over HTTP (Kolada's API).
        .target(
            name: "SkillnadFetch",
            dependencies: [
                "SkillnadCore", "SkillnadImport", .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            swiftSettings: strictSettings),
        .executableTarget(
            name: "SkillnadCLI",
            dependencies: [
                "SkillnadCore", "SkillnadImport", "SkillnadReport", "SkillnadDemo", "SkillnadStorage", "SkillnadWeb",
                "SkillnadFetch", "SkillnadGovernance",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SkillnadCoreTests", dependencies: ["SkillnadCore", "SkillnadCharts", "SkillnadDemo"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "SkillnadImportTests",
            dependencies: [
                "SkillnadImport", "SkillnadCore", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "SkillnadReportTests",
            dependencies: [
                "SkillnadReport", "SkillnadCharts", "SkillnadCore", "SkillnadImport", "SkillnadDemo",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SkillnadCLITests",
            dependencies: [
                "SkillnadCLI", "SkillnadStorage", "SkillnadFetch", "SkillnadImport",
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SkillnadGovernanceTests", dependencies: ["SkillnadGovernance", "SkillnadCore", "SkillnadImport"],
            resources: [.copy("Fixtures")], swiftSettings: strictSettings),
        .testTarget(
            name: "SkillnadStorageTests", dependencies: ["SkillnadStorage", "SkillnadDemo", "SkillnadGovernance"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "SkillnadWebTests",
            dependencies: [
                "SkillnadWeb", "SkillnadStorage", "SkillnadDemo",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
