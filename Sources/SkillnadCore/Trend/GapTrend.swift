import Foundation

/// How the gap between two groups develops over periods: is it widening or narrowing?
///
/// The gap in each period is group A − group B with variance Var(A) + Var(B); its linear trend
/// is fitted by ``WeightedTrend``. The gap widens when the trend moves away from zero (same sign
/// as the average gap) and narrows when it moves towards zero, each only when p < 0.05.
public struct GapTrend: Sendable, Hashable, Codable {
    /// Direction of the development.
    public enum Direction: String, Sendable, Codable {
        case widening = "ökar"
        case narrowing = "minskar"
        case stable = "ingen säker förändring"
    }

    /// Period labels, oldest first.
    public let periods: [String]
    /// Group A's estimates per period.
    public let first: [PeriodEstimate]
    /// Group B's estimates per period.
    public let second: [PeriodEstimate]
    /// The gap A − B per period.
    public let gaps: [Double]
    /// Trend of the gap.
    public let trend: WeightedTrend
    /// Trend of group A alone.
    public let firstTrend: WeightedTrend?
    /// Trend of group B alone.
    public let secondTrend: WeightedTrend?
    /// Widening, narrowing or stable.
    public let direction: Direction

    /// Analyses two groups' series over the same periods (at least two).
    public init?(first: [PeriodEstimate], second: [PeriodEstimate]) {
        guard first.count == second.count, first.count >= 2 else { return nil }
        let times = first.indices.map(Double.init)
        let gaps = zip(first, second).map { $0.value - $1.value }
        let variances = zip(first, second).map { $0.variance + $1.variance }
        guard let trend = WeightedTrend(times: times, values: gaps, variances: variances) else { return nil }
        self.periods = first.map(\.period)
        self.first = first
        self.second = second
        self.gaps = gaps
        self.trend = trend
        firstTrend = WeightedTrend(times: times, values: first.map(\.value), variances: first.map(\.variance))
        secondTrend = WeightedTrend(times: times, values: second.map(\.value), variances: second.map(\.variance))
        let weights = variances.map { 1 / $0 }
        let meanGap = zip(weights, gaps).reduce(0) { $0 + $1.0 * $1.1 } / weights.reduce(0, +)
        if trend.pValue >= 0.05 || meanGap == 0 {
            direction = .stable
        } else {
            direction = (trend.slope > 0) == (meanGap > 0) ? .widening : .narrowing
        }
    }

    /// Change in the gap from the first to the last period.
    public var change: Double { (gaps.last ?? 0) - (gaps.first ?? 0) }
}
