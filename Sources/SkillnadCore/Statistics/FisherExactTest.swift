import Foundation

/// Fisher's exact test for a 2×2 table, two-sided as in `scipy.stats.fisher_exact`.
///
/// The table is `[[a, b], [c, d]]` with rows as groups and columns as outcome yes/no. The
/// two-sided p-value sums the hypergeometric probabilities of all tables with the same margins
/// that are no more probable than the observed one (relative tolerance 1e-7).
public struct FisherExactTest: Sendable, Hashable {
    /// Two-sided p-value.
    public let pValue: Double
    /// Sample odds ratio (a·d)/(b·c); infinite or NaN when a margin cell is zero.
    public let oddsRatio: Double

    /// Runs the test on the four cell counts.
    public init(a: Int, b: Int, c: Int, d: Int) {
        precondition(a >= 0 && b >= 0 && c >= 0 && d >= 0, "counts must be non-negative")
        oddsRatio = Double(a * d) / Double(b * c)
        let row1 = a + b
        let col1 = a + c
        let total = a + b + c + d
        let low = max(0, row1 + col1 - total)
        let high = min(row1, col1)
        if high <= low {
            pValue = 1
            return
        }
        func logPMF(_ x: Int) -> Double {
            SpecialFunctions.logChoose(Double(col1), Double(x))
                + SpecialFunctions.logChoose(Double(total - col1), Double(row1 - x))
                - SpecialFunctions.logChoose(Double(total), Double(row1))
        }
        let observed = logPMF(a)
        let threshold = observed + log1p(1e-7)
        var sum = 0.0
        for x in low...high {
            let lp = logPMF(x)
            if lp <= threshold { sum += exp(lp) }
        }
        pValue = min(1, sum)
    }
}
