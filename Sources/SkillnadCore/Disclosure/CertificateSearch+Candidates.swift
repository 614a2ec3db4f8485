extension CertificateSearch {
    /// One way to try to protect a need: a kind of change, its direction, the category the
    /// people changed have, how many, and the partner levels to try.
    struct Plan {
        var kind: ProtectionCertificate.Kind
        var direction: Double
        var category: Int
        var amount: Double
        var axes: [Int]
        var origin: [Int]
        var partners: [[Int]]
        var pinned: [Int: Int]
    }

    /// The plans worth trying for one need over one set of box axes: flips within the outcome
    /// first, then moves of people, each over the most promising partner levels (each person
    /// may take other partners than the last).
    func plans(
        cell: Int, table t: Int, outcome o: Int, need: ProtectionNeed, axes: [Int], origin: [Int]
    ) -> [Plan] {
        // "No value" is a category only for outcomes that have missing values.
        let categories = (counts.binary[o] ? [0, 1] : [0]) + (counts.hasMissing[o] ? [2] : [])
        var steps: [(kind: ProtectionCertificate.Kind, direction: Double, category: Int, amount: Double)] = []
        switch need {
        case .down(let c):
            let amount = counts.count(cell: cell, outcome: o, category: c)
            for other in categories where other != c {
                steps.append((.flip(outcome: o, from: c, to: other), 1, c, amount))
            }
            steps.append((.move, 1, c, amount))
        case .up(let c):
            for other in categories
            where other != c && counts.count(cell: cell, outcome: o, category: other) >= threshold - 1e-9 {
                steps.append((.flip(outcome: o, from: other, to: c), 1, other, threshold))
            }
            steps.append((.move, -1, c, threshold))
        }
        // Slots of the protected cell on its table's axes outside the box stay as they are.
        let table = counts.layout.tables[t]
        let slots = table.slots(cell - table.offset)
        var pinned: [Int: Int] = [:]
        for (axis, slot) in zip(table.axes, slots) where !axes.contains(axis) { pinned[axis] = slot }
        return steps.compactMap { step in
            // The category the single-partner corners lose, which ranks their levels.
            let losing: Int
            switch step.kind {
            case .flip(_, _, let to): losing = to
            case .move: losing = step.category
            }
            let partnerLists = axes.indices.map { i in
                partners(cell: cell, table: t, axis: axes[i], origin: origin[i], outcome: o, category: losing)
            }
            guard partnerLists.allSatisfy({ !$0.isEmpty }) else { return nil }
            return Plan(
                kind: step.kind, direction: step.direction, category: step.category, amount: step.amount, axes: axes,
                origin: origin, partners: Self.product(partnerLists), pinned: pinned)
        }
    }

    /// The certificate a plan gives, when every person can be placed.
    func certificate(_ plan: Plan, outcome o: Int) -> ProtectionCertificate? {
        guard
            let contexts = allocate(
                kind: plan.kind, axes: plan.axes, origin: plan.origin, partners: plan.partners,
                direction: plan.direction, outcome: o, category: plan.category, amount: plan.amount,
                pinned: plan.pinned)
        else { return nil }
        return ProtectionCertificate(
            kind: plan.kind, axes: plan.axes, origin: plan.origin, direction: plan.direction, contexts: contexts)
    }

    /// Partner levels on one axis, best first: cells already suppressed, then those with most
    /// people in the category the corner gives up.
    func partners(cell: Int, table t: Int, axis: Int, origin: Int, outcome o: Int, category: Int) -> [Int] {
        let layout = counts.layout
        let table = layout.tables[t]
        guard let position = table.axes.firstIndex(of: axis) else { return [] }
        var slots = table.slots(cell - table.offset)
        var scored: [(slot: Int, score: Double)] = []
        for s in 0..<layout.shape[axis] where s != origin {
            slots[position] = s
            var flat = 0
            for (slot, stride) in zip(slots, table.strides) { flat += slot * stride }
            let corner = table.offset + flat
            let available = counts.count(cell: corner, outcome: o, category: category)
            let hidden = suppressed[o][corner] ? 1e12 : 0
            scored.append((s, hidden + available))
        }
        return scored.sorted { $0.score > $1.score }.prefix(Self.partnersPerAxis).map(\.slot)
    }

    /// Every combination of one element from each list.
    static func product(_ lists: [[Int]]) -> [[Int]] {
        lists.reduce([[]]) { partial, list in partial.flatMap { prefix in list.map { prefix + [$0] } } }
    }
}
