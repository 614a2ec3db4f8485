import SkillnadCore

/// A goal the municipality works towards, linked from analyses (and later from governance).
public struct GoalRecord: Sendable, Hashable, Codable {
    /// Database id.
    public var id: Int64
    /// The goal as formulated ("Alla barn ska ha en trygg uppväxt").
    public var name: String
    /// Where it is decided.
    public var level: GoalLevel
    /// Source document ("Budget 2026, KF 2025-11-17").
    public var source: String
    /// Period it applies to.
    public var period: String
    /// Further description.
    public var description: String
    /// The goal above it in the tree, if any.
    public var parentId: Int64?
    /// Who answers for it (nämnd, förvaltning, person).
    public var owner: String
    /// The guide's details: horizon, reason, perspectives, scope (JSON in the database).
    public var details: GoalDetails
    /// Who created it.
    public var createdBy: Int64?
    /// When created.
    public var createdAt: Int64
    /// When last changed.
    public var updatedAt: Int64

    /// Creates a record.
    public init(
        id: Int64 = 0, name: String, level: GoalLevel, source: String = "", period: String = "",
        description: String = "", parentId: Int64? = nil, owner: String = "", details: GoalDetails = .init(),
        createdBy: Int64? = nil, createdAt: Int64 = 0, updatedAt: Int64 = 0
    ) {
        self.parentId = parentId
        self.owner = owner
        self.details = details
        self.id = id
        self.name = name
        self.level = level
        self.source = source
        self.period = period
        self.description = description
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
