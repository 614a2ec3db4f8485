/// A comparison disclosure control withheld because it involves a suppressed group.
public struct SuppressedComparison: Sendable, Hashable, Codable {
    /// Outcome column.
    public var outcome: String
    /// Dimensions involved.
    public var dimensions: [String]
    /// What would have been compared.
    public var comparison: ComparisonKind
    /// Labels of the groups involved.
    public var groups: [String]
}
