/// The three signals of an indicator, kept apart as the seed asks ("tre olika referenser"), and
/// the gap signal: what the cockpit row, the API and `skillnad signals` show.
public struct IndicatorSignals: Sendable, Hashable, Codable {
    /// The comparison set and its size, printed beside the box.
    public struct ComparisonSetInfo: Sendable, Hashable, Codable {
        /// Name.
        public var name: String
        /// Values compared, the own included.
        public var size: Int
    }

    /// Women's and men's quartile boxes.
    public struct SexQuartiles: Sendable, Hashable, Codable {
        /// Kvinnor among the set's women.
        public var women: QuartileSignal.Quartile
        /// Män among the set's men.
        public var men: QuartileSignal.Quartile
    }

    /// Places the latest period's women's and men's values among the set's values for the same
    /// kön (`women`, `men`: the other members' values); nothing when either side is missing.
    public mutating func placeBySex(own: IndicatorObservation?, women: [Double], men: [Double], higherIsBetter: Bool?) {
        guard let own, own.period == period, let w = own.women, let m = own.men, !women.isEmpty, !men.isEmpty,
            higherIsBetter != nil
        else { return }
        let name = comparisonSet?.name ?? ""
        quartilesBySex = SexQuartiles(
            women: QuartileSignal.evaluate(own: w, others: women, higherIsBetter: higherIsBetter, comparisonSet: name)
                .quartile,
            men: QuartileSignal.evaluate(own: m, others: men, higherIsBetter: higherIsBetter, comparisonSet: name)
                .quartile)
    }

    /// The gap as the API shows it.
    public struct Gap: Sendable, Hashable, Codable {
        /// Women − men.
        public var estimate: Double
        /// Lower 95 % bound.
        public var ciLow: Double?
        /// Upper 95 % bound.
        public var ciHigh: Double?
        /// `ökar`, `minskar`, `oförändrad` or `okänd`.
        public var trend: GapSignal.Development
    }

    /// `grön`, `gul`, `röd` or `vit`.
    public var status: StatusSignal.Colour
    /// Why.
    public var statusReason: String
    /// `förbättring`, `oförändrat`, `försämring` or `okänd`.
    public var trend: TrendSignal.Meaning
    /// The arrow, if there is one.
    public var arrow: TrendSignal.Arrow?
    /// The periods the trend covers.
    public var trendPeriods: [String]
    /// `bästa`, `mittersta`, `sämsta` or `ingen`.
    public var quartile: QuartileSignal.Quartile
    /// The comparison set.
    public var comparisonSet: ComparisonSetInfo?
    /// Women's and men's boxes, each ranked among the set's values for the same kön (F-12.5:
    /// "the same KPI, year and kön"), where the own value and the set's are divided by kön.
    public var quartilesBySex: SexQuartiles?
    /// Latest value.
    public var value: Double?
    /// Its period.
    public var period: String?
    /// The target of that period, as text.
    public var target: String?
    /// The women–men gap, where divided by kön.
    public var gap: Gap?

    /// Computes the signals of an indicator from its observations (any order) and the comparison
    /// set's values for the latest period.
    public static func evaluate(
        _ indicator: Indicator, observations: [IndicatorObservation],
        comparison: (name: String, values: [Double])? = nil
    ) -> IndicatorSignals {
        let sorted = observations.sorted { PeriodKey($0.period) < PeriodKey($1.period) }
        let latestIndex = sorted.lastIndex { $0.value != nil }
        let latest = latestIndex.map { sorted[$0] }
        let previous = latestIndex.flatMap { i in sorted[..<i].last { $0.value != nil } }
        let target = latest.flatMap { indicator.target(for: $0.period) }
        if indicator.targetOnGap == true {
            return evaluateOnGap(indicator, sorted: sorted, comparison: comparison)
        }
        var interval: (lower: Double, upper: Double)?
        if indicator.isPercentage, let latest, let v = latest.value, let n = latest.n,
            let base = indicator.baseline ?? previous, let b = base.value, let bn = base.n, n > 0, bn > 0
        {
            let d = ProportionChange(value: v, n: n, reference: b, referenceN: bn)
            interval = d.interval
        }
        var status = StatusSignal.evaluate(
            value: latest?.value, previous: previous?.value, baseline: indicator.baseline?.value, target: target,
            higherIsBetter: indicator.higherIsBetter, tolerance: indicator.tolerance, changeInterval: interval)
        if target == nil, let period = latest?.period,
            let next = indicator.targets.keys.filter({ PeriodKey(period) < PeriodKey($0) }).min(by: {
                PeriodKey($0) < PeriodKey($1)
            })
        {
            status.reason = "Inget mål för \(period); nästa målnivå gäller \(next)."
        }
        let trend = TrendSignal.evaluate(
            sorted, higherIsBetter: indicator.higherIsBetter, tolerance: indicator.tolerance,
            percentage: indicator.isPercentage)
        let quartile = comparison.map {
            QuartileSignal.evaluate(
                own: latest?.value, others: $0.values, higherIsBetter: indicator.higherIsBetter, comparisonSet: $0.name)
        }
        let gap = GapSignal.evaluate(sorted, percentage: indicator.isPercentage, tolerance: indicator.tolerance)
        return IndicatorSignals(
            status: status.colour, statusReason: status.reason, trend: trend.meaning, arrow: trend.arrow,
            trendPeriods: trend.periods,
            quartile: quartile?.quartile ?? .none,
            comparisonSet: quartile.map { ComparisonSetInfo(name: $0.comparisonSet, size: $0.setSize) },
            value: latest?.value, period: latest?.period,
            target: target.map { $0.text(higherIsBetter: indicator.higherIsBetter) },
            gap: gap.map { Gap(estimate: $0.estimate, ciLow: $0.ciLow, ciHigh: $0.ciHigh, trend: $0.trend) })
    }

    /// Status and trend on the size of the women–men gap (smaller is better); the quartile box and
    /// the gap signal as for any indicator.
    static func evaluateOnGap(
        _ indicator: Indicator, sorted: [IndicatorObservation], comparison: (name: String, values: [Double])?
    ) -> IndicatorSignals {
        let gaps = sorted.map { o in
            IndicatorObservation(period: o.period, value: o.women.flatMap { w in o.men.map { abs(w - $0) } })
        }
        var onGap = indicator
        onGap.targetOnGap = false
        onGap.higherIsBetter = false
        onGap.baseline = indicator.baseline.flatMap { b in
            b.women.flatMap { w in b.men.map { IndicatorObservation(period: b.period, value: abs(w - $0)) } }
        }
        var signals = evaluate(onGap, observations: gaps, comparison: nil)
        let level = evaluate(
            {
                var i = indicator; i.targetOnGap = false; i.targets = [:]; return i
            }(), observations: sorted,
            comparison: comparison)
        signals.quartile = level.quartile
        signals.comparisonSet = level.comparisonSet
        signals.gap = level.gap
        signals.value = level.value
        signals.target = signals.target.map { "skillnaden kvinnor–män \($0)" }
        signals.statusReason = "Målet gäller skillnaden mellan kvinnor och män: " + signals.statusReason.lowercased()
        return signals
    }
}
