import Foundation

/// Ratio p₁ / p₂ of two proportions with the log (Katz) 95 % interval.
///
/// Katz et al. (1978): SE(ln RR) = √(1/a − 1/n₁ + 1/c − 1/n₂). When either group has no events the
/// ratio is computed with 0.5 added to every cell (Haldane–Anscombe) and `corrected` is set.
public struct RiskRatio: Sendable, Hashable {
    /// The ratio p₁ / p₂.
    public let value: Double
    /// 95 % interval.
    public let interval: Interval
    /// Whether the 0.5 correction for zero cells was applied.
    public let corrected: Bool

    /// Compares `first` with `second`.
    public init(_ first: Proportion, _ second: Proportion) {
        var a = first.successes
        var n1 = first.n
        var c = second.successes
        var n2 = second.n
        corrected = a == 0 || c == 0
        if corrected {
            a += 0.5
            c += 0.5
            n1 += 1
            n2 += 1
        }
        let rr = (a / n1) / (c / n2)
        let se = (1 / a - 1 / n1 + 1 / c - 1 / n2).squareRoot()
        value = rr
        interval = Interval(exp(log(rr) - Normal.z975 * se), exp(log(rr) + Normal.z975 * se))
    }
}
