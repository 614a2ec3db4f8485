import Testing

@testable import SkillnadCore
@testable import SkillnadDemo

/// The ISU appendix criteria on the Storköping demo data: the seed's worked example (more girls
/// than boys granted interventions) is explained by need and so motivated; the difference in child
/// conversations is explained by no participation criterion and so unmotivated.
///
/// Reference values: Mantel–Haenszel risk differences computed with pandas from the demo CSV
/// (`skillnad demo-data`), latest year 2025, as Σ(aₖn₀ₖ − cₖn₁ₖ)/Nₖ ÷ Σ n₁ₖn₀ₖ/Nₖ:
/// beviljad_insats crude 0.087119, within risk_bbic 0.013438, within risk_bbic × annan_verksamhet ×
/// samtycke 0.016445; barnsamtal_genomfort crude 0.169076, within ville_delta × vh_hindrade ×
/// kommunikationsstod_fn × tolk 0.162093.
@Suite struct CriteriaEvaluationTests {
    static let cases = Storkoping.isuCases()

    func evaluate(_ kind: CriteriaKind, outcome: String) throws -> CriteriaResult {
        let setup = CriteriaSetup.suggested(
            kind: kind, datasetId: 1, outcome: outcome, groupColumn: "kön", available: Self.cases.columnNames)
        return try CriteriaEvaluation.evaluate(
            Self.cases, setup: setup, base: AnalysisRequest(outcomes: [outcome], dimensions: ["kön"]), datasetVersion: 1
        )
    }

    @Test func suggestionsFollowTheAppendix() {
        let setup = CriteriaSetup.suggested(
            kind: .participation, datasetId: 1, outcome: "barnsamtal_genomfort", groupColumn: "kön",
            available: Self.cases.columnNames)
        #expect(setup.columns["onskemal-delta"] == ["ville_delta"])
        #expect(setup.columns["vardnadshavare"] == ["vh_hindrade"])
        #expect(setup.columns["funktion-sprak"] == ["kommunikationsstod_fn", "tolk"])
        #expect(CriteriaKind.decisions.criteria.count == 3 && CriteriaKind.participation.criteria.count == 3)
    }

    @Test func moreGirlsGrantedIsExplainedByNeedAndSoMotivated() throws {
        let r = try evaluate(.decisions, outcome: "beviljad_insats")
        #expect(abs((r.crude ?? 0) - 0.087119) < 1e-5)
        let need = try #require(r.rows.first { $0.criterionId == "behov" })
        #expect(need.columns == ["risk_bbic"])
        #expect(abs((need.estimate ?? 0) - 0.013438) < 1e-5)
        #expect(need.verdict == .explains)
        #expect(r.rows.first { $0.criterionId == "annat-satt" }?.verdict == .doesNotExplain)
        #expect(r.rows.first { $0.criterionId == "samtycke" }?.verdict == .doesNotExplain)
        let together = try #require(r.together)
        #expect(abs((together.estimate ?? 0) - 0.016445) < 1e-5)
        #expect(r.conclusion == .motivated)
        #expect(r.text.contains("Statistisk läsning: motiverad"))
        #expect(r.text.contains("Trots att en skillnad är motiverad kan den bidra till bibehållen ojämställdhet"))
        #expect(r.first == "K" && r.second == "M")
    }

    @Test func childConversationsAreExplainedByNoCriterionAndSoUnmotivated() throws {
        let r = try evaluate(.participation, outcome: "barnsamtal_genomfort")
        #expect(abs((r.crude ?? 0) - 0.169076) < 1e-5)
        #expect(r.rows.allSatisfy { $0.verdict == .doesNotExplain })
        #expect(abs((r.together?.estimate ?? 0) - 0.162093) < 1e-5)
        #expect(r.conclusion == .unmotivated)
    }

    @Test func verdictRules() {
        #expect(CriterionVerdict.judge(explainedShare: 0.85, adjustedLow: -0.01, adjustedHigh: 0.04) == .explains)
        #expect(CriterionVerdict.judge(explainedShare: 0.85, adjustedLow: 0.001, adjustedHigh: 0.04) == .partly)
        #expect(CriterionVerdict.judge(explainedShare: 0.1, adjustedLow: 0.05, adjustedHigh: 0.1) == .doesNotExplain)
        #expect(CriterionVerdict.judge(explainedShare: 0.5, adjustedLow: 0.01, adjustedHigh: 0.1) == .partly)
        #expect(CriterionVerdict.judge(explainedShare: .nan, adjustedLow: 0, adjustedHigh: 0) == .notComputable)
    }

    @Test func missingMappingIsAClearError() {
        var setup = CriteriaSetup()
        setup.outcome = "beviljad_insats"
        setup.groupColumn = "kön"
        #expect(throws: AnalysisError.self) {
            try CriteriaEvaluation.evaluate(
                Self.cases, setup: setup, base: AnalysisRequest(outcomes: ["beviljad_insats"], dimensions: ["kön"]),
                datasetVersion: 1)
        }
    }
}
