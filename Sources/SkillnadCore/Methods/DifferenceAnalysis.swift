/// Huddinge's difference analysis in three steps, every field of the form.
///
/// Step 1 lists differences with goal links and significance, and picks one; step 2 analyses the
/// target group and the causes and judges whether the difference is motivated; step 3 plans,
/// weighs and chooses measures and enters them into regular governance.
public struct DifferenceAnalysis: Sendable, Codable, Hashable {
    // Step 1
    /// 1.1–1.3: the differences found, their goals and significance.
    public var differences: [CandidateDifference] = []
    /// 1.4: the id of the difference to go on with.
    public var chosenDifferenceId: String?
    /// 1.4: why this difference.
    public var choiceMotivation = ""

    // Step 2
    /// 2.1: the group memberships that matter.
    public var targetGrounds: Set<TargetGround> = []
    /// 2.1: other groupings (socio-economic, service-specific …), one per row.
    public var otherGroupings: [String] = []
    /// 2.1: who is negatively affected.
    public var targetSummary = ""
    /// 2.2.1: causes at society level.
    public var societyCauses: [CausePair] = []
    /// 2.2.2: causes within the organisation.
    public var organisationCauses: [CausePair] = []
    /// 2.3 A: motivated or unmotivated.
    public var judgement: DifferenceJudgement?
    /// 2.3 B: if unmotivated, can we affect it.
    public var influence: Influence?
    /// 2.3 C: go on with a measure.
    public var proceed: ProceedDecision?
    /// 2.3 C: the reasoning.
    public var proceedReason = ""
    /// Step 3 was opened although 2.3 does not conclude omotiverad ("Om skillnaden visar sig vara
    /// omotiverad går du vidare till steg tre"); optional so earlier documents still read.
    public var proceedAnyway: Bool?
    /// Why step 3 is taken anyway.
    public var proceedAnywayReason: String?

    /// Whether step 3 is open: 2.3 concludes omotiverad, or the analyst chose to go on anyway.
    public var measuresOpen: Bool { judgement == .unmotivated || proceedAnyway == true }

    // Step 3
    /// 3.1–3.3 and 3.5: the measures.
    public var measures: [PlannedMeasure] = []
    /// 3.5: comment on the chosen measures.
    public var chosenComment = ""
    /// 3.6: reflection on the measures' effect on norms.
    public var normsReflection = ""
    /// 3.7: who is responsible.
    public var responsible = ""
    /// 3.7: implementation date (ISO yyyy-mm-dd).
    public var implementationDate = ""
    /// 3.7: follow-up date (ISO yyyy-mm-dd).
    public var followUpDate = ""
    /// 3.7: comment.
    public var governanceComment = ""
    /// Free notes (Anteckningar).
    public var notes = ""

    /// An empty analysis.
    public init() {}

    /// The chosen difference (1.4).
    public var chosenDifference: CandidateDifference? {
        differences.first { $0.id == chosenDifferenceId }
    }

    /// The measures chosen in 3.5.
    public var chosenMeasures: [PlannedMeasure] { measures.filter(\.chosen) }

    /// Every goal id linked in 1.2.
    public var goalIds: [Int64] {
        var seen = Set<Int64>()
        return differences.flatMap(\.goalIds).filter { seen.insert($0).inserted }
    }
}
