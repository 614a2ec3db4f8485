/// One subgroup's estimate as input to the inequality summary measures.
public struct Subgroup: Sendable, Hashable {
    /// Display label (e.g. "Norra", "16–24 år").
    public var label: String
    /// Estimate on the indicator's scale (percent for proportions, as HEAT uses).
    public var estimate: Double
    /// Number of people in the subgroup (the population weight).
    public var population: Double
    /// Standard error of the estimate on the same scale, if known.
    public var standardError: Double?
    /// Position in an ordered dimension, 1 = most disadvantaged; nil for non-ordered dimensions.
    public var order: Int?

    /// Creates a subgroup.
    public init(label: String, estimate: Double, population: Double, standardError: Double? = nil, order: Int? = nil) {
        self.label = label
        self.estimate = estimate
        self.population = population
        self.standardError = standardError
        self.order = order
    }
}
