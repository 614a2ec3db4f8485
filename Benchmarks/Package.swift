// swift-tools-version: 6.2
import PackageDescription

// Benchmarks live in their own package so the product's tests never build them.
let package = Package(
    name: "SkillnadBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Skillnad", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Times import and the full scan on one file and prints JSON, for the comparison with
        // pandas and DuckDB (scripts/run.sh).
        .executableTarget(
            name: "skillnad-bench",
            dependencies: [
                .product(name: "SkillnadCore", package: "Skillnad"),
                .product(name: "SkillnadImport", package: "Skillnad"),
            ],
            swiftSettings: [.enableUpcomingFeature("ExistentialAny")]),
        // ordo-one/benchmark suite for regression tracking: `swift package benchmark`.
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "SkillnadCore", package: "Skillnad"),
                .product(name: "SkillnadImport", package: "Skillnad"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ],
    swiftLanguageModes: [.v6]
)
