@testable import SkillnadCore

/// An adversary that tries to recompute suppressed cells from published ones, written
/// independently of the production audit: subtraction along single lines, zero-sum lines, and
/// exact Gaussian elimination over the rationals.
struct DisclosureAttacker {
    let graph: DisclosureGraph
    let suppressed: [Bool]

    /// Suppressed cells whose exact value the attacker recovers, with the value found.
    func recovered() -> [Int: Double] {
        var known: [Int: Double] = [:]
        for i in graph.people.indices where !suppressed[i] { known[i] = graph.people[i] }
        var found: [Int: Double] = [:]
        // 1. Subtraction: a line with one unknown gives it away; repeat until nothing changes.
        var changed = true
        while changed {
            changed = false
            for line in graph.lines {
                let entries = [line.margin] + line.members
                let unknown = entries.filter { known[$0] == nil }
                if unknown.count == 1 {
                    let u = unknown[0]
                    let membersKnown = line.members.filter { $0 != u }.reduce(0.0) { $0 + (known[$1] ?? 0) }
                    let value = u == line.margin ? membersKnown : (known[line.margin] ?? 0) - membersKnown
                    known[u] = value
                    found[u] = value
                    changed = true
                } else if let margin = known[line.margin], unknown.count > 1 {
                    // 2. Zero-sum: if the known members already make up the margin, the rest are 0.
                    let rest = margin - line.members.reduce(0.0) { $0 + (known[$1] ?? 0) }
                    if abs(rest) < 1e-9 {
                        for u in unknown {
                            known[u] = 0
                            found[u] = 0
                        }
                        changed = true
                    }
                }
            }
        }
        // 3. Exact elimination over the rationals on what is still unknown.
        let unknowns = graph.people.indices.filter { known[$0] == nil }
        let column = Dictionary(uniqueKeysWithValues: unknowns.enumerated().map { ($1, $0) })
        var rows: [[Rational]] = []
        for line in graph.lines {
            var row = [Rational](repeating: .zero, count: unknowns.count + 1)
            var rhs = Rational.zero
            var any = false
            if let c = column[line.margin] {
                row[c] = row[c] - .one; any = true
            } else {
                rhs = rhs - Rational(Int64((known[line.margin] ?? 0).rounded()))
            }
            for m in line.members {
                if let c = column[m] {
                    row[c] = row[c] + .one; any = true
                } else {
                    rhs = rhs + Rational(Int64((known[m] ?? 0).rounded()))
                }
            }
            // Σ unknown members − unknown margin = known margin − Σ known members
            row[unknowns.count] = Rational.zero - rhs
            if any { rows.append(row) }
        }
        var pivotRow = 0
        var pivots: [Int: Int] = [:]
        for c in 0..<unknowns.count {
            guard let p = (pivotRow..<rows.count).first(where: { !rows[$0][c].isZero }) else { continue }
            rows.swapAt(pivotRow, p)
            let inv = rows[pivotRow][c].inverse
            rows[pivotRow] = rows[pivotRow].map { $0 * inv }
            for r in rows.indices where r != pivotRow && !rows[r][c].isZero {
                let f = rows[r][c]
                rows[r] = zip(rows[r], rows[pivotRow]).map { $0 - f * $1 }
            }
            pivots[c] = pivotRow
            pivotRow += 1
        }
        for (c, r) in pivots {
            let others = (0..<unknowns.count).filter { $0 != c && !rows[r][$0].isZero }
            if others.isEmpty { found[unknowns[c]] = rows[r][unknowns.count].double }
        }
        return found.filter { suppressed[$0.key] }
    }
}

/// Exact fractions for the attacker's elimination.
struct Rational: Equatable {
    var p: Int64
    var q: Int64
    static let zero = Rational(0)
    static let one = Rational(1)
    init(_ p: Int64, _ q: Int64 = 1) {
        let g = Rational.gcd(abs(p), abs(q))
        let s: Int64 = q < 0 ? -1 : 1
        self.p = g == 0 ? 0 : s * p / g
        self.q = g == 0 ? 1 : s * q / g
    }
    static func gcd(_ a: Int64, _ b: Int64) -> Int64 { b == 0 ? a : gcd(b, a % b) }
    var isZero: Bool { p == 0 }
    var inverse: Rational { Rational(q, p) }
    var double: Double { Double(p) / Double(q) }
    static func + (a: Rational, b: Rational) -> Rational { Rational(a.p * b.q + b.p * a.q, a.q * b.q) }
    static func - (a: Rational, b: Rational) -> Rational { Rational(a.p * b.q - b.p * a.q, a.q * b.q) }
    static func * (a: Rational, b: Rational) -> Rational { Rational(a.p * b.p, a.q * b.q) }
}
