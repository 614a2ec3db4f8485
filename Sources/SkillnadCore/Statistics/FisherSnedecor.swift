import Foundation

/// The F distribution with `d1` and `d2` degrees of freedom.
public struct FisherSnedecor: Sendable {
    /// Numerator degrees of freedom.
    public let d1: Double
    /// Denominator degrees of freedom.
    public let d2: Double

    /// Creates the distribution; both degrees of freedom must be positive.
    public init(d1: Double, d2: Double) {
        precondition(d1 > 0 && d2 > 0, "FisherSnedecor needs positive degrees of freedom")
        self.d1 = d1
        self.d2 = d2
    }

    /// Upper tail P(F > x).
    public func sf(_ x: Double) -> Double {
        if x <= 0 { return 1 }
        return SpecialFunctions.incompleteBeta(d2 / (d2 + d1 * x), a: d2 / 2, b: d1 / 2)
    }
}
