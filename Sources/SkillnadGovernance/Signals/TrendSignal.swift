import SkillnadCore

/// "En trendpil som visar förändring under de tre senaste åren" (seed 004, *Fokusera*;
/// requirement F-12.3): the arrow of the last three periods' values and what it means.
///
/// The arrow is the sign of the change from the first to the third of the last three periods
/// (the least-squares slope over three equally spaced periods is half of it). Flat when the change
/// is within the tolerance t·|first|; for percentages with n in all three periods, the core's
/// weighted trend test decides instead (flat unless p < 0,05). Fewer than three periods: unknown.
public struct TrendSignal: Sendable, Hashable, Codable {
    /// Arrow.
    public enum Arrow: String, Sendable, Hashable, Codable {
        case up = "upp"
        case flat = "plan"
        case down = "ned"

        /// The arrow's character.
        public var symbol: String {
            switch self {
            case .up: "↑"
            case .flat: "→"
            case .down: "↓"
            }
        }
    }

    /// What the arrow means with the indicator's direction.
    public enum Meaning: String, Sendable, Hashable, Codable, CaseIterable {
        case improving = "förbättring"
        case unchanged = "oförändrat"
        case worsening = "försämring"
        case unknown = "okänd"
    }

    /// The arrow; nil with too few periods.
    public var arrow: Arrow?
    /// Its meaning.
    public var meaning: Meaning
    /// The periods used.
    public var periods: [String]
    /// Whether a statistical test decided (values with n).
    public var tested: Bool

    /// Evaluates the last three periods with a value (oldest first in `observations`).
    public static func evaluate(
        _ observations: [IndicatorObservation], higherIsBetter: Bool?, tolerance: Double, percentage: Bool
    ) -> TrendSignal {
        let usable = observations.filter { $0.value != nil }.suffix(3)
        guard usable.count == 3, let first = usable.first?.value, let last = usable.last?.value else {
            return TrendSignal(arrow: nil, meaning: .unknown, periods: usable.map(\.period), tested: false)
        }
        var arrow: Arrow
        var tested = false
        let withN = usable.compactMap { o -> PeriodEstimate? in
            guard percentage, let v = o.value, let n = o.n, n > 0 else { return nil }
            return PeriodEstimate(period: o.period, proportion: Proportion(successes: v / 100 * n, n: n))
        }
        if withN.count == 3,
            let trend = WeightedTrend(
                times: [0, 1, 2], values: withN.map(\.value), variances: withN.map(\.variance))
        {
            tested = true
            arrow = trend.pValue < 0.05 ? (trend.slope > 0 ? .up : .down) : .flat
        } else {
            let change = last - first
            arrow = abs(change) <= tolerance * abs(first) ? .flat : (change > 0 ? .up : .down)
        }
        let meaning: Meaning
        switch (arrow, higherIsBetter) {
        case (.flat, _): meaning = .unchanged
        case (_, nil): meaning = .unknown
        case (.up, true?), (.down, false?): meaning = .improving
        default: meaning = .worsening
        }
        return TrendSignal(arrow: arrow, meaning: meaning, periods: usable.map(\.period), tested: tested)
    }
}
