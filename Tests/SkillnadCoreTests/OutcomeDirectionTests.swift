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

/// Directions stated in Kolada's KPI descriptions, and "okänd" as an answer.
@Suite struct StatedDirectionTests {
    // Sentences from ../shared/data/real/kolada_kpi.csv (Kolada's KPI list).
    @Test(arguments: [
        ("Ett högt värde indikerar goda resultat för de ingående indikatorerna.", OutcomeDirection.higherIsBetter),
        ("Ett högt värde indikerar goda levnadsvanor i befolkningen.", .higherIsBetter),
        ("På läns- och riksnivå är högt värde önskvärt.", .higherIsBetter),
        ("Ett högt värde indikerar en hög nivå på medarbetarnas motivation.", .higherIsBetter),
        ("Ett lågt värde är önskvärt.", .lowerIsBetter),
    ])
    func descriptionsThatSayWhichValueIsGood(text: String, direction: OutcomeDirection) {
        #expect(OutcomeDirection.stated(inDescription: text) == direction)
    }

    @Test func descriptionsThatOnlySayWhatAValueMeasuresGiveNone() {
        // N00997, Gini: a high value means more inequality — not stated as good or bad.
        #expect(
            OutcomeDirection.stated(
                inDescription: "Ett högt värde på koefficienten visar på större ojämnhet än ett lågt värde.") == nil)
        #expect(OutcomeDirection.stated(inDescription: "Andel dagar som män tar ut. Källa: Försäkringskassan.") == nil)
    }

    @Test func anUnknownDirectionNamesTheLowerGroupNotTheWorse() throws {
        let table = DataTable(
            source: "test",
            columns: [Column(name: "kommun", text: ["A", "B"]), Column(name: "värde", numbers: [3, 9])])
        var request = AnalysisRequest(outcomes: ["värde"], dimensions: ["kommun"])
        request.unknownDirection = ["värde"]
        let result = try Scanner.scan(table, request: request)
        #expect(result.differences.first?.directionUnknown == true)
        #expect(result.differences.first?.worseGroup == "A", "computed as if higher were better: A is lower")
        #expect(result.outcomes.first?.directionUnknown == true)
        let known = try Scanner.scan(table, request: AnalysisRequest(outcomes: ["värde"], dimensions: ["kommun"]))
        #expect(known.differences.first?.directionUnknown == nil)
    }
}
