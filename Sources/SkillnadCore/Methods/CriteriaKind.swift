/// Which kind of difference the appendix criteria are applied to (ISU appendix, tables 1 and 2).
public enum CriteriaKind: String, Sendable, Codable, CaseIterable {
    /// Differences in decisions on interventions (table 1).
    case decisions = "beslut"
    /// Differences in participation (table 2).
    case participation = "delaktighet"

    /// Label in Swedish.
    public var swedishName: String {
        switch self {
        case .decisions: "Skillnad i beslut om insats"
        case .participation: "Skillnad i delaktighet"
        }
    }

    /// The table's lead sentence (bilaga, tabell 1 and 2).
    public var lead: String {
        switch self {
        case .decisions: "Skillnader i beslut om insatser är omotiverade om de inte förklaras av:"
        case .participation: "Skillnader i delaktighet är omotiverade om de inte förklaras av"
        }
    }

    /// The criteria of this kind, in the appendix's order.
    public var criteria: [UnmotivatedCriterion] {
        UnmotivatedCriterion.all.filter { $0.kind == self }
    }
}
