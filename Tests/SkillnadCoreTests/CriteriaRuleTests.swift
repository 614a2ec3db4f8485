import Testing

@testable import SkillnadCore
@testable import SkillnadDemo

/// The appendix's rule (SKR, *Jämställdhetsintegrerad analys av ISU*, bilaga steg 2): explained
/// by any one or more of the criteria → motiverad, otherwise omotiverad; the statistics are an aid
/// beside the analyst's judgement.
@Suite struct CriteriaRuleTests {
    static let cases = Storkoping.isuCases()

    /// Swedish formatting uses non-breaking and thin spaces; tests compare with plain ones.
    static func plainSpaces(_ s: String) -> String {
        String(s.map { $0.isWhitespace ? " " : $0 })
    }

    static func computed(_ kind: CriteriaKind, outcome: String) throws -> ISUAnalysis {
        var d = ISUAnalysis()
        d.criteria = CriteriaSetup.suggested(
            kind: kind, datasetId: 1, outcome: outcome, groupColumn: "kön", available: cases.columnNames)
        d.criteriaResult = try CriteriaEvaluation.evaluate(
            cases, setup: d.criteria, base: AnalysisRequest(outcomes: [outcome], dimensions: ["kön"]),
            datasetVersion: 1)
        return d
    }

    @Test func anyCriterionThatExplainsMakesTheDifferenceMotivated() {
        #expect(CriteriaRule.conclusion([.doesNotExplain, .explains, .doesNotExplain]) == .motivated)
        #expect(CriteriaRule.conclusion([.explains, nil]) == .motivated)
        #expect(CriteriaRule.conclusion([.doesNotExplain, .doesNotExplain]) == .unmotivated)
        #expect(CriteriaRule.conclusion([.doesNotExplain, nil]) == nil, "one criterion is not judged yet")
        #expect(CriteriaRule.conclusion([]) == nil)
        #expect(CriteriaRule.reading(.partly) == nil && CriteriaRule.reading(.notComputable) == nil)
    }

    /// The seed's worked example on the demo: more girls than boys are granted interventions; need
    /// (risk_bbic) explains it, the other two criteria do not — one explaining is enough.
    @Test func theWorkedExampleIsMotivatedBecauseNeedExplainsIt() throws {
        let d = try Self.computed(.decisions, outcome: "beviljad_insats")
        let a = CriteriaAppraisal(d, result: d.criteriaResult)
        #expect(a.items.map(\.reading) == [.explains, .doesNotExplain, .doesNotExplain])
        #expect(a.statistical == .motivated)
        #expect(a.byRule == .motivated)
        #expect(a.recorded == nil && !a.differs)
    }

    @Test func childConversationsAreUnmotivatedWhenNoCriterionExplains() throws {
        let d = try Self.computed(.participation, outcome: "barnsamtal_genomfort")
        let a = CriteriaAppraisal(d, result: d.criteriaResult)
        #expect(a.byRule == .unmotivated)
    }

    @Test func theAnalystsJudgementIsShownBesideTheStatistics() throws {
        var d = try Self.computed(.participation, outcome: "barnsamtal_genomfort")
        var consent = CriterionAssessment()
        consent.judgement = .explains
        consent.reason = "Aktgranskningen visar att vårdnadshavare oftare hindrat pojkar."
        d.assessments = ["vardnadshavare": consent]
        d.judgement = .unmotivated
        let a = CriteriaAppraisal(d, result: d.criteriaResult)
        let item = try #require(a.items.first { $0.criterion.id == "vardnadshavare" })
        #expect(item.reading == .doesNotExplain && item.effective == .explains && item.differs)
        #expect(a.statistical == .unmotivated, "the statistics still read unmotivated")
        #expect(a.byRule == .motivated, "the analyst's judgement of one criterion decides by the rule")
        #expect(a.differs, "the recorded whole (omotiverad) differs from the rule and both are shown")
    }

    /// Criteria answered by hand, without any dataset: counts per group from case files, and a
    /// qualitative judgement with its source.
    @Test func criteriaAnsweredByHand() {
        var d = ISUAnalysis()
        d.criteria.kind = .decisions
        d.criteria.groups = ["Flickor", "Pojkar"]
        var need = CriterionAssessment()
        need.source = .counts
        need.counts.characteristic = "Våldsutsatta"
        need.counts.firstWith = 20
        need.counts.firstTotal = 50
        need.counts.secondWith = 10
        need.counts.secondTotal = 50
        need.judgement = .doesNotExplain
        var other = CriterionAssessment()
        other.source = .qualitative
        other.judgement = .doesNotExplain
        other.informationSource = "Aktgranskning av 40 akter"
        var consent = CriterionAssessment()
        consent.source = .qualitative
        consent.judgement = .doesNotExplain
        d.assessments = ["behov": need, "annat-satt": other, "samtycke": consent]
        let a = CriteriaAppraisal(d, result: nil)
        // 20/50 − 10/50 = 0,20; Newcombe (1998) method 10 interval 0,0201 to 0,3636, computed in
        // Python from the Wilson bounds 0,2761–0,5382 and 0,1124–0,3304.
        let evidence = a.items.first?.countsEvidence.map(Self.plainSpaces)
        #expect(evidence?.contains("Våldsutsatta: Flickor 40,0 % (20 av 50), Pojkar 20,0 % (10 av 50)") == true)
        #expect(
            evidence?.contains("skillnad +20,0 procentenheter (95 % KI 2,0 till 36,4)") == true, "\(evidence ?? "")")
        #expect(a.statistical == nil)
        #expect(a.byRule == .unmotivated)
        // Counts under the threshold are not shown.
        d.assessments?["behov"]?.counts.secondWith = 3
        #expect(CriteriaAppraisal(d, result: nil).items.first?.countsEvidence?.contains("för få") == true)
    }
}
