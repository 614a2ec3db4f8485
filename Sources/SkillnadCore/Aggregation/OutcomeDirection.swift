/// Which value of an outcome is the better one: set by the user and stored with the dataset,
/// suggested from the name (unemployment, ill health, costs, waiting times …) or from a
/// Kolada KPI's description ("Ett högt värde indikerar …").
///
/// ```swift
/// OutcomeDirection.lowerIsBetterByName("Arbetslöshet, (%)")   // true
/// OutcomeDirection.lowerIsBetterByName("Students=Eligible")   // false
/// ```
public enum OutcomeDirection: String, Sendable, Hashable, Codable, CaseIterable {
    /// Higher values are better.
    case higherIsBetter = "hogre"
    /// Lower values are better.
    case lowerIsBetter = "lagre"
    /// Nobody has said: shown as "högre/lägre", never "bättre/sämre".
    case unknown = "okand"

    /// Swedish label for forms.
    public var swedishName: String {
        switch self {
        case .higherIsBetter: "Högre är bättre"
        case .lowerIsBetter: "Lägre är bättre"
        case .unknown: "Okänd"
        }
    }

    /// The direction a name suggests: lower is better for the stems below, otherwise higher.
    public static func suggested(byName name: String) -> OutcomeDirection {
        lowerIsBetterByName(name) ? .lowerIsBetter : .higherIsBetter
    }

    /// The direction a Kolada KPI description states, if it states one: "Ett högt värde
    /// indikerar goda resultat …", "högt värde är önskvärt" → higher; "lågt värde är
    /// önskvärt/bra" → lower. Descriptions that only say what a high value measures ("… större
    /// ojämnhet") give nil.
    public static func stated(inDescription text: String) -> OutcomeDirection? {
        let t = text.lowercased()
        let good = ["goda", "god ", "önskvärt", "bra", "hög nivå på"]
        for (phrase, direction) in [("högt värde", OutcomeDirection.higherIsBetter), ("lågt värde", .lowerIsBetter)] {
            var search = t.startIndex..<t.endIndex
            while let found = t.range(of: phrase, range: search) {
                let rest = t[found.upperBound...].prefix(60)
                let sentence = rest.prefix { $0 != "." }
                if good.contains(where: { sentence.contains($0) }) { return direction }
                search = found.upperBound..<t.endIndex
            }
        }
        return nil
    }

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
