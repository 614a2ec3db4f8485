/// What `compare` compares: one outcome between two groups of a dimension, optionally adjusted
/// for stratifying columns.
public struct CompareRequest: Sendable, Hashable {
    /// Outcome column (binary for an adjusted comparison).
    public var outcome: String
    /// The dimension that defines the groups.
    public var by: String
    /// The two groups to compare (levels of `by`); nil when the dimension has exactly two.
    public var groups: [String]?
    /// Stratifying columns to adjust for.
    public var adjustFor: [String]
    /// Shared settings: threshold, disclosure control, period, filters, roles.
    public var base: AnalysisRequest

    /// Creates a request.
    public init(
        outcome: String, by: String, groups: [String]? = nil, adjustFor: [String] = [], base: AnalysisRequest? = nil
    ) {
        self.outcome = outcome
        self.by = by
        self.groups = groups
        self.adjustFor = adjustFor
        var settings = base ?? AnalysisRequest(outcomes: [outcome], dimensions: [by])
        settings.outcomes = [outcome]
        settings.dimensions = [by] + adjustFor
        settings.crossDepth = 1
        self.base = settings
    }
}
