/// A closed interval, used for confidence intervals.
public struct Interval: Sendable, Hashable, Codable {
    /// Lower bound.
    public var lower: Double
    /// Upper bound.
    public var upper: Double

    /// Creates an interval from its bounds.
    public init(_ lower: Double, _ upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether `x` lies within the interval.
    public func contains(_ x: Double) -> Bool {
        lower <= x && x <= upper
    }

    /// Whether zero lies outside the interval (the difference is significant at its level).
    public var excludesZero: Bool { !contains(0) }

    /// Whether one lies outside the interval (the ratio is significant at its level).
    public var excludesOne: Bool { !contains(1) }
}
