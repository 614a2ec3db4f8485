import Testing

@testable import SkillnadCore
@testable import SkillnadDemo

/// The planted differences of the Storköping demo data must be found by the scan, and the
/// adjusted comparison must classify the explained and the unexplained one.
@Suite struct DemoScanTests {
    static let cases = Storkoping.isuCases()
    static let request = AnalysisRequest(
        outcomes: ["beviljad_insats", "barnsamtal_genomfort", "uppfoljning_genomford", "forbattrad_situation"],
        dimensions: ["kön", "område", "åldersgrupp", "födelseland"], crossDepth: 2)
    static let scan = Result { try Scanner.scan(cases, request: request) }

    func result() throws -> ScanResult { try Self.scan.get() }

    @Test func demoDataIsDeterministicAndSized() {
        let again = Storkoping.isuCases()
        #expect(Self.cases.rowCount == 20_000)
        #expect(
            again.column(named: "ärende_id")?.text(at: 12_345)
                == Self.cases.column(named: "ärende_id")?.text(at: 12_345))
        #expect(
            again.column(named: "beviljad_insats")?.text(at: 777)
                == Self.cases.column(named: "beviljad_insats")?.text(at: 777))
        for name in [
            "kön", "ålder", "födelseland", "område", "risk_bbic", "samtycke", "beviljad_insats", "ville_delta",
            "vh_hindrade", "kommunikationsstod_fn", "kommunikationsstod_alder", "tolk", "behov_natverk",
        ] {
            #expect(Self.cases.column(named: name) != nil, "\(name)")
        }
    }

    @Test func findsTheSexDifferenceInDecisions() throws {
        let d = try #require(
            try result().differences.first {
                $0.outcome == "beviljad_insats" && $0.comparison == .twoGroups && $0.dimensions == ["kön"]
            })
        #expect(d.estimate > 0.05, "girls are granted more often")
        #expect((d.qValue ?? 1) < 0.001)
        #expect(d.rank <= 10)
    }

    @Test func findsTheUnexplainedDifferenceInChildConversations() throws {
        let d = try #require(
            try result().differences.first { $0.outcome == "barnsamtal_genomfort" && $0.comparison == .twoGroups })
        #expect(d.estimate > 0.10)
        #expect(d.rank <= 5)
    }

    @Test func findsTheDifferenceOnlyVisibleInTheCrossing() throws {
        let r = try result()
        let bySex = try #require(
            r.differences.first {
                $0.outcome == "uppfoljning_genomford" && $0.dimensions == ["kön"] && $0.comparison == .twoGroups
            })
        #expect((bySex.qValue ?? 0) > 0.05, "no difference between the sexes overall")
        let areaTest = try #require(
            r.tables.first { $0.outcome == "uppfoljning_genomford" && $0.dimensions == ["område"] }?.homogeneity)
        #expect(areaTest.pValue > 0.01, "no clear difference between the areas overall")
        let cell = try #require(
            r.differences.first {
                $0.outcome == "uppfoljning_genomford" && $0.comparison == .groupVsRest
                    && $0.groups.first?.label == "K × Bruksorten"
            })
        #expect(cell.estimate < -0.15)
        #expect((cell.qValue ?? 1) < 0.001)
        #expect(cell.rank <= 5)
    }

    @Test func findsTheWideningGap() throws {
        let trend = try #require(
            try result().differences.first {
                $0.outcome == "forbattrad_situation" && $0.comparison == .trend && $0.dimensions == ["kön"]
            })
        #expect(trend.rank == 1)
        #expect(trend.summary.contains("ökar"))
        let table = try #require(
            try result().tables.first { $0.outcome == "forbattrad_situation" && $0.dimensions == ["kön"] })
        #expect(table.trend?.gap?.direction == .widening)
        #expect(table.trend?.periods == ["2021", "2022", "2023", "2024", "2025"])
    }

    @Test func adjustedComparisonExplainsTheDecisionGapByNeed() throws {
        let report = try GroupComparison.compare(
            Self.cases, request: CompareRequest(outcome: "beviljad_insats", by: "kön", adjustFor: ["risk_bbic"]))
        let share = try #require(report.explainedShare)
        #expect(share > 0.8)
        let adjusted = try #require(report.adjusted)
        #expect(adjusted.ciLow < 0 && adjusted.ciHigh > 0)
        #expect(report.interpretation.contains("förklaras av"))
    }

    @Test func adjustedComparisonLeavesTheConversationGapUnexplained() throws {
        let report = try GroupComparison.compare(
            Self.cases,
            request: CompareRequest(
                outcome: "barnsamtal_genomfort", by: "kön",
                adjustFor: ["ville_delta", "vh_hindrade", "kommunikationsstod_fn", "tolk"]))
        let share = try #require(report.explainedShare)
        #expect(share < 0.2)
        let adjusted = try #require(report.adjusted)
        #expect(adjusted.ciLow > 0.05)
        #expect(report.interpretation.contains("kvarstår"))
    }

    @Test func everyPublishedGroupRespectsTheThreshold() throws {
        for table in try result().tables {
            for group in table.groups + [table.total] where !group.suppressed {
                let n = group.n ?? 0
                #expect(n == 0 || n >= 5, "\(table.outcome) \(group.label) n=\(n)")
                if let count = group.count, n > 0 {
                    #expect(count == 0 || count >= 5, "\(group.label) count \(count)")
                    #expect(n - count == 0 || n - count >= 5, "\(group.label) without \(n - count)")
                }
            }
        }
        for d in try result().differences {
            #expect(!d.groups.contains { $0.suppressed }, "a ranked difference involves a suppressed group")
        }
    }
}
