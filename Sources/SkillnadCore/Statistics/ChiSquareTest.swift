import Foundation

/// Pearson's chi-square test of homogeneity for a 2×k table, without continuity correction.
public struct ChiSquareTest: Sendable, Hashable {
    /// The X² statistic.
    public let statistic: Double
    /// Degrees of freedom, k − 1.
    public let degreesOfFreedom: Int
    /// Upper-tail p-value.
    public let pValue: Double
    /// The smallest expected cell count; below 5 the approximation is doubtful.
    public let minimumExpected: Double

    /// Runs the test on `successes[i]` out of `totals[i]` for k groups.
    public init(successes: [Double], totals: [Double]) {
        precondition(successes.count == totals.count && successes.count >= 2, "need k ≥ 2 groups")
        let grandTotal = totals.reduce(0, +)
        let grandSuccess = successes.reduce(0, +)
        let grandFailure = grandTotal - grandSuccess
        var x2 = 0.0
        var minExpected = Double.infinity
        for i in successes.indices {
            let e1 = totals[i] * grandSuccess / grandTotal
            let e0 = totals[i] * grandFailure / grandTotal
            minExpected = min(minExpected, e1, e0)
            let o1 = successes[i]
            let o0 = totals[i] - successes[i]
            if e1 > 0 { x2 += (o1 - e1) * (o1 - e1) / e1 }
            if e0 > 0 { x2 += (o0 - e0) * (o0 - e0) / e0 }
        }
        statistic = x2
        degreesOfFreedom = successes.count - 1
        minimumExpected = minExpected
        if grandSuccess <= 0 || grandFailure <= 0 {
            pValue = 1
        } else {
            pValue = ChiSquared(df: Double(degreesOfFreedom)).sf(x2)
        }
    }
}
