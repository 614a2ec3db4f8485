import Foundation

/// Welch's heteroscedastic one-way ANOVA: are k ≥ 2 means equal?
///
/// Welch, B. L. (1951), *Biometrika* 38, 330–336; as `statsmodels`'
/// `anova_oneway(use_var="unequal")`.
public struct WelchANOVA: Sendable, Hashable {
    /// The F statistic.
    public let statistic: Double
    /// Numerator degrees of freedom, k − 1.
    public let df1: Double
    /// Denominator degrees of freedom.
    public let df2: Double
    /// Upper-tail p-value.
    public let pValue: Double

    /// Runs the test on the groups' summaries; every group needs n ≥ 2 and positive variance.
    public init(_ groups: [Mean]) {
        let k = Double(groups.count)
        let weights = groups.map { $0.n / $0.variance }
        let sumW = weights.reduce(0, +)
        let grand = zip(weights, groups).reduce(0) { $0 + $1.0 * $1.1.value } / sumW
        let between = zip(weights, groups).reduce(0) { $0 + $1.0 * pow($1.1.value - grand, 2) } / (k - 1)
        let lambda = zip(weights, groups).reduce(0) {
            $0 + pow(1 - $1.0 / sumW, 2) / ($1.1.n - 1)
        }
        let f = between / (1 + 2 * (k - 2) / (k * k - 1) * lambda)
        statistic = f
        df1 = k - 1
        df2 = (k * k - 1) / (3 * lambda)
        pValue = f.isFinite ? FisherSnedecor(d1: df1, d2: df2).sf(f) : .nan
    }
}
