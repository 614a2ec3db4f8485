/// A result set against the resources used (seed 004, *Samla in information*, checklist questions
/// 4–5; requirement F-11.3): result ÷ cost for the municipality and for every other unit with both
/// values in the period, and where the municipality stands among them (the quartile rule of
/// ``QuartileSignal``; more result per krona is better).
public struct ResultPerCost: Sendable, Hashable {
    /// The period.
    public var period: String
    /// The municipality's result per cost unit, scaled by `per`.
    public var value: Double
    /// The scale ("per 100 000 kr").
    public var per: Double
    /// The box among the others.
    public var quartile: QuartileSignal

    /// Result per cost in `period`; nil without both own values or with a cost of 0.
    public static func evaluate(
        period: String, own: String, results: [String: Double], costs: [String: Double], higherIsBetter: Bool,
        per: Double
    ) -> ResultPerCost? {
        func ratio(_ unit: String) -> Double? {
            guard let r = results[unit], let c = costs[unit], c > 0 else { return nil }
            return r / c * per
        }
        guard let mine = ratio(own) else { return nil }
        let others = results.keys.filter { $0 != own }.compactMap(ratio)
        return ResultPerCost(
            period: period, value: mine, per: per,
            quartile: QuartileSignal.evaluate(
                own: mine, others: others, higherIsBetter: higherIsBetter, comparisonSet: "kommuner med båda värdena"))
    }
}
