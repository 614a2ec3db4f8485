/// Identifies one published table: the crossed dimensions and the period slice.
public struct TableKey: Sendable, Hashable, Codable {
    /// Indices of the crossed dimensions (ascending); empty for the grand total.
    public var dimensions: [Int]
    /// The period slot, or nil for all periods pooled (or data without periods).
    public var period: Int?

    /// Creates a key.
    public init(dimensions: [Int], period: Int?) {
        self.dimensions = dimensions
        self.period = period
    }
}
