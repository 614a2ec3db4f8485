import Foundation

/// Difference of two means with Welch's 95 % interval and test.
public struct MeanDifference: Sendable, Hashable {
    /// First group.
    public let first: Mean
    /// Second group.
    public let second: Mean
    /// Welch's t test of the difference.
    public let test: WelchTTest

    /// Compares `first` with `second`.
    public init(_ first: Mean, _ second: Mean) {
        self.first = first
        self.second = second
        self.test = WelchTTest(first, second)
    }

    /// The point estimate m₁ − m₂.
    public var value: Double { first.value - second.value }

    /// Ratio m₁ / m₂ (meaningful for positive outcomes).
    public var ratio: Double { first.value / second.value }

    /// Welch 95 % interval: d ± t(df; 0.975) · SE.
    public var interval: Interval {
        guard test.degreesOfFreedom.isFinite, test.standardError > 0 else { return Interval(value, value) }
        let t = StudentT(df: test.degreesOfFreedom).quantile(0.975)
        return Interval(value - t * test.standardError, value + t * test.standardError)
    }
}
