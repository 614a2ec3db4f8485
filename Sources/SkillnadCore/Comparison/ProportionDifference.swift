import Foundation

/// Difference p₁ − p₂ of two independent proportions with Newcombe's hybrid score interval.
///
/// Newcombe (1998), *Statistics in Medicine* 17, 873–890, method 10: the interval combines the
/// two Wilson score intervals, without continuity correction.
public struct ProportionDifference: Sendable, Hashable {
    /// First group.
    public let first: Proportion
    /// Second group.
    public let second: Proportion

    /// Compares `first` with `second`.
    public init(_ first: Proportion, _ second: Proportion) {
        self.first = first
        self.second = second
    }

    /// The point estimate p₁ − p₂.
    public var value: Double { first.value - second.value }

    /// Newcombe's hybrid score 95 % interval.
    public var interval: Interval {
        let p1 = first.value
        let p2 = second.value
        let w1 = first.interval
        let w2 = second.interval
        let d = p1 - p2
        let lower = d - ((p1 - w1.lower) * (p1 - w1.lower) + (w2.upper - p2) * (w2.upper - p2)).squareRoot()
        let upper = d + ((w1.upper - p1) * (w1.upper - p1) + (p2 - w2.lower) * (p2 - w2.lower)).squareRoot()
        return Interval(lower, upper)
    }
}
