/// An outcome ready for tabulation: a value per row and, for weighted or aggregated rows, the
/// number of people each row stands for.
public struct PreparedOutcome: Sendable {
    /// Column name.
    public let name: String
    /// How groups are summarised.
    public let kind: OutcomeKind
    /// Whether higher values are better.
    public let higherIsBetter: Bool
    /// Value per row: 0/1 or a proportion for proportions, the value otherwise; NaN skips the row.
    let y: [Double]
    /// People per row (weights or aggregated counts); nil means one per row.
    let w: [Double]?
    /// Whether rows are aggregated groups, so `w` counts people rather than weighting them.
    let aggregated: Bool
    /// Whether the number of people is unknown (aggregated values without n).
    public let peopleUnknown: Bool
    /// Other categorical columns that vary among the rows (for messages about ambiguous rows).
    public var varyingColumns: [String] = []

    /// Display scale: 100 for proportions shown as percent, 1 otherwise.
    public var scale: Double { kind == .proportion ? 100 : 1 }
}
