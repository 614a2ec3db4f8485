import Foundation

/// Student's t distribution with `df` degrees of freedom (df may be fractional, as in Welch's test).
public struct StudentT: Sendable {
    /// Degrees of freedom.
    public let df: Double

    /// Creates the distribution; `df` must be positive.
    public init(df: Double) {
        precondition(df > 0, "StudentT needs df > 0")
        self.df = df
    }

    /// Upper tail P(T > t).
    public func sf(_ t: Double) -> Double {
        let x = df / (df + t * t)
        let tail = 0.5 * SpecialFunctions.incompleteBeta(x, a: df / 2, b: 0.5)
        return t >= 0 ? tail : 1 - tail
    }

    /// Distribution function P(T ≤ t).
    public func cdf(_ t: Double) -> Double {
        1 - sf(t)
    }

    /// Two-sided p-value P(|T| ≥ |t|).
    public func twoSidedP(_ t: Double) -> Double {
        min(1, SpecialFunctions.incompleteBeta(df / (df + t * t), a: df / 2, b: 0.5))
    }

    /// Density at t.
    public func pdf(_ t: Double) -> Double {
        exp(
            lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * log(df * Double.pi)
                - (df + 1) / 2 * log1p(t * t / df))
    }

    /// Quantile: the t with P(T ≤ t) = p.
    public func quantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1, "StudentT.quantile needs 0 < p < 1")
        if p == 0.5 { return 0 }
        if p < 0.5 { return -quantile(1 - p) }
        if df == 1 { return tan(Double.pi * (p - 0.5)) }
        if df == 2 { return (2 * p - 1) * (2 / (4 * p * (1 - p))).squareRoot() }
        // Cornish–Fisher start from the normal quantile, then safeguarded Newton on the tail.
        let z = Normal.quantile(p)
        let g1 = (z * z * z + z) / 4
        let g2 = (5 * pow(z, 5) + 16 * z * z * z + 3 * z) / 96
        var t = z + g1 / df + g2 / (df * df)
        if !t.isFinite || t <= 0 { t = z }
        let target = 1 - p
        var lo = 0.0
        var hi = max(t * 4, 10)
        while sf(hi) > target { hi *= 2 }
        for _ in 0..<100 {
            let f = sf(t) - target
            if abs(f) < 1e-15 * target { break }
            if f > 0 { lo = t } else { hi = t }
            var next = t + f / pdf(t)
            if !(next > lo && next < hi) { next = (lo + hi) / 2 }
            if abs(next - t) < 1e-14 * abs(t) { t = next; break }
            t = next
        }
        return t
    }
}
