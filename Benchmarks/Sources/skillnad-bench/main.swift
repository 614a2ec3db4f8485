import Foundation
import SkillnadCore
import SkillnadImport

#if canImport(Glibc)
    import Glibc
#endif

/// Usage: skillnad-bench FILE [RUNS]
/// Prints JSON: median seconds for import and for the full scan (all single dimensions and
/// all 2-way crossings of the six dimensions, both outcomes, with tests, q-values and
/// disclosure control), and peak resident memory.
let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("användning: skillnad-bench FIL [KÖRNINGAR]\n".utf8))
    exit(64)
}
let path = arguments[1]
let runs = arguments.count > 2 ? Int(arguments[2]) ?? 5 : 5
/// Crossing depth of the publication frame (3 on a small file shows a sparse frame).
let publishDepth = arguments.count > 3 ? Int(arguments[3]) ?? 2 : 2
let clock = ContinuousClock()

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

var importTimes: [Double] = []
var scanTimes: [Double] = []
var patternTimes: [Double] = []
var publishedTimes: [Double] = []
var differences = 0
var hidden = 0.0
for _ in 0..<runs {
    var table: DataTable?
    importTimes.append(seconds(clock.measure { table = try? FileImporter.read(path: path).table }))
    guard let table else {
        FileHandle.standardError.write(Data("kunde inte läsa \(path)\n".utf8))
        exit(65)
    }
    let request = AnalysisRequest(
        outcomes: ["utfall_a", "utfall_b"],
        dimensions: ["kön", "åldersgrupp", "område", "födelseland", "utbildning", "inkomstkvintil"], crossDepth: 2)
    scanTimes.append(
        seconds(
            clock.measure {
                let result = try? Scanner.scan(table, request: request)
                differences = result?.differences.count ?? -1
            }))
    // The same scan protected for publication: the linked pattern over the frame (six dimensions
    // crossed two at a time, each period and pooled, both outcomes), then the scan read through it.
    var published = request
    let frame = PublicationFrame(dimensions: request.dimensions, outcomes: request.outcomes, depth: publishDepth)
    published.publication = frame
    var pattern: DisclosurePattern?
    patternTimes.append(
        seconds(clock.measure { pattern = try? LinkedSuppression.protect(table, frame: frame, base: request) }))
    hidden = Double(pattern?.suppressedCells ?? 0) / Double(max(1, pattern?.cellCount ?? 1))
    publishedTimes.append(
        seconds(clock.measure { _ = try? Scanner.scan(table, request: published, pattern: pattern) }))
}
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
func median(_ values: [Double]) -> Double {
    let s = values.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}
print(
    """
    {"tool": "skillnad", "import": \(median(importTimes)), "scan": \(median(scanTimes)), \
    "pattern": \(median(patternTimes)), "publishedScan": \(median(publishedTimes)), "hiddenShare": \(hidden), \
    "publishDepth": \(publishDepth), \
    "peakMemoryMB": \(Double(usage.ru_maxrss) / 1024), "differences": \(differences), "runs": \(runs)}
    """)
