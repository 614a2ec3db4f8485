import Foundation
import SkillnadDemo
import Testing

@testable import SkillnadCore

/// The ranking respects the evidence: a difference that does not hold after false-discovery-rate
/// control never ranks above one that does, its score is weighed down, and a trend's wording
/// follows its q-value.
@Suite struct RankingTests {
    static func difference(_ id: String, kind: ComparisonKind = .twoGroups, p: Double?) -> Difference {
        Difference(
            id: id, rank: 0, score: 0, scoreComponents: ScoreComponents(size: 0, affected: 0, evidence: 0, goal: 0),
            outcome: "utfall", outcomeKind: .proportion, higherIsBetter: true, dimensions: ["kön"], comparison: kind,
            summary: "skillnaden ökar", period: nil, test: "chi2", testName: "Pearsons χ²-test", statistic: 1,
            pValue: p, qValue: nil, estimate: 0.1, ciLow: nil, ciHigh: nil, ratio: nil, ratioLow: nil, ratioHigh: nil,
            excessCount: 10, affected: 100, betterGroup: "K", worseGroup: "M", groups: [], notes: ["ökar"])
    }

    /// log(q) / log(0,05) for q above the limit: q = 0,27 → 0,4371 (ln 0,27 = −1,3093,
    /// ln 0,05 = −2,9957); q = 0,88 → 0,0427.
    @Test func strengthFollowsTheQValue() {
        func strength(_ q: Double) -> Double {
            ScoreComponents.compute(
                kind: .proportion, difference: 0.2, ratio: 2, standardDeviation: nil, excessCount: 900,
                affectedPeople: nil, qValue: q, goalPriority: nil
            ).strength
        }
        #expect(strength(0.01) == 1)
        #expect(strength(0.049) == 1)
        #expect(abs(strength(0.27) - 0.4371) < 1e-4)
        #expect(abs(strength(0.88) - 0.0427) < 1e-4)
        let untested = ScoreComponents.compute(
            kind: .value, difference: 5, ratio: 1.5, standardDeviation: nil, excessCount: nil, affectedPeople: 100,
            qValue: nil, goalPriority: nil)
        #expect(untested.strength == 1, "without a test there is no evidence to weigh by")
    }

    /// The case: large trends with q 0,27–0,88 scored 47 while a q = 0,017 difference scored
    /// 28. Now the one that holds ranks first and the uncertain ones score less.
    @Test func aDifferenceThatHoldsRanksAboveLargeUncertainOnes() {
        var findings: [Finding] = [
            Finding(
                difference: Self.difference("liten men säker", p: 0.004), sizeDifference: 0.03, standardDeviation: nil)
        ]
        for (i, p) in [0.10, 0.2, 0.5].enumerated() {
            var d = Self.difference("stor trend \(i)", kind: .trend, p: p)
            d.excessCount = 5000
            findings.append(Finding(difference: d, sizeDifference: 0.4, standardDeviation: nil))
        }
        let ranked = Scanner.rank(findings, request: AnalysisRequest(outcomes: ["utfall"], dimensions: ["kön"]))
        #expect(ranked.first?.id == "liten men säker")
        #expect(ranked.first?.holds == true)
        #expect(ranked.dropFirst().allSatisfy { !$0.holds })
        #expect(ranked.dropFirst().allSatisfy { $0.scoreComponents.strength < 1 })
        #expect(ranked.map(\.rank) == [1, 2, 3, 4])
    }

    /// A trend whose raw p is below 0,05 but whose q is not is worded as no certain change, in the
    /// difference and in its table.
    @Test func aTrendThatDoesNotHoldIsNotWordedAsChanging() throws {
        var trend = Self.difference("trend", kind: .trend, p: 0.03)
        trend.dimensions = ["kön"]
        var findings = [
            Finding(
                difference: trend, sizeDifference: 0.1, standardDeviation: nil,
                uncertainWording: ("skillnaden förändras inte säkert", ["ingen säker förändring"]))
        ]
        // Nine other tests with nothing in them push the trend's q to 0,03 × 10 = 0,3.
        for i in 0..<9 {
            findings.append(
                Finding(difference: Self.difference("annan \(i)", p: 0.9), sizeDifference: 0, standardDeviation: nil))
        }
        let ranked = Scanner.rank(findings, request: AnalysisRequest(outcomes: ["utfall"], dimensions: ["kön"]))
        let worded = try #require(ranked.first { $0.id == "trend" })
        #expect(abs((worded.qValue ?? 0) - 0.3) < 1e-12)
        #expect(worded.summary == "skillnaden förändras inte säkert")
        #expect(!worded.summary.contains("ökar"))

        var tables = [
            DimensionSummary(
                outcome: "utfall", outcomeKind: .proportion, dimensions: ["kön"], period: nil, groups: [],
                total: GroupResult(
                    key: [:], label: "Totalt", n: 1, count: nil, estimate: nil, ciLow: nil, ciHigh: nil,
                    suppressed: false),
                homogeneity: nil, measures: [], ordered: false, notes: [],
                trend: TrendSummary(
                    periods: ["2021", "2022", "2023"], series: [],
                    gap: .init(
                        first: "K", second: "M", periods: [], gaps: [], slope: 0.1, slopeLow: 0.01, slopeHigh: 0.2,
                        pValue: 0.03, qValue: nil, direction: .widening)))
        ]
        Scanner.agreeTrendWording(&tables, with: ranked)
        #expect(tables[0].trend?.gap?.direction == .stable)
        #expect(abs((tables[0].trend?.gap?.qValue ?? 0) - 0.3) < 1e-12)
    }

    /// On the demo data every difference that holds comes before every one that does not.
    @Test func theDemoRankingPutsWhatHoldsFirst() throws {
        let result = try Scanner.scan(
            Storkoping.isuCases(),
            request: AnalysisRequest(
                outcomes: ["beviljad_insats", "forbattrad_situation", "behov_natverk"],
                dimensions: ["kön", "område", "åldersgrupp", "födelseland"], crossDepth: 2))
        let holds = result.differences.map(\.holds)
        let firstUncertain = holds.firstIndex(of: false) ?? holds.count
        #expect(firstUncertain > 0)
        #expect(!holds[firstUncertain...].contains(true))
        for d in result.differences where d.comparison == .trend && !d.holds {
            #expect(!d.summary.contains(" ökar") && !d.summary.contains(" minskar"), "\(d.summary)")
        }
    }
}
