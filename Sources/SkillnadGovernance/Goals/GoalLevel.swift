/// Where a goal sits in "den röda tråden", from the council's overall goals down to a unit.
/// SKL:s guide (seed 004), *Sätta mål*: goals run "från övergripande mål ner till enskild
/// verksamhet/individ".
public enum GoalLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case kommunfullmaktige = "kf"
    case kommunstyrelse = "ks"
    case namnd = "namnd"
    case forvaltning = "forvaltning"
    case verksamhet = "verksamhet"

    /// Swedish name.
    public var swedishName: String {
        switch self {
        case .kommunfullmaktige: "Kommunfullmäktige"
        case .kommunstyrelse: "Kommunstyrelse"
        case .namnd: "Nämnd"
        case .forvaltning: "Förvaltning"
        case .verksamhet: "Verksamhet/enhet"
        }
    }

    /// Order from the top (KF = 0).
    public var depth: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// Higher in the tree first (KF before nämnd).
    public static func < (lhs: GoalLevel, rhs: GoalLevel) -> Bool { lhs.depth < rhs.depth }
}
