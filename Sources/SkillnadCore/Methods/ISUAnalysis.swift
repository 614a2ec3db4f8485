/// SKR's gender-equality-integrated analysis of ISU results, every field of its four steps and the
/// appendix criteria for unmotivated differences.
public struct ISUAnalysis: Sendable, Codable, Hashable {
    // Step 1. Vad ser vi? (Fields added after the first release are optional, so earlier
    // documents still read.)
    /// The question the service is curious about ("Ett sätt kan vara att börja i en frågeställning").
    public var question: String?
    /// "Vilken data behövs för att besvara frågeställningen?"
    public var dataNeeded: String?
    /// "Finns datan redan tillgänglig eller behöver den kompletteras genom en ny insamling av data?"
    public var dataAvailable: String?
    /// Observations with their numbers.
    public var observations: [Observation] = []
    /// Answers to the step's guiding questions (needs, interventions, change, goals, opinions, differences).
    public var seen = ""
    /// Is the data reliable?
    public var reliable: QualityRating?
    /// Is the data relevant?
    public var relevant: QualityRating?
    /// Is the data current?
    public var current: QualityRating?
    /// Comment on data quality.
    public var qualityComment = ""

    // Appendix: criteria
    /// The criteria set-up and its last computed result.
    public var criteria = CriteriaSetup()
    /// The last computed result of the criteria (exact numbers, for analysts).
    public var criteriaResult: CriteriaResult?
    /// The same result protected for publication (the dataset's linked pattern): what readers see.
    public var publishedCriteriaResult: CriteriaResult?

    /// Criterion id → the analyst's assessment (source, counts by hand, judgement and reasons).
    public var assessments: [String: CriterionAssessment]?
    /// "Är skillnaderna omotiverade eller motiverade?" — the analyst's judgement of the whole.
    public var judgement: DifferenceJudgement?
    /// Why the difference is judged so.
    public var judgementReason: String?

    /// The assessment of a criterion (empty when none is recorded).
    public func assessment(_ criterionId: String) -> CriterionAssessment {
        assessments?[criterionId] ?? CriterionAssessment()
    }

    /// The result a reader may see, or an analyst.
    public func criteriaResult(forReader reader: Bool) -> CriteriaResult? {
        reader ? publishedCriteriaResult : criteriaResult
    }

    // Step 2. Vi reflekterar
    /// 2.1 Individ och grupp.
    public var individual = ""
    /// 2.2 Verksamhet och profession.
    public var organisation = ""
    /// 2.3 Omvärld och det omgivande samhället.
    public var world = ""
    /// Gender bias and myths: what we found when we checked our own explanations.
    public var biasCheck = ""

    // Step 3. Kan vi dra slutsatser?
    /// Thoughts, hypotheses and knowledge about causes.
    public var hypotheses = ""
    /// "Finns det risk att de skillnader eller likheter ni sett upprätthåller ojämställdhet eller ojämlikhet?"
    public var inequalityRisk = ""
    /// "Finns det en risk att normer och föreställningar utifrån kön och andra identitets- och
    /// bakgrundsvariabler påverkar resultatet, och i så fall hur?"
    public var normsRisk: String?
    /// Do we need to know more (other sources, competence, new data collection)?
    public var knowledgeNeeds = ""
    /// The conclusions, across individ/grupp, verksamhet and omvärld.
    public var conclusions = ""
    /// Have others (municipalities, research) reached similar conclusions?
    public var comparisons = ""

    // Step 4. Hur kan vi göra annorlunda?
    /// Proposed measures, each weighed by effort (resources) against effect.
    public var measures: [PlannedMeasure] = []
    /// What can be decided in the service, and what needs a political decision.
    public var decisions = ""
    /// How staff and user groups are involved and informed.
    public var involvement = ""

    /// An empty analysis.
    public init() {}
}
