import Foundation

/// The chi-square distribution with `df` degrees of freedom.
public struct ChiSquared: Sendable {
    /// Degrees of freedom.
    public let df: Double

    /// Creates the distribution; `df` must be positive.
    public init(df: Double) {
        precondition(df > 0, "ChiSquared needs df > 0")
        self.df = df
    }

    /// Upper tail P(X > x), the p-value of a chi-square statistic.
    public func sf(_ x: Double) -> Double {
        SpecialFunctions.gammaQ(df / 2, x / 2)
    }

    /// Distribution function P(X ≤ x).
    public func cdf(_ x: Double) -> Double {
        SpecialFunctions.gammaP(df / 2, x / 2)
    }
}
