/// How an outcome is summarised per group.
public enum OutcomeKind: String, Sendable, Hashable, Codable {
    /// A share with the outcome: binary per person, or numerator/denominator.
    case proportion
    /// A mean of a numeric outcome per person.
    case mean
    /// A pre-aggregated value (no spread known, so no test).
    case value

    /// Swedish name.
    public var swedishName: String {
        switch self {
        case .proportion: "andel"
        case .mean: "medelvärde"
        case .value: "värde"
        }
    }
}
