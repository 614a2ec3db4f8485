import Foundation

/// Linear trend of estimates over equally spaced periods, weighted by inverse variance.
///
/// The slope b of y = a + b·t (t = 0, 1, …) minimises Σ wₜ(yₜ − a − b·t)² with wₜ = 1/Var(yₜ);
/// SE(b) = 1/√Σ wₜ(t − t̄_w)² (variances taken as known), z = b / SE(b).
public struct WeightedTrend: Sendable, Hashable, Codable {
    /// Change per period.
    public let slope: Double
    /// 95 % interval of the slope.
    public let interval: Interval
    /// Two-sided p-value of the slope.
    public let pValue: Double

    /// Fits the trend; needs at least two periods with positive variance.
    public init?(times: [Double], values: [Double], variances: [Double]) {
        let usable = times.indices.filter { variances[$0] > 0 && variances[$0].isFinite && values[$0].isFinite }
        guard usable.count >= 2 else { return nil }
        let w = usable.map { 1 / variances[$0] }
        let t = usable.map { times[$0] }
        let y = usable.map { values[$0] }
        let sw = w.reduce(0, +)
        let tBar = zip(w, t).reduce(0) { $0 + $1.0 * $1.1 } / sw
        let yBar = zip(w, y).reduce(0) { $0 + $1.0 * $1.1 } / sw
        var stt = 0.0
        var sty = 0.0
        for i in w.indices {
            stt += w[i] * (t[i] - tBar) * (t[i] - tBar)
            sty += w[i] * (t[i] - tBar) * (y[i] - yBar)
        }
        guard stt > 0 else { return nil }
        let b = sty / stt
        let se = 1 / stt.squareRoot()
        slope = b
        interval = Interval(b - Normal.z975 * se, b + Normal.z975 * se)
        pValue = Normal.twoSidedP(b / se)
    }
}
