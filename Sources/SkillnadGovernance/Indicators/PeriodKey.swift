import SkillnadCore

/// Orders period labels as time: years, months (`2026M04`), quarters (`2025K2`), tertials
/// (`2025T1`) and half-years, by the same rules as the statistics core.
struct PeriodKey: Comparable {
    let label: String

    init(_ label: String) { self.label = label }

    static func < (lhs: PeriodKey, rhs: PeriodKey) -> Bool {
        guard lhs.label != rhs.label else { return false }
        return LevelOrder.sorted([lhs.label, rhs.label], ordered: true).first == lhs.label
    }
}
