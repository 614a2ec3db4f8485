/// Applies primary and secondary (complementary) suppression to a ``DisclosureGraph``.
///
/// 1. Primary: every cell the ``DisclosureRule`` flags.
/// 2. Secondary: every line with exactly one suppressed entry (margin included) gets a second
///    one — the member with the fewest people (preferring non-empty cells), or the margin when
///    no member is left — repeated until no line has a single suppressed entry.
/// 3. Audit: ``DisclosureAudit`` looks for suppressed cells that can still be derived (by
///    solving the lines as equations, or because a line leaves them no room but zero); each
///    such cell gets a further complementary suppression, and the audit runs again.
public enum SecondarySuppression {
    /// Which cells to suppress.
    public static func apply(_ graph: DisclosureGraph, rule: DisclosureRule) -> [Bool] {
        var suppressed = graph.people.indices.map { rule.isPrimary(people: graph.people[$0], events: graph.events[$0]) }
        guard suppressed.contains(true) else { return suppressed }
        var linesOf = [[Int]](repeating: [], count: graph.count)
        for (l, line) in graph.lines.enumerated() {
            linesOf[line.margin].append(l)
            for m in line.members { linesOf[m].append(l) }
        }
        for _ in 0..<(graph.count + 10) {
            complete(graph, suppressed: &suppressed, linesOf: linesOf)
            let exposed = DisclosureAudit.recoverableCells(graph, suppressed: suppressed)
            if exposed.isEmpty { break }
            for cell in exposed {
                // Protect the exposed cell in the line where it has the fewest suppressed partners.
                let candidates = linesOf[cell].sorted { a, b in
                    suppressedCount(graph.lines[a], suppressed) < suppressedCount(graph.lines[b], suppressed)
                }
                for l in candidates {
                    if let extra = bestComplement(graph.lines[l], graph: graph, suppressed: suppressed) {
                        suppressed[extra] = true
                        break
                    }
                }
            }
        }
        return suppressed
    }

    /// Gives every line with exactly one suppressed entry a second one, until stable.
    static func complete(_ graph: DisclosureGraph, suppressed: inout [Bool], linesOf: [[Int]]) {
        var queue = Array(graph.lines.indices)
        var queued = Set(queue)
        while let l = queue.popLast() {
            queued.remove(l)
            let line = graph.lines[l]
            guard suppressedCount(line, suppressed) == 1 else { continue }
            guard let extra = bestComplement(line, graph: graph, suppressed: suppressed) else { continue }
            suppressed[extra] = true
            for other in linesOf[extra] where !queued.contains(other) {
                queue.append(other)
                queued.insert(other)
            }
        }
    }

    static func suppressedCount(_ line: DisclosureGraph.Line, _ suppressed: [Bool]) -> Int {
        (suppressed[line.margin] ? 1 : 0) + line.members.reduce(0) { $0 + (suppressed[$1] ? 1 : 0) }
    }

    /// The unsuppressed member with the fewest people (non-empty preferred), else the margin.
    static func bestComplement(_ line: DisclosureGraph.Line, graph: DisclosureGraph, suppressed: [Bool]) -> Int? {
        let open = line.members.filter { !suppressed[$0] }
        func size(_ cell: Int) -> Double { graph.people[cell].isNaN ? .infinity : graph.people[cell] }
        if let best = open.filter({ size($0) > 0 }).min(by: { size($0) < size($1) }) { return best }
        if let best = open.min(by: { size($0) < size($1) }) { return best }
        return suppressed[line.margin] ? nil : line.margin
    }
}
