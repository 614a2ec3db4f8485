/// The analyst's judgement of one appendix criterion: does it explain the difference?
public enum CriterionJudgement: String, Sendable, Codable, CaseIterable {
    /// The difference is explained by the criterion.
    case explains = "forklarar"
    /// It is not.
    case doesNotExplain = "forklarar-inte"

    /// Label in Swedish.
    public var swedishName: String {
        switch self {
        case .explains: "Förklarar skillnaden"
        case .doesNotExplain: "Förklarar inte skillnaden"
        }
    }
}
