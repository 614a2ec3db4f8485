import Testing

@testable import SkillnadCore

/// The linked pattern over a whole publication frame, and the certificates behind its guarantee,
/// checked here independently of the code that builds them.
@Suite struct LinkedSuppressionTests {
    static func pattern(
        _ table: DataTable = SparseData.cases(), frame: PublicationFrame = SparseData.frame()
    ) throws -> DisclosurePattern {
        try LinkedSuppression.protect(table, frame: frame, base: SparseData.base, keepCertificates: true)
    }

    /// Every certificate, applied to the true counts, gives counts that (1) are never negative,
    /// (2) still add up across every margin of every table, (3) leave every published number
    /// of every outcome unchanged, and (4) move the protected count to 0, or ≥ v + t.
    @Test(arguments: [2, 3])
    func everyCertificateIsAnIndistinguishableAlternative(depth: Int) throws {
        let pattern = try Self.pattern(frame: SparseData.frame(depth: depth, sensitive: ["beviljad"]))
        let counts = try #require(pattern.counts)
        let layout = counts.layout
        let k = counts.outcomeCount * FrameCounts.categories
        let t = Double(pattern.frame.rule.threshold)
        #expect(pattern.primaryCells > 20, "the data must be sparse enough to protect something")
        #expect(!pattern.certificates.isEmpty)
        for entry in pattern.certificates {
            var alternative = counts.cellCounts
            entry.certificate.apply(to: &alternative, counts)
            #expect(alternative.allSatisfy { $0 > -1e-9 }, "negative count")
            for table in layout.tables {
                for axis in table.axes {
                    let marginMask = table.mask & ~(UInt64(1) << UInt64(axis))
                    guard let m = layout.tableByMask[marginMask] else { continue }
                    let margin = layout.tables[m]
                    var sums = [Double](repeating: 0, count: margin.count * k)
                    for flat in 0..<table.count {
                        var coordinate = [Int](repeating: 0, count: layout.shape.count)
                        for (a, s) in zip(table.axes, table.slots(flat)) { coordinate[a] = s }
                        let target = margin.flat(coordinate)
                        for i in 0..<k { sums[target * k + i] += alternative[(table.offset + flat) * k + i] }
                    }
                    for cell in 0..<margin.count {
                        for i in 0..<k {
                            #expect(abs(sums[cell * k + i] - alternative[(margin.offset + cell) * k + i]) < 1e-6)
                        }
                    }
                }
            }
            for o in 0..<counts.outcomeCount {
                for cell in 0..<layout.cellCount where !pattern.suppressed[o][cell] {
                    guard !pattern.dropped[o].contains(layout.table(ofCell: cell)) else { continue }
                    let base = cell * k + o * FrameCounts.categories
                    #expect(
                        abs(alternative[base] - counts.cellCounts[base]) < 1e-9
                            && abs(alternative[base + 1] - counts.cellCounts[base + 1]) < 1e-9,
                        "published cell \(cell) of outcome \(o) changes")
                }
            }
            let at = entry.cell * k + entry.outcome * FrameCounts.categories
            switch entry.need {
            case .down(let c): #expect(alternative[at + c] < 1e-9)
            case .up(let c): #expect(alternative[at + c] >= counts.cellCounts[at + c] + t - 1e-9)
            }
        }
    }

    /// Every protected count has both certificates, unless its table left the frame.
    @Test func everyProtectedCountIsCovered() throws {
        let pattern = try Self.pattern()
        let counts = try #require(pattern.counts)
        var covered = Set<String>()
        for entry in pattern.certificates { covered.insert("\(entry.cell)|\(entry.outcome)|\(entry.need)") }
        var missing = 0
        for o in 0..<counts.outcomeCount {
            for cell in 0..<counts.layout.cellCount
            where !pattern.dropped[o].contains(counts.layout.table(ofCell: cell)) {
                let needs = ProtectionNeed.needs(
                    counts, cell: cell, outcome: o, threshold: 5, sensitive: false, attributeLimit: 10)
                for need in needs where !covered.contains("\(cell)|\(o)|\(need)") { missing += 1 }
                if !needs.isEmpty { #expect(pattern.suppressed[o][cell]) }
            }
        }
        #expect(missing == 0)
        print(
            "frame: \(pattern.cellCount) cells, \(pattern.primaryCells) primary, \(pattern.suppressedCells) suppressed, "
                + "\(pattern.droppedTables) tables out")
    }
}

extension LinkedSuppressionTests {
    /// "Lärkskolan 7 / 7 / 100 %": a group of seven where everyone has a sensitive outcome is
    /// protected although no count is under the threshold; the same group is published when the
    /// outcome is not marked sensitive.
    @Test func everyoneInASmallGroupWithASensitiveOutcomeIsProtected() throws {
        var school: [String?] = []
        var eligible: [String?] = []
        for i in 0..<200 {
            school.append(i < 7 ? "Lärkskolan" : (i < 100 ? "Ekskolan" : "Björkskolan"))
            eligible.append(i < 7 ? "Ja" : (i % 3 == 0 ? "Nej" : "Ja"))
        }
        let table = DataTable(
            source: "skolor.csv",
            columns: [Column(name: "skola", text: school), Column(name: "behörig", text: eligible)])
        var base = AnalysisRequest(outcomes: [], dimensions: [])
        base.roleOverrides = ["behörig": .binaryOutcome]
        func status(sensitive: Set<String>) throws -> DisclosurePattern.Status {
            let frame = PublicationFrame(
                dimensions: ["skola"], outcomes: ["behörig"], depth: 1, sensitiveOutcomes: sensitive)
            let pattern = try LinkedSuppression.protect(table, frame: frame, base: base)
            let slot = try #require(pattern.slot(of: "Lärkskolan", in: "skola"))
            return pattern.status(outcome: "behörig", slots: ["skola": slot], period: nil)
        }
        #expect(try status(sensitive: ["behörig"]) == .suppressed)
        #expect(try status(sensitive: []) == .published)
    }
}
