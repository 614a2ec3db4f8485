/// Jämföraren's result index per KKiK perspective (seed 004, *Fokusera*, requirement F-12.8):
/// each municipality's indicators turned into percentile ranks among all municipalities (best =
/// 100) and averaged. The formula is proposed in F-12.8; ranks follow the mid-rank rule: the share
/// of the others that are worse, plus half of those tied, × 100.
///
/// ```swift
/// ResultIndex.percentileRank(of: 80, among: [70, 80, 90], higherIsBetter: true)   // 50
/// ```
public enum ResultIndex {
    /// One indicator's values across units in a period.
    public struct Measure: Sendable {
        /// Whether higher is better.
        public var higherIsBetter: Bool
        /// Unit → value.
        public var values: [String: Double]

        /// A measure.
        public init(higherIsBetter: Bool, values: [String: Double]) {
            self.higherIsBetter = higherIsBetter
            self.values = values
        }
    }

    /// The percentile rank (0–100, best = 100) of `value` among the others' values.
    public static func percentileRank(of value: Double, among others: [Double], higherIsBetter: Bool) -> Double? {
        guard !others.isEmpty else { return nil }
        let worse = others.filter { higherIsBetter ? $0 < value : $0 > value }.count
        let tied = others.filter { $0 == value }.count
        return (Double(worse) + Double(tied) / 2) / Double(others.count) * 100
    }

    /// Each unit's index: the mean of its percentile ranks over the measures it has a value in.
    public static func indices(_ measures: [Measure]) -> [String: Double] {
        var sums: [String: (total: Double, count: Int)] = [:]
        for measure in measures {
            for (unit, value) in measure.values {
                let others = measure.values.filter { $0.key != unit }.map(\.value)
                guard let rank = percentileRank(of: value, among: others, higherIsBetter: measure.higherIsBetter)
                else { continue }
                sums[unit, default: (0, 0)].total += rank
                sums[unit, default: (0, 0)].count += 1
            }
        }
        return sums.mapValues { $0.total / Double($0.count) }
    }
}
