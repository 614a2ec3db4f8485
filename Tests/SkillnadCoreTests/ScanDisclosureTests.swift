import Testing

@testable import SkillnadCore
@testable import SkillnadDemo

/// End to end: from nothing but what a scan publishes, an attacker rebuilds the tables' sums
/// and tries to recompute every suppressed group. Every attempt must fail.
@Suite struct ScanDisclosureTests {
    /// A small, sparse extract: one year of one area, crossed three ways.
    static func sparseScan(depth: Int) throws -> ScanResult {
        var request = AnalysisRequest(
            outcomes: ["beviljad_insats"], dimensions: ["kön", "åldersgrupp", "födelseland"], crossDepth: depth)
        request.filters = ["område": ["Bruksorten"], "år": ["2025"]]
        return try Scanner.scan(Storkoping.isuCases(), request: request)
    }

    /// Builds the attacker's graph from published tables; `value` picks n or the count.
    static func graph(_ scan: ScanResult, value: (GroupResult) -> Double?) -> (DisclosureGraph, [Bool]) {
        var graph = DisclosureGraph()
        var suppressed: [Bool] = []
        var index: [String: Int] = [:]
        func key(_ k: [String: String]) -> String {
            k.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "|")
        }
        func cell(_ k: [String: String], _ group: GroupResult?) -> Int {
            let id = key(k)
            if let existing = index[id] { return existing }
            // Unlisted cells are empty, which the published tables imply.
            let hidden = group?.suppressed ?? false
            let i = graph.addCell(people: hidden ? .nan : (group.flatMap(value) ?? 0), events: nil)
            suppressed.append(hidden)
            index[id] = i
            return i
        }
        let total = scan.tables.first?.total
        _ = cell([:], total)
        for table in scan.tables {
            for group in table.groups { _ = cell(group.key, group) }
        }
        for table in scan.tables {
            for d in table.dimensions {
                var members: [String: [Int]] = [:]
                for group in table.groups {
                    var rest = group.key
                    rest[d] = nil
                    members[key(rest), default: []].append(cell(group.key, group))
                }
                for (marginKey, cells) in members {
                    guard let margin = index[marginKey] else { continue }
                    graph.lines.append(.init(margin: margin, members: cells))
                }
            }
        }
        return (graph, suppressed)
    }

    @Test(arguments: [2, 3])
    func suppressedGroupsCannotBeRecomputed(depth: Int) throws {
        let scan = try Self.sparseScan(depth: depth)
        let (people, hidden) = Self.graph(scan) { $0.n }
        #expect(hidden.contains(true), "the extract must be sparse enough to suppress something")
        let recovered = DisclosureAttacker(graph: people, suppressed: hidden).recovered()
        #expect(recovered.isEmpty, "recomputed \(recovered.count) suppressed n from published sums")
        let (events, hiddenEvents) = Self.graph(scan) { $0.count }
        let recoveredEvents = DisclosureAttacker(graph: events, suppressed: hiddenEvents).recovered()
        #expect(recoveredEvents.isEmpty, "recomputed \(recoveredEvents.count) suppressed counts")
    }

    @Test func outputWithoutControlIsMarked() throws {
        var request = AnalysisRequest(outcomes: ["beviljad_insats"], dimensions: ["kön", "åldersgrupp"], crossDepth: 2)
        request.filters = ["område": ["Bruksorten"], "år": ["2025"]]
        request.disclosureControl = false
        let scan = try Scanner.scan(Storkoping.isuCases(), request: request)
        #expect(!scan.disclosureControlled)
        #expect(scan.notes.first?.hasPrefix("EJ RÖJANDEKONTROLLERAD") == true)
        #expect(scan.tables.allSatisfy { $0.groups.allSatisfy { !$0.suppressed } })
    }

    @Test func thresholdBelowThreeIsRefused() {
        let request = AnalysisRequest(outcomes: ["beviljad_insats"], dimensions: ["kön"], threshold: 2)
        #expect(throws: AnalysisError.thresholdTooLow(2)) { try Scanner.scan(Storkoping.isuCases(), request: request) }
    }
}
