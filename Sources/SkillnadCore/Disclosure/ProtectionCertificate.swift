/// Proof that one protected count cannot be narrowed down: a second set of counts that every
/// published number agrees with, in which the protected count is 0 or at least `threshold` higher.
///
/// The change is a sum of boxes (the hypercube method of GHMITER and τ-Argus, Repsilber 1994;
/// Giessing & Repsilber 2002): over the axes of the protected cell's table, the protected cell
/// and a partner level on each axis span 2^k corners; people move (or change category) by the
/// same amount at every corner with alternating signs, so every margin that leaves out one of
/// the axes is unchanged. Tables that contain all the axes change at the corners, split over
/// their further axes by a coordinate per person ("context"); each such cell must be
/// suppressed and must hold the people it loses. The result is integer counts that satisfy every additive relation
/// between published cells and are never negative — exactly what an attacker's integer program
/// would accept — so no attacker can exclude it.
struct ProtectionCertificate: Sendable, Hashable {
    /// What changes.
    enum Kind: Sendable, Hashable {
        /// People of one outcome change category (`from` → `to` where the sign is positive).
        case flip(outcome: Int, from: Int, to: Int)
        /// People move between cells, carrying their categories for every outcome.
        case move
    }

    /// One share of the change: a box with its own partner levels, placed in the finer tables
    /// by a full coordinate.
    struct Context: Sendable, Hashable {
        /// The partner slot on each of the box's axes.
        var partner: [Int]
        /// Slots on every axis; those of the box's axes are replaced by each corner's.
        var coordinate: [Int]
        /// How many people.
        var amount: Double
        /// For moves: the moved people's categories per outcome (`outcomes × 3`).
        var composition: [Double]
    }

    var kind: Kind
    /// The box's axes (ascending).
    var axes: [Int]
    /// The protected cell's slot on each axis.
    var origin: [Int]
    /// +1: the protected cell loses (people or the `from` category); −1: it gains.
    var direction: Double
    var contexts: [Context]

    /// The signed change of every cell the box reaches: positive means the cell loses people
    /// (moves) or people go `from` → `to` (flips); for moves also the categories that leave.
    func changes(_ counts: FrameCounts) -> [Int: (net: Double, composition: [Double])] {
        let layout = counts.layout
        let mask = axes.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }
        let tables = layout.supersets(of: mask)
        let corners = 1 << axes.count
        var result: [Int: (net: Double, composition: [Double])] = [:]
        var coordinate = [Int](repeating: 0, count: layout.shape.count)
        for context in contexts {
            coordinate = context.coordinate
            for corner in 0..<corners {
                var flips = 0
                for (i, axis) in axes.enumerated() {
                    if corner & (1 << i) != 0 {
                        coordinate[axis] = context.partner[i]
                        flips += 1
                    } else {
                        coordinate[axis] = origin[i]
                    }
                }
                let sign = direction * (flips % 2 == 0 ? 1 : -1)
                for t in tables {
                    let table = layout.tables[t]
                    let cell = table.offset + table.flat(coordinate)
                    var entry = result[cell] ?? (0, [])
                    entry.net += sign * context.amount
                    if case .move = kind {
                        if entry.composition.isEmpty {
                            entry.composition = [Double](repeating: 0, count: context.composition.count)
                        }
                        for i in context.composition.indices { entry.composition[i] += sign * context.composition[i] }
                    }
                    result[cell] = entry
                }
            }
        }
        return result
    }

    /// Whether every cell that loses holds what it loses.
    static func feasible(
        _ kind: Kind, _ changes: [Int: (net: Double, composition: [Double])], _ counts: FrameCounts
    )
        -> Bool
    {
        let tolerance = 1e-9
        for (cell, change) in changes {
            switch kind {
            case .flip(let o, let from, let to):
                if change.net > 0 && counts.count(cell: cell, outcome: o, category: from) + tolerance < change.net {
                    return false
                }
                if change.net < 0 && counts.count(cell: cell, outcome: o, category: to) + tolerance < -change.net {
                    return false
                }
            case .move:
                guard change.net > 0 else { continue }
                for o in 0..<counts.outcomeCount {
                    for c in 0..<FrameCounts.categories {
                        let leaving = change.composition[o * FrameCounts.categories + c]
                        if counts.count(cell: cell, outcome: o, category: c) + tolerance < leaving { return false }
                    }
                }
            }
        }
        return true
    }

    /// Changes a set of counts (global cell ids → per-outcome categories) as the certificate says:
    /// what an attacker would see if the data were the alternative.
    func apply(to cellCounts: inout [Double], _ counts: FrameCounts) {
        let k = counts.outcomeCount * FrameCounts.categories
        for (cell, change) in changes(counts) {
            switch kind {
            case .flip(let o, let from, let to):
                cellCounts[cell * k + o * FrameCounts.categories + from] -= change.net
                cellCounts[cell * k + o * FrameCounts.categories + to] += change.net
            case .move:
                for i in 0..<k { cellCounts[cell * k + i] -= change.composition[i] }
            }
        }
    }
}
