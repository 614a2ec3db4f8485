import SkillnadGovernance

/// A stored indicator: its definition (as JSON) and when its values were last fetched.
public struct IndicatorRecord: Sendable, Hashable {
    /// The indicator (its `id` is the database id).
    public var indicator: Indicator
    /// When values were last fetched from the source (Kolada, a dataset), if ever.
    public var fetchedAt: Int64?
    /// When created.
    public var createdAt: Int64
    /// When last changed.
    public var updatedAt: Int64
}
