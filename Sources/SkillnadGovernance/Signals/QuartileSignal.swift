/// "En färgad ruta som anger resultat i förhållande till andra kommuner", with Jämföraren's
/// labels "Bästa 25%", "Mittersta 50%", "Sämsta 25%" and "Ingen data" (seed 004, *Fokusera*,
/// Exempel 3; requirement F-12.5).
///
/// Rule (proposed in F-12.5, documented here): the comparison set has N values for the same KPI,
/// period and kön, the municipality's own included. Let *b* be how many are strictly better than
/// the own value and *w* how many strictly worse. **Bästa 25%** when b < N/4, **Sämsta 25%** when
/// w < N/4 (and not Bästa), else **Mittersta 50%**. Ties count as neither better nor worse, so
/// municipalities with the same value always get the same box; with 290 distinct values the boxes
/// hold 73, 144 and 73. No own value, no other value, or no known direction: Ingen data.
public struct QuartileSignal: Sendable, Hashable, Codable {
    /// The box.
    public enum Quartile: String, Sendable, Hashable, Codable, CaseIterable {
        case best = "bästa"
        case middle = "mittersta"
        case worst = "sämsta"
        case none = "ingen"

        /// Jämföraren's label.
        public var label: String {
            switch self {
            case .best: "Bästa 25%"
            case .middle: "Mittersta 50%"
            case .worst: "Sämsta 25%"
            case .none: "Ingen data"
            }
        }
    }

    /// The box.
    public var quartile: Quartile
    /// The comparison set's name ("Alla kommuner", "Liknande kommuner grundskola").
    public var comparisonSet: String
    /// Values compared, the own included.
    public var setSize: Int
    /// How many are strictly better.
    public var better: Int
    /// How many are strictly worse.
    public var worse: Int

    /// Places `own` among `others` (the set's other members' values; missing ones left out).
    public static func evaluate(
        own: Double?, others: [Double], higherIsBetter: Bool?, comparisonSet: String
    ) -> QuartileSignal {
        let values = others.filter { $0.isFinite }
        guard let own, own.isFinite, let higherIsBetter, !values.isEmpty else {
            return QuartileSignal(
                quartile: .none, comparisonSet: comparisonSet, setSize: values.count + (own == nil ? 0 : 1),
                better: 0, worse: 0)
        }
        let n = values.count + 1
        let better = values.filter { higherIsBetter ? $0 > own : $0 < own }.count
        let worse = values.filter { higherIsBetter ? $0 < own : $0 > own }.count
        let quarter = Double(n) / 4
        let quartile: Quartile = Double(better) < quarter ? .best : Double(worse) < quarter ? .worst : .middle
        return QuartileSignal(
            quartile: quartile, comparisonSet: comparisonSet, setSize: n, better: better, worse: worse)
    }
}
