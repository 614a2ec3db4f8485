import Foundation

/// A proportion with its Wilson score 95 % confidence interval.
///
/// ```swift
/// let p = Proportion(successes: 81, n: 263)
/// p.value          // 0.308
/// p.interval       // 0.255 … 0.366 (Wilson)
/// ```
public struct Proportion: Sendable, Hashable {
    /// Number with the outcome (may be fractional for weighted data).
    public let successes: Double
    /// Number in the group.
    public let n: Double

    /// Creates a proportion; `n` must be positive and `0 ≤ successes ≤ n`.
    public init(successes: Double, n: Double) {
        self.successes = successes
        self.n = n
    }

    /// The point estimate x / n.
    public var value: Double { n > 0 ? successes / n : .nan }

    /// Wilson score interval without continuity correction.
    public var interval: Interval { Proportion.wilson(successes: successes, n: n) }

    /// Wald standard error √(p(1 − p)/n), used where measures need a variance.
    public var standardError: Double { n > 0 ? (value * (1 - value) / n).squareRoot() : .nan }

    /// Wilson score interval for `successes` out of `n` at the given z (default 95 %).
    public static func wilson(successes x: Double, n: Double, z: Double = Normal.z975) -> Interval {
        guard n > 0 else { return Interval(.nan, .nan) }
        let p = x / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
        return Interval(max(0, centre - half), min(1, centre + half))
    }
}
