/// What SKL's guide asks of a goal beyond its text (seed 004, *Sätta mål*, F-6.1), stored as
/// JSON beside the goal.
public struct GoalDetails: Sendable, Hashable, Codable {
    /// "kort" or "lang".
    public var horizon: String?
    /// "strategiskt" or "problemomrade".
    public var reason: String?
    /// Horizontal perspectives (jämlikhet, jämställdhet, folkhälsa …).
    public var perspectives: [String]
    /// Whether it concerns all or most verksamheter.
    public var concernsMostActivities: Bool?
    /// "CHECKLISTA Sätta mål": question number (1–9) → answer (ja, delvis, nej, ej-aktuellt).
    public var checklist: [String: String]?
    /// Comments per question number.
    public var checklistComments: [String: String]?
    /// An equality goal's level: "struktur", "process" or "resultat" (seed 001, E-7.1); nil: not an equality goal.
    public var equalityLevel: String?
    /// The shortcoming or need from the current-state description the goal addresses.
    public var need: String?
    /// How and when the goal is followed up.
    public var followUp: String?
    /// The long-term ambition.
    public var ambition: String?
    /// The body that decided the goal (F-6.1).
    public var decidedBy: String?
    /// The decision's date (YYYY-MM-DD).
    public var decidedOn: String?
    /// The decision's document ("Mål och budget 2026, § 112").
    public var decisionDocument: String?

    /// Details.
    public init(
        horizon: String? = nil, reason: String? = nil, perspectives: [String] = [], concernsMostActivities: Bool? = nil
    ) {
        self.horizon = horizon
        self.reason = reason
        self.perspectives = perspectives
        self.concernsMostActivities = concernsMostActivities
    }
}
