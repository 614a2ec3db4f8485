extension OutcomeScan {
    /// Series per group over periods, and the development of the gap between two groups:
    /// the two groups of a two-group dimension, or the highest and lowest in the compared period.
    mutating func trend(_ d: Int) -> TrendSummary? {
        guard let period = data.period else { return nil }
        let periods = Array(period.levels.indices)
        let dimension = data.dimensions[d]
        var series: [TrendSummary.Series] = []
        for slot in dimension.comparableSlots {
            let points = periods.map { p in
                TrendSummary.Point(
                    period: period.label(p), group: groupResult(TableKey(dimensions: [d], period: p), slot))
            }
            series.append(.init(label: dimension.label(slot), points: points))
        }
        let totals = periods.map { p in
            TrendSummary.Point(period: period.label(p), group: groupResult(TableKey(dimensions: [], period: p), 0))
        }
        series.append(.init(label: "Totalt", points: totals))
        var summary = TrendSummary(periods: periods.map { period.label($0) }, series: series, gap: nil)

        let comparable = dimension.comparableSlots
        guard comparable.count >= 2 else { return summary }
        var pair: (Int, Int)
        if comparable.count == 2 {
            pair = (comparable[0], comparable[1])
        } else {
            let reference = keyPeriod ?? periods.last ?? 0
            let key = TableKey(dimensions: [d], period: reference)
            let ranked = comparable.compactMap { slot -> (Int, Double)? in
                let g = groupResult(key, slot)
                return g.suppressed ? nil : g.estimate.map { (slot, $0) }
            }.sorted { $0.1 > $1.1 }
            guard ranked.count >= 2, let first = ranked.first, let last = ranked.last else { return summary }
            pair = (first.0, last.0)
        }
        var a: [PeriodEstimate] = []
        var b: [PeriodEstimate] = []
        var latestA: GroupResult?
        var latestB: GroupResult?
        for p in periods {
            let key = TableKey(dimensions: [d], period: p)
            guard let table = published.table(key) else { continue }
            let ca = table.cells[pair.0]
            let cb = table.cells[pair.1]
            guard !published.isSuppressed(key, pair.0), !published.isSuppressed(key, pair.1), ca.n > 0, cb.n > 0 else {
                continue
            }
            guard let ea = periodEstimate(ca, period.label(p)), let eb = periodEstimate(cb, period.label(p)) else {
                continue
            }
            a.append(ea)
            b.append(eb)
            latestA = groupResult(key, pair.0)
            latestB = groupResult(key, pair.1)
        }
        // A trend needs at least three published periods.
        guard a.count >= 3, let gap = GapTrend(first: a, second: b), let latestA, let latestB else { return summary }
        summary.gap = TrendSummary.Gap(
            first: dimension.label(pair.0), second: dimension.label(pair.1), periods: gap.periods, gaps: gap.gaps,
            slope: gap.trend.slope, slopeLow: gap.trend.interval.lower, slopeHigh: gap.trend.interval.upper,
            pValue: gap.trend.pValue, qValue: nil, direction: gap.direction)
        let compared = [dimension.label(pair.0), dimension.label(pair.1)]
        addTrendFinding(
            d, gap: gap, latestA: latestA, latestB: latestB,
            series: series.filter { compared.contains($0.label) })
        return summary
    }

    func periodEstimate(_ cell: CellStatistics, _ label: String) -> PeriodEstimate? {
        switch outcome.kind {
        case .proportion: return PeriodEstimate(period: label, proportion: cell.proportion)
        case .mean: return cell.n > 1 ? PeriodEstimate(period: label, mean: cell.mean) : nil
        case .value: return nil
        }
    }

    mutating func addTrendFinding(
        _ d: Int, gap: GapTrend, latestA: GroupResult, latestB: GroupResult, series: [TrendSummary.Series]
    ) {
        let dimension = data.dimensions[d]
        let text = Narrative.trend(
            outcome: outcome, first: latestA.label, second: latestB.label, gaps: gap.gaps, periods: gap.periods,
            slope: gap.trend.slope, direction: gap.direction)
        let notes = [Self.trendNote(gap, direction: gap.direction)]
        let uncertain = Narrative.trend(
            outcome: outcome, first: latestA.label, second: latestB.label, gaps: gap.gaps, periods: gap.periods,
            slope: gap.trend.slope, direction: .stable)
        let firstBetter =
            outcome.higherIsBetter
            ? (latestA.estimate ?? 0) >= (latestB.estimate ?? 0) : (latestA.estimate ?? 0) <= (latestB.estimate ?? 0)
        let better = firstBetter ? latestA : latestB
        let worse = firstBetter ? latestB : latestA
        var excess: Double?
        if outcome.kind == .proportion, let n = worse.n, let pw = worse.estimate, let pb = better.estimate {
            excess = n * abs(pw - pb)
        }
        let id = [outcome.name, dimension.name, ComparisonKind.trend.rawValue, latestA.label, latestB.label].joined(
            separator: "|")
        let difference = Difference(
            id: id, rank: 0, score: 0, scoreComponents: ScoreComponents(size: 0, affected: 0, evidence: 0, goal: 0),
            outcome: outcome.name, outcomeKind: outcome.kind, higherIsBetter: outcome.higherIsBetter,
            dimensions: [dimension.name], comparison: .trend, summary: text,
            period: "\(gap.periods.first ?? "")–\(gap.periods.last ?? "")", test: "trend-z",
            testName: "z-test för trend i skillnaden", statistic: gap.trend.slope, pValue: gap.trend.pValue,
            qValue: nil,
            estimate: gap.trend.slope, ciLow: gap.trend.interval.lower, ciHigh: gap.trend.interval.upper, ratio: nil,
            ratioLow: nil, ratioHigh: nil, excessCount: excess, affected: worse.n, betterGroup: better.label,
            worseGroup: worse.label, groups: [latestA, latestB], notes: notes, trendSeries: series)
        findings.append(
            Finding(
                difference: difference, sizeDifference: gap.change, standardDeviation: nil,
                uncertainWording: (uncertain, [Self.trendNote(gap, direction: .stable)])))
    }

    static func trendNote(_ gap: GapTrend, direction: GapTrend.Direction) -> String {
        "Trend för skillnaden: viktad linjär regression över \(gap.periods.count) perioder, riktning: "
            + "\(direction.rawValue) (efter kontroll av andelen falska upptäckter, q < 0,05)."
    }
}
