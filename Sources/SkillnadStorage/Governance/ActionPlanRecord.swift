import SkillnadGovernance

/// A stored action plan with its revision and times.
public struct ActionPlanRecord: Sendable, Hashable {
    /// The plan.
    public var plan: ActionPlan
    /// Increases with every save; a save naming an older revision is refused.
    public var revision: Int64
    /// Created (Unix seconds).
    public var createdAt: Int64
    /// Last saved (Unix seconds).
    public var updatedAt: Int64
}
