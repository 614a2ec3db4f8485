/// Where a goal comes from in the governance chain (Huddinge's 1.2 Målkoppling).
public enum GoalLevel: String, Sendable, Codable, CaseIterable {
    /// Kommunfullmäktige's overarching goals and sub-goals.
    case council = "kommunfullmaktige"
    /// A committee's (nämnd) goals.
    case committee = "namnd"
    /// The service's own goals.
    case service = "verksamhet"
    /// Law, national authority or other steering document.
    case law = "lag-myndighet"

    /// Name in Swedish.
    public var swedishName: String {
        switch self {
        case .council: "Kommunfullmäktige"
        case .committee: "Nämnd"
        case .service: "Verksamhet"
        case .law: "Lag eller myndighet"
        }
    }
}
