/// Goals arranged as "den röda tråden": each goal under its parent, the council's goals at the
/// top, with the checks the guide asks for.
public struct GoalTree: Sendable {
    /// One goal with the goals under it.
    public struct Node: Sendable {
        /// The goal.
        public var goal: GovernanceGoal
        /// Goals directly under it.
        public var children: [Node]
    }

    /// The top goals (no parent, or a parent that is missing).
    public var roots: [Node]

    /// Arranges goals; children in the order given. A cycle (a goal that is its own ancestor) is
    /// broken at the goal where it was found, which becomes a top goal.
    public init(_ goals: [GovernanceGoal]) {
        let ids = Set(goals.map(\.id))
        var parent: [Int64: Int64] = [:]
        for goal in goals { if let p = goal.parentId, ids.contains(p), p != goal.id { parent[goal.id] = p } }
        for goal in goals {
            var seen: Set<Int64> = [goal.id]
            var current = parent[goal.id]
            while let next = current {
                if seen.contains(next) {
                    parent[goal.id] = nil
                    break
                }
                seen.insert(next)
                current = parent[next]
            }
        }
        func node(_ goal: GovernanceGoal) -> Node {
            Node(goal: goal, children: goals.filter { parent[$0.id] == goal.id }.map(node))
        }
        roots = goals.filter { parent[$0.id] == nil }.map(node)
    }

    /// Every goal, depth first, with its depth in the tree.
    public var flattened: [(goal: GovernanceGoal, depth: Int)] {
        var out: [(GovernanceGoal, Int)] = []
        func walk(_ node: Node, _ depth: Int) {
            out.append((node.goal, depth))
            node.children.forEach { walk($0, depth + 1) }
        }
        roots.forEach { walk($0, 0) }
        return out
    }

    /// The warning "för många mål snarare ”stjälper än hjälper”" (seed 004, *Sätta mål*) when the
    /// council has more than `limit` goals.
    public func tooManyCouncilGoals(limit: Int = 10) -> String? {
        let count = flattened.filter { $0.goal.level == .council }.count
        guard count > limit else { return nil }
        return "Kommunfullmäktige har \(count) mål. Erfarenheterna visar att för många mål snarare "
            + "”stjälper än hjälper” – överväg att samla dem i färre (högst \(limit))."
    }
}
