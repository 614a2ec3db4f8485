import SkillnadCore

/// A goal in the governance tree, with what SKL's guide asks of a goal (seed 004, *Sätta mål*,
/// requirement F-6.1): its level, parent, owner, period, horizon and why it was chosen.
public struct GovernanceGoal: Sendable, Hashable, Codable, Identifiable {
    /// Why a goal was set: "De mål som sätts ska vara strategiskt viktiga eller fokusera på problemområden".
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
        case strategic = "strategiskt"
        case problemArea = "problemomrade"

        /// Swedish name.
        public var swedishName: String {
            switch self {
            case .strategic: "Strategiskt viktigt"
            case .problemArea: "Problemområde"
            }
        }
    }

    /// Short- or long-term.
    public enum Horizon: String, Sendable, Hashable, Codable, CaseIterable {
        case short = "kort"
        case long = "lang"

        /// Swedish name.
        public var swedishName: String { self == .short ? "Kortsiktigt" : "Långsiktigt" }
    }

    /// Identifier.
    public var id: Int64
    /// The goal's text.
    public var text: String
    /// Level in the tree.
    public var level: GoalLevel
    /// The goal above it, if any.
    public var parentId: Int64?
    /// Who answers for it (nämnd, förvaltning, person).
    public var owner: String
    /// Planning period ("2026", "2026–2028").
    public var period: String
    /// Short- or long-term.
    public var horizon: Horizon?
    /// Why it was set.
    public var reason: Reason?
    /// Horizontal perspectives it carries (jämlikhet, jämställdhet, folkhälsa …).
    public var perspectives: [String]
    /// Whether it concerns all or most verksamheter (H-5 Q1–Q2).
    public var concernsMostActivities: Bool?

    /// Creates a goal.
    public init(
        id: Int64, text: String, level: GoalLevel, parentId: Int64? = nil, owner: String = "", period: String = "",
        horizon: Horizon? = nil, reason: Reason? = nil, perspectives: [String] = [],
        concernsMostActivities: Bool? = nil
    ) {
        self.id = id
        self.text = text
        self.level = level
        self.parentId = parentId
        self.owner = owner
        self.period = period
        self.horizon = horizon
        self.reason = reason
        self.perspectives = perspectives
        self.concernsMostActivities = concernsMostActivities
    }
}
