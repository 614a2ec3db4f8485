import Foundation

/// A mean with its t-based 95 % confidence interval, from sufficient statistics.
public struct Mean: Sendable, Hashable {
    /// Number of observations.
    public let n: Double
    /// Arithmetic mean.
    public let value: Double
    /// Sample variance (denominator n − 1).
    public let variance: Double

    /// Creates the estimate from n, Σy and Σy².
    public init(n: Double, sum: Double, sumOfSquares: Double) {
        self.n = n
        self.value = n > 0 ? sum / n : .nan
        if n > 1 {
            let centred = sumOfSquares - sum * sum / n
            self.variance = max(0, centred / (n - 1))
        } else {
            self.variance = .nan
        }
    }

    /// Creates the estimate from observations.
    public init<S: Sequence>(_ values: S) where S.Element == Double {
        // Two-pass for accuracy.
        let array = Array(values)
        let n = Double(array.count)
        let mean = array.reduce(0, +) / n
        let squares = array.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        self.n = n
        self.value = mean
        self.variance = n > 1 ? squares / (n - 1) : .nan
    }

    /// Sample standard deviation.
    public var standardDeviation: Double { variance.squareRoot() }

    /// Standard error of the mean.
    public var standardError: Double { (variance / n).squareRoot() }

    /// 95 % confidence interval m ± t(n − 1; 0.975) · s/√n.
    public var interval: Interval {
        guard n > 1, variance.isFinite else { return Interval(.nan, .nan) }
        let t = StudentT(df: n - 1).quantile(0.975)
        return Interval(value - t * standardError, value + t * standardError)
    }
}
