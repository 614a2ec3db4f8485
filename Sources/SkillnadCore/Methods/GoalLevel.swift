/// Where a goal comes from in the governance chain (Huddinge's 1.2 Målkoppling).
public enum GoalLevel: String, Sendable, Codable, CaseIterable {
    /// Kommunfullmäktige's overarching goals and sub-goals.
    case council = "kommunfullmaktige"
    /// Kommunstyrelsen's goals.
    case board = "kommunstyrelse"
    /// A committee's (nämnd) goals.
    case committee = "namnd"
    /// An administration's (förvaltning) goals.
    case administration = "forvaltning"
    /// The service's own goals (verksamhet/enhet).
    case service = "verksamhet"
    /// Law, national authority or other steering document.
    case law = "lag-myndighet"

    /// Name in Swedish.
    public var swedishName: String {
        switch self {
        case .council: "Kommunfullmäktige"
        case .board: "Kommunstyrelse"
        case .committee: "Nämnd"
        case .administration: "Förvaltning"
        case .service: "Verksamhet"
        case .law: "Lag eller myndighet"
        }
    }
}
