/// What to analyse: outcomes, dimensions, crossings and the rules that apply.
public struct AnalysisRequest: Sendable, Hashable {
    /// Outcome column names.
    public var outcomes: [String]
    /// Dimension column names.
    public var dimensions: [String]
    /// Crossing depth: 1 (single dimensions), 2 or 3.
    public var crossDepth: Int
    /// Disclosure-control threshold (cells with n below it are suppressed); at least 3.
    public var threshold: Int
    /// Whether disclosure control is applied (turning it off stamps every output).
    public var disclosureControl: Bool
    /// Period for cross-sectional comparisons.
    public var period: PeriodSelection
    /// Outcomes where a lower value is better (default: higher is better).
    public var lowerIsBetter: Set<String>
    /// Outcomes whose direction is unknown: computed as if higher were better, shown as
    /// "högre/lägre" rather than "bättre/sämre".
    public var unknownDirection: Set<String> = []
    /// Roles the user set explicitly (column name → role).
    public var roleOverrides: [String: ColumnRole]
    /// Dimensions the user declared ordered or not ordered.
    public var orderedOverrides: [String: Bool]
    /// Goal priority per outcome, 1–3 (from goal linkage); absent means none given.
    public var goalPriority: [String: Int]
    /// Row filters: column → accepted values.
    public var filters: [String: [String]]
    /// When set, the output is for publication: cells are hidden as the frame's linked pattern
    /// says (``LinkedSuppression``), and a request outside the frame is refused.
    public var publication: PublicationFrame?
    /// Which levels are totals (detected from names unless chosen per column).
    public var totals = TotalLevels()

    /// Creates a request.
    public init(
        outcomes: [String], dimensions: [String], crossDepth: Int = 1, threshold: Int = 5,
        disclosureControl: Bool = true, period: PeriodSelection = .latest, lowerIsBetter: Set<String> = [],
        roleOverrides: [String: ColumnRole] = [:], orderedOverrides: [String: Bool] = [:],
        goalPriority: [String: Int] = [:], filters: [String: [String]] = [:], publication: PublicationFrame? = nil
    ) {
        self.outcomes = outcomes
        self.dimensions = dimensions
        self.crossDepth = crossDepth
        self.threshold = threshold
        self.disclosureControl = disclosureControl
        self.period = period
        self.lowerIsBetter = lowerIsBetter
        self.roleOverrides = roleOverrides
        self.orderedOverrides = orderedOverrides
        self.goalPriority = goalPriority
        self.filters = filters
        self.publication = publication
    }
}

extension AnalysisRequest {
    /// Whether the outcome's direction is unknown (names compared as ``ColumnName/key(_:)``).
    public func isDirectionUnknown(_ outcome: String) -> Bool {
        let key = ColumnName.key(outcome)
        return unknownDirection.contains { ColumnName.key($0) == key }
    }
}
