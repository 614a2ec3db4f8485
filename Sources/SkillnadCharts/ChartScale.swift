import Foundation

/// A linear axis with "nice" ticks.
public struct ChartScale: Sendable {
    /// Domain minimum.
    public let minimum: Double
    /// Domain maximum.
    public let maximum: Double
    /// Tick values.
    public let ticks: [Double]

    /// A scale covering `low...high` with about `count` ticks at 1, 2 or 5 × 10ⁿ steps.
    public init(low: Double, high: Double, count: Int = 5) {
        var lo = low
        var hi = high
        if hi <= lo { hi = lo + 1 }
        let raw = (hi - lo) / Double(max(1, count))
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        lo = floor(lo / step) * step
        hi = ceil(hi / step) * step
        minimum = lo
        maximum = hi
        ticks = stride(from: lo, through: hi + step / 2, by: step).map { $0 }
    }

    /// Position of `value` on a range of pixels.
    public func position(_ value: Double, from start: Double, to end: Double) -> Double {
        start + (value - minimum) / (maximum - minimum) * (end - start)
    }
}
