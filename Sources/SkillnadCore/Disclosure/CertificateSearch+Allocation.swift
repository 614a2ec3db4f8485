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
        if let period = layout.periodAxis, let p = free.firstIndex(of: period) {
            free.insert(free.remove(at: p), at: 0)
        }

        var partner = partners[0]
        // The superset tables' layouts, unpacked once (`t` below indexes `tables`).
        let tableAxes = tables.map { layout.tables[$0].axes }
        let tableStrides = tables.map { layout.tables[$0].strides }
        let tableOffsets = tables.map { layout.tables[$0].offset }
        let tableMasks = tables.map { layout.tables[$0].mask }
        func cell(_ t: Int, _ corner: Int, _ coordinate: [Int]) -> Int {
            let axes = tableAxes[t]
            let strides = tableStrides[t]
            var flat = tableOffsets[t]
            for i in 0..<axes.count {
                let axis = axes[i]
                let position = boxPosition[axis]
                let slot =
                    position < 0
                    ? coordinate[axis] : (corner & (1 << position) != 0 ? partner[position] : origin[position])
                flat += slot * strides[i]
            }
            return flat
        }
        // Residual counts, keyed like `cellCounts` (cell × outcomes × 3 + index).
        let width = counts.outcomeCount * k
        var residual: [Int: Double] = [:]
        func remaining(_ c: Int, _ index: Int) -> Double {
            let key = c * width + index
            return residual[key] ?? counts.cellCounts[key]
        }
        func take(_ c: Int, _ index: Int, _ value: Double) {
            let key = c * width + index
            residual[key, default: counts.cellCounts[key]] -= value
        }
        func lostIndex(_ entry: (corner: Int, category: Int)) -> Int {
            switch kind {
            case .flip(let outcome, _, _): return outcome * k + entry.category
            case .move: return o * k + category
            }
        }

        // The pinned coordinate, the tables it completes, and per further axis the tables that
        // choosing it completes.
        var start = [Int](repeating: 0, count: layout.shape.count)
        var startMask = boxMask
        for (axis, slot) in pinned {
            start[axis] = slot
            startMask |= 1 << UInt64(axis)
        }
        let ready = tables.indices.filter { tableMasks[$0] & ~startMask == 0 }
        var steps: [(axis: Int, completed: [Int])] = []
        var mask = startMask
        for axis in free where mask & (1 << UInt64(axis)) == 0 {
            let bit = UInt64(1) << UInt64(axis)
            let completed = tables.indices.filter { t in
                let m = tableMasks[t]
                return m & bit != 0 && m & ~(mask | bit) == 0
            }
            steps.append((axis, completed))
            mask |= bit
        }

        /// Places one person with the current partner; nil when it does not fit.
        func place(_ unit: Double) -> (coordinate: [Int], composition: [Double])? {
            var coordinate = start
            for t in ready {
                for entry in losing where remaining(cell(t, entry.corner, coordinate), lostIndex(entry)) < unit - 1e-9 {
                    return nil
                }
            }
            for (axis, completed) in steps {
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
            }
            // For moves: a category per outcome that every losing cell still has.
            guard case .move = kind else { return (coordinate, []) }
            var composition = [Double](repeating: 0, count: counts.outcomeCount * k)
            for other in 0..<counts.outcomeCount {
                var choice: (category: Int, score: Double)?
                for c in 0..<k where other != o || c == category {
                    var score = Double.infinity
                    for t in tables.indices {
                        for entry in losing {
                            score = min(score, remaining(cell(t, entry.corner, coordinate), other * k + c))
                        }
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
            for t in tables.indices {
                for entry in losing {
                    let c = cell(t, entry.corner, found.coordinate)
                    if found.composition.isEmpty {
                        take(c, lostIndex(entry), unit)
                    } else {
                        for i in found.composition.indices where found.composition[i] > 0 {
                            take(c, i, found.composition[i])
                        }
                    }
                }
            }
            let context = ProtectionCertificate.Context(
                partner: partner, coordinate: found.coordinate, amount: 0,
                composition: found.composition.map { $0 / unit })
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
