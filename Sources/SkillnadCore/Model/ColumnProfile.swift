/// What `describe` shows about a column: type, detected role, distinct values, missing counts.
public struct ColumnProfile: Sendable, Codable {
    /// Column name.
    public var name: String
    /// "numerisk" or "kategorisk".
    public var type: String
    /// Detected (or overridden) role.
    public var role: ColumnRole
    /// Whether the dimension is ordered (age bands, education levels).
    public var ordered: Bool
    /// Number of distinct non-missing values.
    public var distinctCount: Int
    /// Up to 12 distinct values, in natural order.
    public var examples: [String]
    /// Missing values by reason (Swedish names).
    public var missing: [String: Int]
    /// Smallest value (numeric columns).
    public var minimum: Double?
    /// Largest value (numeric columns).
    public var maximum: Double?
    /// Decimal separator used in the file (numeric columns read from text).
    public var decimalSeparator: String?
    /// Levels that are totals of the column (margins, not groups).
    public var totalLevels: [String]? = nil
}
