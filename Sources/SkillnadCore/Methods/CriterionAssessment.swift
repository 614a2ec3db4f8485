/// The analyst's work on one appendix criterion: where the information comes from, counts per
/// group when entered by hand, and the judgement with its reasons.
public struct CriterionAssessment: Sendable, Codable, Hashable {
    /// Counts per group of what the criterion asks about (e.g. violence-exposed children), from
    /// the case-management system or case files.
    public struct Counts: Sendable, Codable, Hashable {
        /// What was counted ("utsatta för våld", "tackat nej till insats").
        public var characteristic = ""
        /// People in the first group with the characteristic.
        public var firstWith: Int?
        /// People in the first group examined.
        public var firstTotal: Int?
        /// People in the second group with the characteristic.
        public var secondWith: Int?
        /// People in the second group examined.
        public var secondTotal: Int?

        /// No counts.
        public init() {}

        /// Whether every count is given and consistent (0 ≤ with ≤ total, total > 0).
        public var isComplete: Bool {
            guard let a = firstWith, let n = firstTotal, let b = secondWith, let m = secondTotal else { return false }
            return a >= 0 && b >= 0 && n > 0 && m > 0 && a <= n && b <= m
        }

        /// Whether nothing is entered.
        public var isEmpty: Bool {
            characteristic.isEmpty && firstWith == nil && firstTotal == nil && secondWith == nil && secondTotal == nil
        }
    }

    /// Where the information comes from.
    public var source: CriterionSource = .data
    /// Counts per group (source `.counts`).
    public var counts = Counts()
    /// The analyst's judgement; nil while not judged.
    public var judgement: CriterionJudgement?
    /// Why: what the information shows.
    public var reason = ""
    /// Where the information comes from, in words ("aktgranskning av 40 akter, 2025").
    public var informationSource = ""

    /// An empty assessment.
    public init() {}

    /// Whether nothing is entered (the source alone does not count).
    public var isEmpty: Bool {
        counts.isEmpty && judgement == nil && reason.isEmpty && informationSource.isEmpty
    }
}
