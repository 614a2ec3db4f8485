/// Why an activity is in the plan, in the words of *CHECKLISTA handlingsplan* question 4:
/// "Vilka aktiviteter behövs? – För att uppnå mål – Förbättra resultat – Utveckla verksamheten"
/// (seed 004, l. 731–748).
public enum ActivityPurpose: String, Sendable, Hashable, Codable, CaseIterable {
    /// För att uppnå mål.
    case reachGoal = "uppna-mal"
    /// Förbättra resultat.
    case improveResults = "forbattra-resultat"
    /// Utveckla verksamheten.
    case developServices = "utveckla-verksamheten"

    /// The purpose as the checklist words it.
    public var swedishName: String {
        switch self {
        case .reachGoal: "För att uppnå mål"
        case .improveResults: "Förbättra resultat"
        case .developServices: "Utveckla verksamheten"
        }
    }
}
