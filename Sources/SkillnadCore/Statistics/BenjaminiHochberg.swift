/// Benjamini–Hochberg false-discovery-rate q-values.
///
/// q₍ᵢ₎ = min over j ≥ i of p₍ⱼ₎ · m / j, capped at 1, as R's `p.adjust(method = "BH")`.
public enum BenjaminiHochberg {
    /// The q-value of each p-value, in input order. NaN p-values stay NaN and do not count in m.
    public static func qValues(_ pValues: [Double]) -> [Double] {
        let indexed = pValues.enumerated().filter { !$0.element.isNaN }.sorted { $0.element < $1.element }
        let m = Double(indexed.count)
        var result = [Double](repeating: .nan, count: pValues.count)
        var running = 1.0
        for rank in stride(from: indexed.count - 1, through: 0, by: -1) {
            let (index, p) = indexed[rank]
            running = min(running, p * m / Double(rank + 1))
            result[index] = min(1, running)
        }
        return result
    }
}
