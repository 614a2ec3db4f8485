/// The appendix criteria as judged: for each criterion of the set-up's kind, where its
/// information comes from, what the statistics read (when computed from data), the analyst's
/// judgement, and the conclusion by the seed's rule beside the analyst's recorded judgement.
///
/// ```swift
/// let a = CriteriaAppraisal(isu, result: isu.criteriaResult)
/// a.byRule     // .motivated when any criterion explains the difference
/// a.differs    // true when the analyst recorded otherwise
/// ```
public struct CriteriaAppraisal: Sendable {
    /// One criterion.
    public struct Item: Sendable {
        /// The criterion.
        public var criterion: UnmotivatedCriterion
        /// The analyst's assessment.
        public var assessment: CriterionAssessment
        /// The statistical verdict, when computed from data.
        public var verdict: CriterionVerdict?
        /// What the statistics say, where they say anything.
        public var reading: CriterionJudgement?
        /// The analyst's judgement, else the statistical reading.
        public var effective: CriterionJudgement?
        /// The analyst judged otherwise than the statistics read.
        public var differs: Bool
        /// Counts entered by hand, compared ("utsatta för våld: K 40 % (20 av 50), M 20 % (10 av 50) …").
        public var countsEvidence: String?
    }

    /// The criteria of the set-up's kind, in the appendix's order.
    public var items: [Item]
    /// The statistical reading of the computed criteria (nil when none was computed).
    public var statistical: DifferenceJudgement?
    /// The conclusion by the seed's rule from every criterion's effective judgement.
    public var byRule: DifferenceJudgement?
    /// The analyst's recorded judgement of the whole.
    public var recorded: DifferenceJudgement?
    /// The recorded judgement differs from the rule's conclusion.
    public var differs: Bool
    /// Aids beside the statistical reading.
    public var aids: [String]

    /// Appraises an ISU document's criteria with a computed result (exact or published).
    /// Counts entered by hand are compared only when every count reaches `threshold` (they come
    /// from case files and are shown to readers too).
    public init(_ d: ISUAnalysis, result: CriteriaResult?, threshold: Int = 5) {
        let setup = d.criteria
        items = setup.kind.criteria.map { c in
            let assessment = d.assessment(c.id)
            let row = assessment.source == .data ? result?.rows.first { $0.criterionId == c.id } : nil
            let reading = row.flatMap { CriteriaRule.reading($0.verdict) }
            return Item(
                criterion: c, assessment: assessment, verdict: row?.verdict, reading: reading,
                effective: assessment.judgement ?? reading,
                differs: assessment.judgement != nil && reading != nil && assessment.judgement != reading,
                countsEvidence: assessment.source == .counts
                    ? Self.evidence(assessment.counts, groups: setup.groups, result: result, threshold: threshold)
                    : nil)
        }
        let dataRows = items.contains { $0.assessment.source == .data } ? result : nil
        statistical = dataRows.flatMap(CriteriaRule.statistical)
        // "Something or some of the criteria": the criteria together explaining counts too.
        let together = dataRows?.together.flatMap { CriteriaRule.reading($0.verdict) }
        // Unmotivated only when every criterion is judged (by the analyst or the statistics).
        byRule = together == .explains ? .motivated : CriteriaRule.conclusion(items.map(\.effective))
        recorded = d.judgement
        differs = recorded != nil && byRule != nil && recorded != byRule
        aids = dataRows.map(CriteriaRule.aids) ?? []
    }

    /// Counts compared between the two groups: shares with the characteristic and their
    /// difference with Newcombe's interval.
    static func evidence(
        _ c: CriterionAssessment.Counts, groups: [String], result: CriteriaResult?, threshold: Int
    ) -> String? {
        guard c.isComplete, let a = c.firstWith, let n = c.firstTotal, let b = c.secondWith, let m = c.secondTotal
        else { return nil }
        let first = result?.first ?? groups.first ?? "Grupp 1"
        let second = result?.second ?? groups.dropFirst().first ?? "Grupp 2"
        let what = c.characteristic.isEmpty ? "Andel" : c.characteristic
        let small = [a, n - a, b, m - b].contains { $0 > 0 && $0 < threshold }
        if small {
            return "\(what): för få personer i någon grupp för att visas (under \(threshold))."
        }
        let p1 = Proportion(successes: Double(a), n: Double(n))
        let p2 = Proportion(successes: Double(b), n: Double(m))
        let d = ProportionDifference(p1, p2)
        return "\(what): \(first) \(SwedishFormat.estimate(p1.value, kind: .proportion)) (\(a) av \(n)), "
            + "\(second) \(SwedishFormat.estimate(p2.value, kind: .proportion)) (\(b) av \(m)); skillnad "
            + SwedishFormat.difference(d.value, kind: .proportion) + " ("
            + "95 % KI " + SwedishFormat.bounds(d.interval.lower, d.interval.upper, kind: .proportion, difference: true)
            + ")."
    }
}
