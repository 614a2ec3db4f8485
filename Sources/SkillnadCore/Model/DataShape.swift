/// Whether rows are people (individual level) or groups (aggregated).
public enum DataShape: String, Sendable, Codable {
    /// One row per person or case.
    case individual
    /// One row per group, with a value and n, or a numerator and denominator.
    case aggregated

    /// Swedish name.
    public var swedishName: String {
        self == .individual ? "individnivå (en rad per person/ärende)" : "aggregerad (en rad per grupp)"
    }
}
