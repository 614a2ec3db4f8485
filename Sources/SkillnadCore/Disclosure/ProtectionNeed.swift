/// One thing a protected cell must not give away, for one outcome.
///
/// With threshold `t`, a count `v` between 1 and `t − 1` (the people with the outcome, without
/// it, or — for numeric outcomes — with a value) must be consistent with the published numbers
/// both at 0 and at `v + t` or more: the attacker can neither tell that anyone is there nor
/// narrow the group below a publishable size. A group of a sensitive outcome where everyone or
/// no one has the outcome must be consistent with `t` people who differ.
enum ProtectionNeed: Sendable, Hashable {
    /// The category's count must be able to be 0.
    case down(category: Int)
    /// The category's count must be able to be `threshold` higher.
    case up(category: Int)

    /// The needs of one cell for one outcome.
    static func needs(
        _ counts: FrameCounts, cell: Int, outcome o: Int, threshold: Double, sensitive: Bool, attributeLimit: Double
    ) -> [ProtectionNeed] {
        func small(_ v: Double) -> Bool { v > 1e-9 && v < threshold - 1e-9 }
        let c0 = counts.count(cell: cell, outcome: o, category: 0)
        guard counts.binary[o] else {
            return small(c0) ? [.down(category: 0), .up(category: 0)] : []
        }
        let c1 = counts.count(cell: cell, outcome: o, category: 1)
        var result: [ProtectionNeed] = []
        if small(c0) { result += [.down(category: 0), .up(category: 0)] }
        if small(c1) { result += [.down(category: 1), .up(category: 1)] }
        let n = c0 + c1
        if sensitive && n >= threshold - 1e-9 && n < attributeLimit - 1e-9 {
            if c0 < 1e-9 { result.append(.up(category: 0)) }
            if c1 < 1e-9 { result.append(.up(category: 1)) }
        }
        return result
    }

    /// Whether the cell is primary: it has a need of its own.
    static func isPrimary(
        _ counts: FrameCounts, cell: Int, outcome o: Int, threshold: Double, sensitive: Bool, attributeLimit: Double
    ) -> Bool {
        !needs(
            counts, cell: cell, outcome: o, threshold: threshold, sensitive: sensitive, attributeLimit: attributeLimit
        ).isEmpty
    }
}
