/// What a column is for in an analysis.
public enum ColumnRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// A grouping variable (kön, område, åldersgrupp …).
    case dimension
    /// A yes/no outcome per person (0/1, ja/nej).
    case binaryOutcome = "binary"
    /// A numeric outcome per person (a score, a number of days).
    case numericOutcome = "numeric"
    /// Number of people in an aggregated row (n, antal, befolkning).
    case count
    /// Numerator of an aggregated proportion (antal med utfallet).
    case numerator
    /// Denominator of an aggregated proportion.
    case denominator
    /// A pre-aggregated value (andel, medelvärde, nyckeltal) per aggregated row.
    case value
    /// A frequency weight per row.
    case weight
    /// The name of the measure in a long table where each row carries one of several measures
    /// (Kolada's `Nyckeltal`/`kpi`, PxWeb's `ContentsCode`, SCB's `MedTyp`): every level is an
    /// outcome of its own, and values of different levels are never combined.
    case indicator
    /// A time period (år, månad, tertial).
    case period
    /// An identifier (personnummer, ärende-id): never analysed or shown.
    case identifier
    /// Not used.
    case ignored

    /// Swedish name used in command output.
    public var swedishName: String {
        switch self {
        case .dimension: "dimension"
        case .binaryOutcome: "binärt utfall"
        case .numericOutcome: "numeriskt utfall"
        case .count: "antal (n)"
        case .numerator: "täljare"
        case .denominator: "nämnare"
        case .value: "värde (aggregerat)"
        case .weight: "vikt"
        case .indicator: "indikator (vilket mått raden gäller)"
        case .period: "period"
        case .identifier: "identitet"
        case .ignored: "används inte"
        }
    }

    /// Parses a role name in Swedish or English, as typed on the command line.
    public init?(userInput: String) {
        let k = ColumnName.key(userInput)
        let table: [String: ColumnRole] = [
            "dimension": .dimension, "dim": .dimension, "grupp": .dimension,
            "binary": .binaryOutcome, "binar": .binaryOutcome, "binartutfall": .binaryOutcome,
            "numeric": .numericOutcome, "numerisk": .numericOutcome, "numerisktutfall": .numericOutcome,
            "count": .count, "n": .count, "antal": .count,
            "numerator": .numerator, "taljare": .numerator,
            "denominator": .denominator, "namnare": .denominator,
            "value": .value, "varde": .value,
            "weight": .weight, "vikt": .weight,
            "period": .period, "ar": .period, "tid": .period,
            "indicator": .indicator, "indikator": .indicator, "matt": .indicator,
            "identifier": .identifier, "id": .identifier, "identitet": .identifier,
            "ignored": .ignored, "ignore": .ignored, "ignorera": .ignored,
        ]
        guard let role = table[k] else { return nil }
        self = role
    }

    /// Whether the role marks an outcome that can be scanned.
    public var isOutcome: Bool {
        switch self {
        case .binaryOutcome, .numericOutcome, .value, .numerator: true
        default: false
        }
    }
}
