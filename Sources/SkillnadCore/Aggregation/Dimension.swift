/// A grouping variable prepared for aggregation: its levels in display order and whether it is
/// ordered. Rows with a missing value fall in the extra slot ``unknownSlot``.
public struct Dimension: Sendable, Hashable, Codable {
    /// Column name.
    public var name: String
    /// Level labels in display order (without the unknown slot).
    public var levels: [String]
    /// Whether the dimension is ordered.
    public var ordered: Bool
    /// Levels that are totals in aggregated sources (excluded from comparisons).
    public var totalLevels: Set<Int>

    /// Creates a dimension.
    public init(name: String, levels: [String], ordered: Bool, totalLevels: Set<Int> = []) {
        self.name = name
        self.levels = levels
        self.ordered = ordered
        self.totalLevels = totalLevels
    }

    /// Number of slots: the levels plus one for unknown.
    public var slotCount: Int { levels.count + 1 }

    /// The slot of rows with a missing value.
    public var unknownSlot: Int { levels.count }

    /// Label of a slot.
    public func label(_ slot: Int) -> String {
        slot < levels.count ? levels[slot] : LevelOrder.unknownLabel
    }

    /// Slots that are groups to compare: real levels, not totals, not unknown.
    public var comparableSlots: [Int] {
        levels.indices.filter { !totalLevels.contains($0) && !LevelOrder.isUnknown(levels[$0]) }
    }
}
