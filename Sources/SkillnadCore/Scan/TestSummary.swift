/// A test result as reported with a table (e.g. homogeneity across a dimension's groups).
public struct TestSummary: Sendable, Hashable, Codable {
    /// Method code.
    public var method: String
    /// Swedish name.
    public var name: String
    /// Statistic.
    public var statistic: Double
    /// p-value.
    public var pValue: Double
}
