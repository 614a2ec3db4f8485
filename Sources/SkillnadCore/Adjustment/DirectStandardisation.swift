import Foundation

/// Direct standardisation of two groups' proportions to a common standard population.
///
/// The standard is the combined stratum distribution of both groups (wₖ = Nₖ / N over strata
/// where both groups are present). Each group's standardised proportion is Σ wₖ pₖ; the
/// variance of the difference is Σ wₖ² (p₁ₖ(1 − p₁ₖ)/n₁ₖ + p₀ₖ(1 − p₀ₖ)/n₀ₖ).
public struct DirectStandardisation: Sendable {
    /// Standardised proportion in group 1.
    public let proportion1: Double
    /// Standardised proportion in group 0.
    public let proportion0: Double
    /// 95 % interval of the standardised difference.
    public let differenceInterval: Interval
    /// Strata used (both groups present).
    public let strataUsed: Int
    /// People left out because their stratum lacked one of the groups.
    public let excluded: Double

    /// Standardises; returns nil when no stratum has both groups.
    public init?(_ strata: [Stratum]) {
        let used = strata.filter(\.isInformative)
        guard !used.isEmpty else { return nil }
        let total = used.reduce(0) { $0 + $1.total }
        var s1 = 0.0
        var s0 = 0.0
        var variance = 0.0
        for s in used {
            let w = s.total / total
            let p1 = s.events1 / s.n1
            let p0 = s.events0 / s.n0
            s1 += w * p1
            s0 += w * p0
            variance += w * w * (p1 * (1 - p1) / s.n1 + p0 * (1 - p0) / s.n0)
        }
        proportion1 = s1
        proportion0 = s0
        let se = variance.squareRoot()
        differenceInterval = Interval(s1 - s0 - Normal.z975 * se, s1 - s0 + Normal.z975 * se)
        strataUsed = used.count
        excluded = strata.filter { !$0.isInformative }.reduce(0) { $0 + $1.total }
    }

    /// Standardised difference.
    public var difference: Double { proportion1 - proportion0 }
}
