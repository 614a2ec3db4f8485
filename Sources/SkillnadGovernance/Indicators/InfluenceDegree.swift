/// How much the municipality can influence an indicator (påverkansgrad, F-7.4).
public enum InfluenceDegree: String, Sendable, Hashable, Codable, CaseIterable {
    case large = "stor"
    case some = "viss"
    case small = "liten"

    /// The seed's words.
    public var swedishName: String {
        switch self {
        case .large: "Kan påverka till stor del"
        case .some: "Kan påverka till viss del"
        case .small: "Kan påverka till liten del"
        }
    }
}
