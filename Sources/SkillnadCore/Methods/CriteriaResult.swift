/// The computed criteria: the crude difference, the difference adjusted for each criterion and for
/// all together, a verdict per criterion and the conclusion — disclosure-controlled numbers only.
public struct CriteriaResult: Sendable, Codable, Hashable {
    /// One adjusted comparison.
    public struct Row: Sendable, Codable, Hashable {
        /// Criterion id, or "alla" for all together.
        public var criterionId: String
        /// Criterion title.
        public var title: String
        /// Columns adjusted for.
        public var columns: [String]
        /// Adjusted (Mantel–Haenszel) difference; nil when not computable.
        public var estimate: Double?
        /// Lower 95 % bound.
        public var ciLow: Double?
        /// Upper 95 % bound.
        public var ciHigh: Double?
        /// Cochran–Mantel–Haenszel p-value.
        public var pValue: Double?
        /// Share of the crude difference explained.
        public var explainedShare: Double?
        /// People left out (strata lacking one group); nil when too few to show.
        public var excludedPeople: Double?
        /// The verdict.
        public var verdict: CriterionVerdict
    }

    /// The outcome.
    public var outcome: String
    /// The group column.
    public var groupColumn: String
    /// First group (the difference is first − second).
    public var first: String
    /// Second group.
    public var second: String
    /// Share with the outcome in the first group (nil when suppressed).
    public var firstEstimate: Double?
    /// n of the first group (nil when suppressed).
    public var firstN: Double?
    /// Share in the second group.
    public var secondEstimate: Double?
    /// n of the second group.
    public var secondN: Double?
    /// Crude difference; nil when a group is suppressed.
    public var crude: Double?
    /// Lower bound of the crude difference.
    public var crudeLow: Double?
    /// Upper bound of the crude difference.
    public var crudeHigh: Double?
    /// p-value of the crude difference.
    public var crudePValue: Double?
    /// Period covered.
    public var period: String?
    /// Per criterion.
    public var rows: [Row]
    /// All mapped criteria together.
    public var together: Row?
    /// The conclusion.
    public var conclusion: CriteriaConclusion
    /// The conclusion in Swedish sentences, with the numbers.
    public var text: String
    /// Dataset version the numbers come from.
    public var datasetVersion: Int
    /// Disclosure threshold used.
    public var threshold: Int

    /// The appendix's reminder: a motivated difference may still sustain inequality.
    public static let reminder =
        "Trots att en skillnad är motiverad kan den bidra till bibehållen ojämställdhet och ojämlikhet. Både motiverade och omotiverade skillnader behöver analyseras utifrån ett jämställdhets- och jämlikhetsperspektiv – gå vidare till steg 2, Vi reflekterar."
}

extension CriteriaResult {
    /// The result with every number withheld (for readers, when the group column is not
    /// published from the dataset): the set-up stays, the conclusion cannot be assessed.
    public func withheld() -> CriteriaResult {
        var result = self
        result.rows = rows.map {
            .init(
                criterionId: $0.criterionId, title: $0.title, columns: $0.columns, excludedPeople: nil,
                verdict: .notComputable)
        }
        result.together = nil
        result.firstEstimate = nil
        result.firstN = nil
        result.secondEstimate = nil
        result.secondN = nil
        result.crude = nil
        result.crudeLow = nil
        result.crudeHigh = nil
        result.crudePValue = nil
        result.conclusion = .notComputable
        result.text = CriteriaText.describe(result)
        return result
    }
}
