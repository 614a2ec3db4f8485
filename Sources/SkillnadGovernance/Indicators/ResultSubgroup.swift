/// The exercise's optional sub-classification of result indicators (seed 004, *Kategorisering av
/// indikatorer*, H-8.1; requirement F-7.2).
public enum ResultSubgroup: String, Sendable, Hashable, Codable, CaseIterable {
    case satisfaction = "nojdhet"
    case volume = "volym"
    case serviceQuality = "tjanstekvalitet"

    /// Swedish name.
    public var swedishName: String {
        switch self {
        case .satisfaction: "Nöjdhet"
        case .volume: "Volym"
        case .serviceQuality: "Tjänstekvalitet"
        }
    }
}
