/// The full result of `compare`: the crude difference and, with stratifying columns, the
/// adjusted one and how much of the crude difference they explain. Its JSON form is documented.
public struct ComparisonReport: Sendable, Codable {
    /// The crude comparison.
    public struct Crude: Sendable, Codable {
        /// Difference first − second.
        public var estimate: Double
        /// Lower 95 % bound (Newcombe or Welch).
        public var ciLow: Double?
        /// Upper 95 % bound.
        public var ciHigh: Double?
        /// p-value.
        public var pValue: Double?
        /// Test code.
        public var test: String
        /// Test name in Swedish.
        public var testName: String
        /// Ratio first / second.
        public var ratio: Double?
        /// Lower bound of the ratio.
        public var ratioLow: Double?
        /// Upper bound of the ratio.
        public var ratioHigh: Double?
    }

    /// The adjusted comparison.
    public struct Adjusted: Sendable, Codable {
        /// Mantel–Haenszel risk difference.
        public var estimate: Double
        /// Lower 95 % bound (Greenland–Robins).
        public var ciLow: Double
        /// Upper 95 % bound.
        public var ciHigh: Double
        /// p-value of the Cochran–Mantel–Haenszel test.
        public var pValue: Double
        /// "mantel-haenszel".
        public var method: String
        /// Mantel–Haenszel odds ratio.
        public var oddsRatio: Double
        /// Lower 95 % bound (Robins–Breslow–Greenland).
        public var oddsRatioLow: Double
        /// Upper 95 % bound.
        public var oddsRatioHigh: Double
        /// Directly standardised difference (standard: both groups together).
        public var standardisedEstimate: Double
        /// Lower bound of the standardised difference.
        public var standardisedLow: Double
        /// Upper bound of the standardised difference.
        public var standardisedHigh: Double
        /// Strata with both groups present.
        public var strataUsed: Int
        /// People in strata lacking one of the groups (left out of the adjustment); nil when the
        /// count is between 1 and the threshold − 1 and disclosure control applies.
        public var excludedPeople: Double?
    }

    /// One stratum's groups.
    public struct StratumResult: Sendable, Codable {
        /// Stratum label (values of the stratifying columns).
        public var label: String
        /// Column → value.
        public var key: [String: String]
        /// First group in the stratum.
        public var first: GroupResult
        /// Second group in the stratum.
        public var second: GroupResult
    }

    /// Outcome column.
    public var outcome: String
    /// How the outcome is summarised.
    public var outcomeKind: OutcomeKind
    /// The dimension.
    public var dimension: String
    /// Period covered.
    public var period: String?
    /// The two groups (first, second).
    public var groups: [GroupResult]
    /// Stratifying columns.
    public var adjustedFor: [String]
    /// Disclosure-control threshold.
    public var threshold: Int
    /// Whether disclosure control was applied.
    public var disclosureControlled: Bool
    /// Crude comparison; nil when withheld by disclosure control.
    public var crude: Crude?
    /// Adjusted comparison; nil without stratifying columns or when no stratum has both groups.
    public var adjusted: Adjusted?
    /// Share of the crude difference the stratifying columns explain.
    public var explainedShare: Double?
    /// Per-stratum results (disclosure-controlled).
    public var strata: [StratumResult]
    /// A Swedish conclusion.
    public var interpretation: String
    /// Remarks.
    public var notes: [String]
}
