/// One group's result as published: its key, n and estimate with 95 % interval, or `..` when
/// disclosure control withholds it.
public struct GroupResult: Sendable, Hashable, Codable {
    /// Dimension name → value, e.g. `["kön": "K", "område": "Norra"]`.
    public var key: [String: String]
    /// Display label, values joined with " × " in dimension order.
    public var label: String
    /// Number of people; nil when suppressed.
    public var n: Double?
    /// Number with the outcome (proportions); nil when suppressed or not a proportion.
    public var count: Double?
    /// Estimate (a proportion 0–1, a mean or a value); nil when suppressed or empty.
    public var estimate: Double?
    /// Lower 95 % bound.
    public var ciLow: Double?
    /// Upper 95 % bound.
    public var ciHigh: Double?
    /// Whether disclosure control withholds the group.
    public var suppressed: Bool

    /// Creates a group result.
    public init(
        key: [String: String], label: String, n: Double?, count: Double?, estimate: Double?, ciLow: Double?,
        ciHigh: Double?, suppressed: Bool
    ) {
        self.key = key
        self.label = label
        self.n = n
        self.count = count
        self.estimate = estimate
        self.ciLow = ciLow
        self.ciHigh = ciHigh
        self.suppressed = suppressed
    }
}
