/// Everything one scan produced: the ranked differences and the published tables.
public struct ScanResult: Sendable, Codable {
    /// Format version of this structure.
    public var formatVersion: Int = 1
    /// The data's source.
    public var source: String
    /// Individual or aggregated.
    public var shape: DataShape
    /// The outcomes scanned, with kind and direction.
    public var outcomes: [OutcomeInfo]
    /// The dimensions scanned.
    public var dimensions: [String]
    /// Crossing depth.
    public var crossDepth: Int
    /// Disclosure-control threshold.
    public var threshold: Int
    /// Whether disclosure control was applied. When false every output is stamped
    /// "EJ RÖJANDEKONTROLLERAD".
    public var disclosureControlled: Bool
    /// Whether the output is protected for publication: one linked pattern over every table a
    /// reader can obtain from the dataset (``LinkedSuppression``). When false but controlled,
    /// each table is protected on its own: exact numbers for analysts, not for publication.
    public var published: Bool = false
    /// The period of the cross-sectional comparisons.
    public var period: String?
    /// The differences, ranked by score.
    public var differences: [Difference]
    /// Comparisons withheld by disclosure control.
    public var suppressedComparisons: [SuppressedComparison]
    /// The published tables.
    public var tables: [DimensionSummary]
    /// Notes on how rows were selected and how results were computed.
    public var notes: [String]

    /// An outcome's description.
    public struct OutcomeInfo: Sendable, Hashable, Codable {
        /// Column name.
        public var name: String
        /// How it is summarised.
        public var kind: OutcomeKind
        /// Whether higher is better.
        public var higherIsBetter: Bool
        /// True when the direction is unknown (see ``Difference/directionUnknown``).
        public var directionUnknown: Bool?
        /// People included (with a value) in the period compared; nil when unknown.
        public var n: Double?
    }
}
