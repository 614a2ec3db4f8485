/// A table prepared for analysis: dimensions as slot codes in display order, outcomes as
/// values per row, an optional period, and the rows that take part.
public struct AnalysisData: Sendable {
    /// Where the data came from.
    public let source: String
    /// Individual or aggregated.
    public let shape: DataShape
    /// The dimensions, in request order.
    public let dimensions: [Dimension]
    /// Slot per row for each dimension.
    let slots: [[Int32]]
    /// The period dimension (levels oldest first), if the data has one.
    public let period: Dimension?
    /// Period slot per row.
    let periodSlots: [Int32]?
    /// The outcomes, in request order.
    public let outcomes: [PreparedOutcome]
    /// Whether each row takes part (filters, totals in aggregated sources).
    let included: [Bool]
    /// Number of rows in the source table.
    public let rowCount: Int
    /// The period slot cross-sectional comparisons use; nil pools all periods.
    public let selectedPeriod: Int?
    /// Notes for the report about how rows were selected.
    public let notes: [String]
    /// Per outcome, the latest period it has a value in, when "senaste" is asked for (measures of
    /// a long table are published over different years); empty otherwise.
    public var outcomePeriods: [Int?] = []

    /// The period an outcome's cross-sectional comparisons use.
    public func selectedPeriod(forOutcome index: Int) -> Int? {
        index < outcomePeriods.count ? outcomePeriods[index] : selectedPeriod
    }

    /// Label of the selected period ("alla perioder" when pooled; "senaste för varje mått" when
    /// the measures' latest periods differ).
    public var selectedPeriodLabel: String? {
        guard let period else { return nil }
        if Set(outcomePeriods.map { $0 ?? -1 }).count > 1 { return "senaste för varje mått" }
        return selectedPeriod.map { period.label($0) } ?? "alla perioder"
    }
}
