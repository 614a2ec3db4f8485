/// One published table: an outcome broken down by a dimension or a crossing, with its tests,
/// HEAT summary measures and trend.
public struct DimensionSummary: Sendable, Hashable, Codable {
    /// Outcome column.
    public var outcome: String
    /// How the outcome is summarised.
    public var outcomeKind: OutcomeKind
    /// The dimensions (one, or two–three for a crossing).
    public var dimensions: [String]
    /// The period covered.
    public var period: String?
    /// Every group, in display order; unknown groups only when they have people.
    public var groups: [GroupResult]
    /// All groups together.
    public var total: GroupResult
    /// Test of equality across the published groups.
    public var homogeneity: TestSummary?
    /// HEAT summary measures over the published groups (single dimensions).
    public var measures: [InequalityMeasure]
    /// Whether the dimension is ordered.
    public var ordered: Bool
    /// Remarks on the measures (e.g. groups left out by disclosure control).
    public var notes: [String]
    /// Development over periods (single dimensions, data with periods).
    public var trend: TrendSummary?
}
