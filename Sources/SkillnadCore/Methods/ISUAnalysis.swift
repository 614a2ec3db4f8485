/// SKR's gender-equality-integrated analysis of ISU results, every field of its four steps and the
/// appendix criteria for unmotivated differences.
public struct ISUAnalysis: Sendable, Codable, Hashable {
    // Step 1. Vad ser vi?
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
    /// Do the differences or likenesses sustain inequality, and how do norms affect the result?
    public var inequalityRisk = ""
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
