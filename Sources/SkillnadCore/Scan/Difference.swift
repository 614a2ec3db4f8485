/// One difference the scan found: what differs, between which groups, how much, how sure, and
/// how many people it concerns. The JSON form of this type is the documented scan format.
public struct Difference: Sendable, Hashable, Codable {
    /// Stable identifier (outcome, dimensions, comparison and groups), usable in links.
    public var id: String
    /// Position in the ranking, 1 = highest score.
    public var rank: Int
    /// The score (see ``ScoreComponents``).
    public var score: Double
    /// The parts of the score.
    public var scoreComponents: ScoreComponents
    /// Outcome column.
    public var outcome: String
    /// How the outcome is summarised.
    public var outcomeKind: OutcomeKind
    /// Whether higher values of the outcome are better.
    public var higherIsBetter: Bool
    /// True when nobody has said which direction is better: `betterGroup`/`worseGroup` then
    /// only mean the higher and the lower value.
    public var directionUnknown: Bool?
    /// The dimensions involved (one, or two–three for crossings).
    public var dimensions: [String]
    /// What is compared.
    public var comparison: ComparisonKind
    /// A Swedish sentence saying what differs.
    public var summary: String
    /// The period the comparison covers, if the data has periods.
    public var period: String?
    /// Test method code: `chi2`, `fisher`, `welch-t`, `welch-anova`, `trend-z`, `ingen`.
    public var test: String
    /// Test name in Swedish.
    public var testName: String
    /// Test statistic.
    public var statistic: Double?
    /// Two-sided p-value.
    public var pValue: Double?
    /// Benjamini–Hochberg q-value over every test in the scan.
    public var qValue: Double?
    /// The difference: first group − second (two groups), highest − lowest, group − rest, or
    /// the gap's change per period (trend). Proportions as fractions (0.123 = 12,3 p.e.).
    public var estimate: Double
    /// Lower 95 % bound of the difference.
    public var ciLow: Double?
    /// Upper 95 % bound of the difference.
    public var ciHigh: Double?
    /// Ratio between the same groups.
    public var ratio: Double?
    /// Lower 95 % bound of the ratio.
    public var ratioLow: Double?
    /// Upper 95 % bound of the ratio.
    public var ratioHigh: Double?
    /// People who would have (or not have) the outcome if the worse-off group had the
    /// better-off group's level (proportions only).
    public var excessCount: Double?
    /// People in the worse-off group.
    public var affected: Double?
    /// Label of the better-off group.
    public var betterGroup: String?
    /// Label of the worse-off group.
    public var worseGroup: String?
    /// The groups compared (for a trend: the two groups in the latest period).
    public var groups: [GroupResult]
    /// Remarks (e.g. test choice, corrections).
    public var notes: [String]
    /// For a trend: the two compared groups' published series over the periods, oldest first.
    public var trendSeries: [TrendSummary.Series]? = nil

    /// The false-discovery rate below which a difference holds: q < 0,05.
    public static let falseDiscoveryRate = 0.05

    /// Whether the difference holds after false-discovery-rate control (q < 0,05).
    public var holds: Bool { (qValue ?? 1) < Self.falseDiscoveryRate }

    /// Whether the difference was tested at all.
    public var tested: Bool { pValue != nil }
}
