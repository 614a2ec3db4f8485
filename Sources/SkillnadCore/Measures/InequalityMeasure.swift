/// One computed summary measure of inequality with its 95 % interval where one is defined.
public struct InequalityMeasure: Sendable, Hashable, Codable {
    /// Which measure.
    public var kind: InequalityMeasureKind
    /// The value.
    public var value: Double
    /// 95 % interval (analytic, or from 1,000 seeded simulations as HEAT does).
    public var interval: Interval?

    /// Creates a measure.
    public init(kind: InequalityMeasureKind, value: Double, interval: Interval? = nil) {
        self.kind = kind
        self.value = value
        self.interval = interval
    }
}
