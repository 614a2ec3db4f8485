extension CertificateSearch {
    /// Places a certificate's change in the finer tables, one person at a time.
    ///
    /// A box over axes `K` changes every table that contains `K`; in a table with further axes
    /// the change at each corner is split over their levels, the same split at every corner (so
    /// the margins without one of `K`'s axes stay unchanged). Each person gets a slot on every
    /// further axis, chosen where every corner that loses people (or a category) still has one
    /// to lose in every table the choice completes; for moves, then a category per outcome.
    /// `pinned` fixes slots the protected cell has on axes outside the box. Returns nil when
    /// some person cannot be placed.
    func allocate(
        kind: ProtectionCertificate.Kind, axes: [Int], origin: [Int], partners: [[Int]], direction: Double,
        outcome o: Int, category: Int, amount: Double, pinned: [Int: Int]
    ) -> [ProtectionCertificate.Context]? {
        let layout = counts.layout
        let boxMask = axes.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }
        let tables = layout.supersets(of: boxMask)
        let cornerCount = 1 << axes.count
        let signs: [Double] = (0..<cornerCount).map { corner in
            direction * (corner.nonzeroBitCount % 2 == 0 ? 1 : -1)
        }
        // Which category each corner loses; moves lose only where people leave.
        let losing: [(corner: Int, category: Int)] = (0..<cornerCount).compactMap { j in
            switch kind {
            case .flip(_, let from, let to): return (j, signs[j] > 0 ? from : to)
            case .move: return signs[j] > 0 ? (j, category) : nil
            }
        }
        let k = FrameCounts.categories
        var boxPosition = [Int](repeating: -1, count: layout.shape.count)
        for (i, axis) in axes.enumerated() { boxPosition[axis] = i }
        var freeMask: UInt64 = 0
        for t in tables { freeMask |= layout.tables[t].mask & ~boxMask }
        var free = (0..<layout.shape.count).filter { freeMask & (1 << UInt64($0)) != 0 }
        if let period = layout.periodAxis, let p = free.firstIndex(of: period) { free.insert(free.remove(at: p), at: 0) }

        var partner = partners[0]
        func cell(_ t: Int, _ corner: Int, _ coordinate: [Int]) -> Int {
            let table = layout.tables[t]
            var flat = 0
            for (axis, stride) in zip(table.axes, table.strides) {
                let position = boxPosition[axis]
                let slot =
                    position < 0 ? coordinate[axis] : (corner & (1 << position) != 0 ? partner[position] : origin[position])
                flat += slot * stride
            }
            return table.offset + flat
        }
        // Residual counts per cell: for moves every outcome's categories, for flips the one lost.
        var residual: [Int: [Double]] = [:]
        func remaining(_ c: Int, _ index: Int) -> Double {
            if let r = residual[c] { return r[index] }
            return counts.cellCounts[c * counts.outcomeCount * k + index]
        }
        func take(_ c: Int, _ index: Int, _ value: Double) {
            if residual[c] == nil {
                let base = c * counts.outcomeCount * k
                residual[c] = Array(counts.cellCounts[base..<(base + counts.outcomeCount * k)])
            }
            residual[c]![index] -= value  // Safe: set just above when absent.
        }
        func lostIndex(_ entry: (corner: Int, category: Int)) -> Int {
            switch kind {
            case .flip(let outcome, _, _): return outcome * k + entry.category
            case .move: return o * k + category
            }
        }

        /// Places one person with the current partner; nil when it does not fit.
        func place(_ unit: Double) -> (coordinate: [Int], composition: [Double])? {
            var coordinate = [Int](repeating: 0, count: layout.shape.count)
            var assigned = boxMask
            for (axis, slot) in pinned {
                coordinate[axis] = slot
                assigned |= 1 << UInt64(axis)
            }
            // Tables with no further axis to choose first.
            for t in tables where layout.tables[t].mask & ~assigned == 0 {
                for entry in losing where remaining(cell(t, entry.corner, coordinate), lostIndex(entry)) < unit - 1e-9 {
                    return nil
                }
            }
            for axis in free where assigned & (1 << UInt64(axis)) == 0 {
                let bit = UInt64(1) << UInt64(axis)
                let completed = tables.filter { t in
                    let mask = layout.tables[t].mask
                    return mask & bit != 0 && mask & ~(assigned | bit) == 0
                }
                var best: (slot: Int, score: Double)?
                for slot in 0..<layout.shape[axis] {
                    coordinate[axis] = slot
                    var score = Double.infinity
                    for t in completed {
                        for entry in losing {
                            score = min(score, remaining(cell(t, entry.corner, coordinate), lostIndex(entry)))
                        }
                    }
                    if score >= unit - 1e-9 && score > best?.score ?? -1 { best = (slot, score) }
                }
                guard let best else { return nil }
                coordinate[axis] = best.slot
                assigned |= bit
            }
            // For moves: a category per outcome that every losing cell still has.
            guard case .move = kind else { return (coordinate, []) }
            var composition = [Double](repeating: 0, count: counts.outcomeCount * k)
            for other in 0..<counts.outcomeCount {
                var choice: (category: Int, score: Double)?
                for c in 0..<k where other != o || c == category {
                    var score = Double.infinity
                    for t in tables {
                        for entry in losing { score = min(score, remaining(cell(t, entry.corner, coordinate), other * k + c)) }
                    }
                    if score >= unit - 1e-9 && score > choice?.score ?? -1 { choice = (c, score) }
                }
                guard let choice else { return nil }
                composition[other * k + choice.category] = unit
            }
            return (coordinate, composition)
        }

        var placed: [ProtectionCertificate.Context: Double] = [:]
        var left = amount
        var order = partners
        while left > 1e-9 {
            let unit = min(1, left)
            var found: (coordinate: [Int], composition: [Double])?
            for (index, candidate) in order.enumerated() {
                partner = candidate
                if let result = place(unit) {
                    found = result
                    // The partner that worked is tried first for the next person.
                    order.swapAt(0, index)
                    break
                }
            }
            guard let found else { return nil }
            for t in tables {
                for entry in losing {
                    let c = cell(t, entry.corner, found.coordinate)
                    if found.composition.isEmpty {
                        take(c, lostIndex(entry), unit)
                    } else {
                        for i in found.composition.indices where found.composition[i] > 0 { take(c, i, found.composition[i]) }
                    }
                }
            }
            let context = ProtectionCertificate.Context(
                partner: partner, coordinate: found.coordinate, amount: 0, composition: found.composition.map { $0 / unit })
            placed[context, default: 0] += unit
            left -= unit
        }
        return placed.map { context, value in
            var c = context
            c.amount = value
            c.composition = c.composition.map { $0 * value }
            return c
        }
    }
}
