import SkillnadCore

/// The equality lens on an indicator divided by kön: the women–men gap in the latest period, with
/// a 95 % interval where the values are percentages with n (Newcombe's hybrid score interval), and
/// whether it widens or narrows — the core's ``GapTrend`` where n exists, otherwise the change in
/// the gap's size over the last three periods against the tolerance (untested). Seed 004 asks for
/// deviations to be found "genom könsuppdelad statistik" (F-12.4); seed 001 for kön splits (E-2.4).
public struct GapSignal: Sendable, Hashable, Codable {
    /// Widening, narrowing or neither.
    public enum Development: String, Sendable, Hashable, Codable {
        case widening = "ökar"
        case narrowing = "minskar"
        case stable = "oförändrad"
        case unknown = "okänd"
    }

    /// Period of the estimate.
    public var period: String
    /// Women's value − men's value (in the indicator's unit; percentage points for %).
    public var estimate: Double
    /// Lower 95 % bound, where n exists.
    public var ciLow: Double?
    /// Upper 95 % bound.
    public var ciHigh: Double?
    /// How the gap develops.
    public var trend: Development
    /// Whether the development was tested.
    public var tested: Bool

    /// The gap of the latest period with women's and men's values; nil when there is none.
    public static func evaluate(
        _ observations: [IndicatorObservation], percentage: Bool, tolerance: Double
    ) -> GapSignal? {
        let divided = observations.filter(\.isDividedBySex)
        guard let latest = divided.last, let women = latest.women, let men = latest.men else { return nil }
        var low: Double?
        var high: Double?
        if percentage, let wn = latest.womenN, let mn = latest.menN, wn > 0, mn > 0 {
            let difference = ProportionDifference(
                Proportion(successes: women / 100 * wn, n: wn), Proportion(successes: men / 100 * mn, n: mn))
            low = difference.interval.lower * 100
            high = difference.interval.upper * 100
        }
        let recent = Array(divided.suffix(3))
        var trend = Development.unknown
        var tested = false
        let estimates = recent.compactMap { o -> (PeriodEstimate, PeriodEstimate)? in
            guard percentage, let w = o.women, let m = o.men, let wn = o.womenN, let mn = o.menN, wn > 0, mn > 0
            else { return nil }
            return (
                PeriodEstimate(period: o.period, proportion: Proportion(successes: w / 100 * wn, n: wn)),
                PeriodEstimate(period: o.period, proportion: Proportion(successes: m / 100 * mn, n: mn))
            )
        }
        if recent.count >= 2, estimates.count == recent.count,
            let gap = GapTrend(first: estimates.map(\.0), second: estimates.map(\.1))
        {
            tested = true
            switch gap.direction {
            case .widening: trend = .widening
            case .narrowing: trend = .narrowing
            case .stable: trend = .stable
            }
        } else if recent.count >= 2, let first = recent.first, let fw = first.women, let fm = first.men {
            let before = abs(fw - fm)
            let now = abs(women - men)
            let band = tolerance * max(abs(fw), abs(fm))
            trend = abs(now - before) <= band ? .stable : now > before ? .widening : .narrowing
        }
        return GapSignal(
            period: latest.period, estimate: women - men, ciLow: low, ciHigh: high, trend: trend, tested: tested)
    }
}
