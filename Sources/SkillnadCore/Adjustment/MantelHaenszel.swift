import Foundation

/// Mantel–Haenszel estimates over strata of 2×2 tables.
///
/// - Risk difference with the Greenland–Robins (1985, *Biometrics* 41, 55–68) variance.
/// - Odds ratio with the Robins–Breslow–Greenland (1986, *Biometrics* 42, 311–323) variance of
///   its logarithm.
/// - The Cochran–Mantel–Haenszel test without continuity correction.
///
/// Strata where either group is empty carry no information and are skipped.
public struct MantelHaenszel: Sendable {
    /// Pooled risk difference p₁ − p₀.
    public let riskDifference: Double
    /// 95 % interval of the risk difference.
    public let riskDifferenceInterval: Interval
    /// Pooled odds ratio.
    public let oddsRatio: Double
    /// 95 % interval of the odds ratio.
    public let oddsRatioInterval: Interval
    /// CMH chi-square statistic (1 df).
    public let statistic: Double
    /// p-value of the CMH test.
    public let pValue: Double
    /// Number of strata used.
    public let strataUsed: Int

    /// Computes the estimates; returns nil when no stratum has both groups.
    public init?(_ strata: [Stratum]) {
        let used = strata.filter(\.isInformative)
        guard !used.isEmpty else { return nil }
        strataUsed = used.count
        // Risk difference.
        var numerator = 0.0
        var weightSum = 0.0
        var varianceNumerator = 0.0
        // Odds ratio.
        var rSum = 0.0
        var sSum = 0.0
        var pr = 0.0
        var psQr = 0.0
        var qs = 0.0
        // CMH.
        var observed = 0.0
        var expected = 0.0
        var variance = 0.0
        for s in used {
            let a = s.events1
            let b = s.n1 - s.events1
            let c = s.events0
            let d = s.n0 - s.events0
            let t = s.total
            numerator += (a * s.n0 - c * s.n1) / t
            weightSum += s.n1 * s.n0 / t
            varianceNumerator += (a * b * pow(s.n0, 3) + c * d * pow(s.n1, 3)) / (s.n1 * s.n0 * t * t)
            let r = a * d / t
            let sk = b * c / t
            let p = (a + d) / t
            let q = (b + c) / t
            rSum += r
            sSum += sk
            pr += p * r
            psQr += p * sk + q * r
            qs += q * sk
            let m1 = a + c
            let m0 = b + d
            observed += a
            expected += s.n1 * m1 / t
            if t > 1 { variance += s.n1 * s.n0 * m1 * m0 / (t * t * (t - 1)) }
        }
        let rd = numerator / weightSum
        let rdSE = (varianceNumerator / (weightSum * weightSum)).squareRoot()
        riskDifference = rd
        riskDifferenceInterval = Interval(rd - Normal.z975 * rdSE, rd + Normal.z975 * rdSE)
        let or = rSum / sSum
        oddsRatio = or
        let logVariance = pr / (2 * rSum * rSum) + psQr / (2 * rSum * sSum) + qs / (2 * sSum * sSum)
        let logSE = logVariance.squareRoot()
        oddsRatioInterval = Interval(exp(log(or) - Normal.z975 * logSE), exp(log(or) + Normal.z975 * logSE))
        let x2 = variance > 0 ? (observed - expected) * (observed - expected) / variance : 0
        statistic = x2
        pValue = variance > 0 ? ChiSquared(df: 1).sf(x2) : 1
    }
}
