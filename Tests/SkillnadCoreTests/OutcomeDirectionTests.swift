import Testing

@testable import SkillnadCore

/// Which outcomes are better low, as their names suggest; the user's choice wins.
@Suite struct OutcomeDirectionTests {
    @Test(arguments: [
        ("Arbetslöshet, (%)", true), ("Ohälsotal, dagar", true), ("Kostnad individ- och familjeomsorg, kr/inv", true),
        ("Students=Ineligible", true), ("Students=Eligible", false), ("beviljad_insats", false),
        ("Förvärvsarbetande invånare 20-64 år, andel (%)", false), ("Mediannettoinkomst, kr/inv 20+", false),
    ])
    func namesSuggestTheDirection(name: String, lower: Bool) {
        #expect(OutcomeDirection.lowerIsBetterByName(name) == lower)
    }

    @Test func theWorseGroupFollowsTheDirection() throws {
        let table = DataTable(
            source: "test",
            columns: [
                Column(name: "kommun", text: ["A", "B"]),
                Column(name: "Nyckeltal", text: ["Arbetslöshet", "Arbetslöshet"]),
                Column(name: "värde", numbers: [3, 9]),
            ])
        let lower = try Scanner.scan(
            table, request: AnalysisRequest(outcomes: ["värde"], dimensions: ["kommun"], lowerIsBetter: ["värde"]))
        #expect(lower.differences.first?.worseGroup == "B")
        let higher = try Scanner.scan(table, request: AnalysisRequest(outcomes: ["värde"], dimensions: ["kommun"]))
        #expect(higher.differences.first?.worseGroup == "A")
    }
}
