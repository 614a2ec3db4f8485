import Foundation

/// Welch's unequal-variances t test for two means.
public struct WelchTTest: Sendable, Hashable {
    /// The t statistic for mean1 − mean2.
    public let statistic: Double
    /// Welch–Satterthwaite degrees of freedom.
    public let degreesOfFreedom: Double
    /// Two-sided p-value.
    public let pValue: Double
    /// Standard error of the difference.
    public let standardError: Double

    /// Runs the test on two groups' summaries.
    public init(_ first: Mean, _ second: Mean) {
        let v1 = first.variance / first.n
        let v2 = second.variance / second.n
        let se = (v1 + v2).squareRoot()
        standardError = se
        let df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (first.n - 1) + v2 * v2 / (second.n - 1))
        degreesOfFreedom = df
        let t = (first.value - second.value) / se
        statistic = t
        if se == 0 || !se.isFinite || !df.isFinite {
            pValue = first.value == second.value ? 1 : .nan
        } else {
            pValue = StudentT(df: df).twoSidedP(t)
        }
    }
}
