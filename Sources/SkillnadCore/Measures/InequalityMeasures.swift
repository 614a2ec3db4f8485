import Foundation

/// Computes HEAT's summary measures of inequality for one dimension.
///
/// Definitions follow the WHO HEAT / HEAT Plus technical notes and the reference implementation
/// (`heatmeasures`): the setting average μ is the population-weighted mean of the subgroup
/// estimates; the best-performing subgroup is the highest for favourable indicators and the
/// lowest for adverse ones; ordered dimensions use subgroup order (1 = most disadvantaged) and
/// the cumulative mid-point rank. Intervals are analytic where HEAT gives a formula and
/// otherwise from 1,000 seeded simulations of the subgroup estimates, as HEAT does.
///
/// ```swift
/// let groups = [Subgroup(label: "Norra", estimate: 62, population: 900, standardError: 1.6), …]
/// let measures = InequalityMeasures(groups, favourable: true, ordered: false, scale: 100)
/// measures.value(of: .theilIndex)
/// ```
public struct InequalityMeasures: Sendable {
    /// The computed measures, in HEAT's order for the dimension type.
    public let measures: [InequalityMeasure]
    /// The setting average μ used.
    public let settingAverage: Double

    /// Computes every measure that applies to the subgroups.
    ///
    /// - Parameters:
    ///   - subgroups: the subgroups; ordered dimensions need `order` on every subgroup.
    ///   - favourable: whether higher values are better.
    ///   - ordered: whether the dimension is ordered (age bands, education, income quintiles).
    ///   - scale: 100 for percentages, 1 for other indicators (as HEAT's `indicator_scale`).
    ///   - binary: whether the indicator is a proportion, so SII/RII use logistic regression.
    ///   - settingAverage: the overall value; by default the population-weighted mean.
    ///   - simulations: number of simulated draws for intervals without a formula.
    public init(
        _ subgroups: [Subgroup], favourable: Bool, ordered: Bool, scale: Double, binary: Bool = true,
        settingAverage: Double? = nil, simulations: Int = 1000
    ) {
        let groups = ordered ? subgroups.sorted { ($0.order ?? 0) < ($1.order ?? 0) } : subgroups
        let totalPopulation = groups.reduce(0) { $0 + $1.population }
        let shares = groups.map { $0.population / totalPopulation }
        let estimates = groups.map(\.estimate)
        let mu = settingAverage ?? zip(shares, estimates).reduce(0) { $0 + $1.0 * $1.1 }
        self.settingAverage = mu
        let kinds = InequalityMeasureKind.applicable(groupCount: groups.count, ordered: ordered)
        let context = Context(
            groups: groups, shares: shares, estimates: estimates, mu: mu, favourable: favourable,
            ordered: ordered, scale: scale, binary: binary)
        let draws = groups.allSatisfy({ $0.standardError != nil }) ? context.simulate(count: simulations) : []
        measures = kinds.compactMap { context.measure($0, draws: draws) }
    }

    /// The measure of the given kind, if it was computed.
    public func value(of kind: InequalityMeasureKind) -> InequalityMeasure? {
        measures.first { $0.kind == kind }
    }
}

extension InequalityMeasures {
    /// Everything the individual measure formulas need.
    struct Context {
        let groups: [Subgroup]
        let shares: [Double]
        let estimates: [Double]
        let mu: Double
        let favourable: Bool
        let ordered: Bool
        let scale: Double
        let binary: Bool

        var best: Double { favourable ? estimates.max() ?? .nan : estimates.min() ?? .nan }

        /// The reference estimate for PAR and PAF.
        var referenceIndex: Int {
            if ordered { return groups.count - 1 }
            let target = best
            return estimates.firstIndex(of: target) ?? 0
        }

        /// Indices of the "max" and "min" subgroups for D and R, as HEAT ranks them.
        var extremes: (max: Int, min: Int) {
            if ordered {
                return favourable ? (groups.count - 1, 0) : (0, groups.count - 1)
            }
            let maxIndex = estimates.indices.max { estimates[$0] < estimates[$1] } ?? 0
            let minIndex = estimates.indices.min { estimates[$0] < estimates[$1] } ?? 0
            return (maxIndex, minIndex)
        }

        /// Cumulative mid-point rank of each subgroup (HEAT's `midPointProp`).
        var ranks: [Double] {
            var cumulative = 0.0
            return shares.map { share in
                defer { cumulative += share }
                return cumulative + share / 2
            }
        }

        func simulate(count: Int) -> [[Double]] {
            var generator = SeededGenerator(seed: 123_456)
            return (0..<count).map { _ in
                groups.map { group in
                    let se = group.standardError ?? 0
                    for _ in 0..<1000 {
                        let draw = group.estimate + se * generator.nextNormal()
                        if draw >= 0 && (scale != 100 || draw <= 100) { return draw }
                    }
                    return group.estimate
                }
            }
        }

        func simulatedInterval(_ draws: [[Double]], _ statistic: ([Double]) -> Double) -> Interval? {
            guard !draws.isEmpty else { return nil }
            let values = draws.map(statistic).filter(\.isFinite).sorted()
            guard values.count > 10 else { return nil }
            return Interval(Self.quantile(values, 0.025), Self.quantile(values, 0.975))
        }

        /// Quantile by linear interpolation (R's type 7, the default of `quantile`).
        static func quantile(_ sorted: [Double], _ p: Double) -> Double {
            let h = Double(sorted.count - 1) * p
            let lo = Int(h.rounded(.down))
            let hi = min(lo + 1, sorted.count - 1)
            return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
        }

        func measure(_ kind: InequalityMeasureKind, draws: [[Double]]) -> InequalityMeasure? {
            let n = Double(groups.count)
            switch kind {
            case .difference:
                let (hi, lo) = extremes
                let d = estimates[hi] - estimates[lo]
                guard let s1 = groups[hi].standardError, let s2 = groups[lo].standardError else {
                    return InequalityMeasure(kind: kind, value: d)
                }
                let se = (s1 * s1 + s2 * s2).squareRoot()
                return InequalityMeasure(
                    kind: kind, value: d, interval: Interval(d - Normal.z975 * se, d + Normal.z975 * se))
            case .ratio:
                let (hi, lo) = extremes
                let r = estimates[hi] / estimates[lo]
                guard r.isFinite else { return nil }
                guard let s1 = groups[hi].standardError, let s2 = groups[lo].standardError else {
                    return InequalityMeasure(kind: kind, value: r)
                }
                let se = ((s1 * s1 + r * r * s2 * s2) / (estimates[lo] * estimates[lo])).squareRoot()
                let seLog = se / r
                return InequalityMeasure(
                    kind: kind, value: r,
                    interval: Interval(exp(log(r) - Normal.z975 * seLog), exp(log(r) + Normal.z975 * seLog)))
            case .betweenGroupVariance:
                let stat: ([Double]) -> Double = { y in
                    let m = zip(shares, y).reduce(0) { $0 + $1.0 * $1.1 }
                    return zip(shares, y).reduce(0) { $0 + $1.0 * ($1.1 - m) * ($1.1 - m) }
                }
                let value = zip(shares, estimates).reduce(0) { $0 + $1.0 * ($1.1 - mu) * ($1.1 - mu) }
                return InequalityMeasure(kind: kind, value: value, interval: simulatedInterval(draws, stat))
            case .meanDifferenceFromMeanWeighted:
                let stat: ([Double]) -> Double = { y in
                    let m = zip(shares, y).reduce(0) { $0 + $1.0 * $1.1 }
                    return zip(shares, y).reduce(0) { $0 + $1.0 * abs($1.1 - m) }
                }
                let value = zip(shares, estimates).reduce(0) { $0 + $1.0 * abs($1.1 - mu) }
                return InequalityMeasure(kind: kind, value: value, interval: simulatedInterval(draws, stat))
            case .meanDifferenceFromMeanUnweighted:
                let stat: ([Double]) -> Double = { y in
                    let m = zip(shares, y).reduce(0) { $0 + $1.0 * $1.1 }
                    return y.reduce(0) { $0 + abs($1 - m) } / n
                }
                let value = estimates.reduce(0) { $0 + abs($1 - mu) } / n
                return InequalityMeasure(kind: kind, value: value, interval: simulatedInterval(draws, stat))
            case .meanDifferenceFromBestWeighted:
                let fav = favourable
                let stat: ([Double]) -> Double = { y in
                    let ref = fav ? y.max() ?? 0 : y.min() ?? 0
                    return zip(shares, y).reduce(0) { $0 + $1.0 * abs(ref - $1.1) }
                }
                return InequalityMeasure(
                    kind: kind, value: stat(estimates), interval: simulatedInterval(draws, stat))
            case .meanDifferenceFromBestUnweighted:
                let fav = favourable
                let stat: ([Double]) -> Double = { y in
                    let ref = fav ? y.max() ?? 0 : y.min() ?? 0
                    return y.reduce(0) { $0 + abs(ref - $1) } / n
                }
                return InequalityMeasure(
                    kind: kind, value: stat(estimates), interval: simulatedInterval(draws, stat))
            case .indexOfDisparityUnweighted:
                let m0 = mu
                let stat: ([Double]) -> Double = { y in y.reduce(0) { $0 + abs($1 - m0) } / n / m0 * 100 }
                return InequalityMeasure(
                    kind: kind, value: stat(estimates), interval: simulatedInterval(draws, stat))
            case .indexOfDisparityWeighted:
                let stat: ([Double]) -> Double = { y in
                    let m = zip(shares, y).reduce(0) { $0 + $1.0 * $1.1 }
                    return zip(shares, y).reduce(0) { $0 + $1.0 * abs($1.1 - m) } / m * 100
                }
                let value =
                    zip(shares, estimates).reduce(0) {
                        $0 + $1.0 * abs($1.1 - zip(shares, estimates).reduce(0) { $0 + $1.0 * $1.1 })
                    }
                    / mu * 100
                return InequalityMeasure(kind: kind, value: value, interval: simulatedInterval(draws, stat))
            case .populationAttributableRisk, .populationAttributableFraction:
                return attributable(kind)
            case .theilIndex:
                return theil()
            case .meanLogDeviation:
                let stat: ([Double]) -> Double = { y in
                    let m = zip(shares, y).reduce(0) { $0 + $1.0 * $1.1 }
                    return 1000 * zip(shares, y).reduce(0) { $0 + $1.0 * -log(max($1.1, 1e-6) / m) }
                }
                let value = 1000 * zip(shares, estimates).reduce(0) { $0 + $1.0 * -log(max($1.1, 1e-6) / mu) }
                return InequalityMeasure(kind: kind, value: value, interval: simulatedInterval(draws, stat))
            case .slopeIndex, .relativeIndex:
                return regressionIndex(kind)
            case .absoluteConcentrationIndex, .relativeConcentrationIndex:
                return concentration(kind)
            }
        }
    }
}
