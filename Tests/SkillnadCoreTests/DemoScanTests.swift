import Testing

@testable import SkillnadCore
@testable import SkillnadDemo

@Suite struct DemoScanTests {
    static let cases = Storkoping.isuCases()

    @Test func exploratory() throws {
        let request = AnalysisRequest(
            outcomes: ["beviljad_insats", "barnsamtal_genomfort", "uppfoljning_genomford", "forbattrad_situation"],
            dimensions: ["kön", "område", "åldersgrupp", "födelseland"], crossDepth: 2)
        let result = try Scanner.scan(Self.cases, request: request)
        for d in result.differences.prefix(25) {
            print(d.rank, Int(d.score), d.summary, d.qValue ?? -1)
        }
        print("withheld", result.suppressedComparisons.count, "period", result.period ?? "-")
    }
}
