/// Whether a lower value of an outcome is the better one, as its name suggests (unemployment,
/// ill health, costs, waiting times …). A suggestion only: the user sees it and can change it.
///
/// ```swift
/// OutcomeDirection.lowerIsBetterByName("Arbetslöshet, (%)")   // true
/// OutcomeDirection.lowerIsBetterByName("Students=Eligible")   // false
/// ```
public enum OutcomeDirection {
    /// Word stems (diacritics folded) of outcomes where less is better.
    static let lowerIsBetterStems = [
        "arbetslos", "ohalsa", "ohalsotal", "sjukfranvaro", "sjukpenning", "kostnad", "vantetid", "utredningstid",
        "ekonomisktbistand", "forsorjningsstod", "brott", "fetma", "overvikt", "dagligrokare", "dodlighet",
        "ineligible", "obehorig", "ejbehorig", "avhopp", "franvaro", "trangbodd", "hemlos", "vald", "misshandel",
    ]

    /// Whether the name suggests that lower values are better.
    public static func lowerIsBetterByName(_ name: String) -> Bool {
        let key = ColumnName.key(name)
        return lowerIsBetterStems.contains { key.contains($0) }
    }
}
