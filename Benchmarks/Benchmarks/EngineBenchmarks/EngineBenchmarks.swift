import Benchmark
import Foundation
import SkillnadCore
import SkillnadImport

/// Engine benchmarks on a generated file (BENCH_FILE, default ../bench-data/bench_1m.csv).
let benchmarks: @Sendable () -> Void = {
    let path = ProcessInfo.processInfo.environment["BENCH_FILE"] ?? "../bench-data/bench_1m.csv"
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .mallocCountTotal], maxDuration: .seconds(20), maxIterations: 5)

    Benchmark("CSV import (1M rows)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try FileImporter.read(path: path))
        }
    }

    Benchmark("Full scan, 6 dimensions and 2-way crossings") { benchmark, table in
        let request = AnalysisRequest(
            outcomes: ["utfall_a", "utfall_b"],
            dimensions: ["kön", "åldersgrupp", "område", "födelseland", "utbildning", "inkomstkvintil"], crossDepth: 2)
        for _ in benchmark.scaledIterations {
            blackHole(try Scanner.scan(table, request: request))
        }
    } setup: {
        try FileImporter.read(path: path).table
    }
}
