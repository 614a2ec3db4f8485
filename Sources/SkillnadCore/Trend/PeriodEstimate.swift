/// One group's estimate in one period, with its sampling variance.
public struct PeriodEstimate: Sendable, Hashable, Codable {
    /// The period label (e.g. "2024").
    public var period: String
    /// The estimate.
    public var value: Double
    /// Sampling variance of the estimate.
    public var variance: Double
    /// Number of people.
    public var n: Double

    /// Creates a period estimate.
    public init(period: String, value: Double, variance: Double, n: Double) {
        self.period = period
        self.value = value
        self.variance = variance
        self.n = n
    }

    /// A proportion's estimate; the variance uses (x + 1)/(n + 2) so empty or full groups keep
    /// a positive variance.
    public init(period: String, proportion: Proportion) {
        let adjusted = (proportion.successes + 1) / (proportion.n + 2)
        self.init(
            period: period, value: proportion.value, variance: adjusted * (1 - adjusted) / proportion.n,
            n: proportion.n)
    }

    /// A mean's estimate.
    public init(period: String, mean: Mean) {
        self.init(period: period, value: mean.value, variance: mean.variance / mean.n, n: mean.n)
    }
}
