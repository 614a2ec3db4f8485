/// Skillnad's statistical reading of whether a criterion (or all together) explains a
/// difference — an aid to the analyst's judgement, not the seed's rule (see ``CriteriaRule``).
///
/// Explains: the adjustment accounts for at least 80 % of the crude difference and what remains is
/// not statistically significant. Does not explain: it accounts for at most 20 % and the difference
/// remains significant. Anything between: explains in part.
public enum CriterionVerdict: String, Sendable, Codable {
    /// The criterion explains the difference.
    case explains = "forklarar"
    /// The criterion explains part of it.
    case partly = "delvis"
    /// The criterion does not explain it.
    case doesNotExplain = "forklarar-inte"
    /// No verdict: a group is too small to show, or the adjustment was impossible.
    case notComputable = "kan-inte-beraknas"

    /// Words in Swedish.
    public var swedishName: String {
        switch self {
        case .explains: "Förklarar skillnaden"
        case .partly: "Förklarar skillnaden delvis"
        case .doesNotExplain: "Förklarar inte skillnaden"
        case .notComputable: "Kan inte bedömas"
        }
    }

    /// The verdict for an adjusted comparison.
    public static func judge(explainedShare: Double, adjustedLow: Double, adjustedHigh: Double) -> CriterionVerdict {
        guard explainedShare.isFinite else { return .notComputable }
        let remainsSignificant = adjustedLow > 0 || adjustedHigh < 0
        if explainedShare >= 0.8 && !remainsSignificant { return .explains }
        if explainedShare <= 0.2 && remainsSignificant { return .doesNotExplain }
        return .partly
    }
}

/// The statistical reading of the criteria: motivated, unmotivated or not computable. The other
/// cases were conclusions in earlier versions and are kept so that stored results still read;
/// they are now aids (``CriteriaRule/aids(_:)``).
public enum CriteriaConclusion: String, Sendable, Codable {
    /// Explained by the criteria.
    case motivated = "motiverad"
    /// Not explained by any criterion.
    case unmotivated = "omotiverad"
    /// Explained in part.
    case partlyExplained = "delvis-forklarad"
    /// No statistically significant difference to explain.
    case noDifference = "ingen-sakerstalld-skillnad"
    /// Could not be computed (groups too small, no criterion mapped).
    case notComputable = "kan-inte-beraknas"

    /// Words in Swedish.
    public var swedishName: String {
        switch self {
        case .motivated: "Motiverad"
        case .unmotivated: "Omotiverad"
        case .partlyExplained: "Delvis förklarad"
        case .noDifference: "Ingen statistiskt säkerställd skillnad"
        case .notComputable: "Kan inte bedömas"
        }
    }
}
