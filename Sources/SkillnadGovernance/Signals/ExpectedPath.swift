/// The expected path towards a target (seed 004, *Fokusera*: deviation from "förväntad trend de
/// närmaste 2-3 åren"; requirement F-12.1): a straight line from the baseline to the target
/// level in the target's year, and how far the latest value is from where the line says it
/// should be. Years only; other periods have no path.
public struct ExpectedPath: Sendable, Hashable {
    /// The value the path expects in the period.
    public var expected: Double
    /// Latest value − expected.
    public var deviation: Double
    /// Whether the deviation is in the better direction.
    public var ahead: Bool

    /// The path for the latest observation, or nil without a baseline year, a value target in a
    /// later year, a direction, or with periods that are not years.
    public static func evaluate(
        baseline: IndicatorObservation?, targets: [String: Target], latest: IndicatorObservation?,
        higherIsBetter: Bool?
    ) -> ExpectedPath? {
        guard let baseline, let start = Int(baseline.period), let from = baseline.value, let latest,
            let now = Int(latest.period), let value = latest.value, let higherIsBetter
        else { return nil }
        let goals = targets.compactMap { period, target -> (Int, Double)? in
            guard case .value(let v) = target, let year = Int(period), year > start else { return nil }
            return (year, v)
        }
        guard
            let (year, goal) = goals.filter({ $0.0 >= now }).min(by: { $0.0 < $1.0 }) ?? goals.max(by: { $0.0 < $1.0 })
        else { return nil }
        let share = min(1, max(0, Double(now - start) / Double(year - start)))
        let expected = from + (goal - from) * share
        let deviation = value - expected
        return ExpectedPath(
            expected: expected, deviation: deviation, ahead: higherIsBetter ? deviation >= 0 : deviation <= 0)
    }
}
