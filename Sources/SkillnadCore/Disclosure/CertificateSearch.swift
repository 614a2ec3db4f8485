/// The search behind ``LinkedSuppression``: primary cells, then a certificate per protected count.
struct CertificateSearch: Sendable {
    let counts: FrameCounts
    let threshold: Double
    let attributeLimit: Double
    let sensitive: [Bool]
    let keepCertificates: Bool
    /// Suppressed cells per outcome.
    var suppressed: [[Bool]]
    /// Tables taken out of the frame, per outcome.
    var dropped: [Set<Int>]
    /// Primary cells per outcome.
    var primary: [[Bool]]
    /// Why tables left the frame (when certificates are kept).
    var drops: [String] = []
    /// Certificates found (when kept).
    var certificates: [(cell: Int, outcome: Int, need: ProtectionNeed, certificate: ProtectionCertificate)] = []

    /// Partner levels tried per axis.
    static let partnersPerAxis = 3

    init(counts: FrameCounts, frame: PublicationFrame, keepCertificates: Bool) {
        self.counts = counts
        threshold = Double(frame.rule.threshold)
        attributeLimit = Double(frame.attributeLimit)
        let keys = Set(frame.sensitiveOutcomes.map(ColumnName.key))
        sensitive = counts.outcomeNames.map { keys.contains(ColumnName.key($0)) }
        self.keepCertificates = keepCertificates
        let cells = counts.layout.cellCount
        suppressed = Array(repeating: [Bool](repeating: false, count: cells), count: counts.outcomeCount)
        primary = suppressed
        dropped = Array(repeating: [], count: counts.outcomeCount)
    }

    func needs(_ cell: Int, _ o: Int) -> [ProtectionNeed] {
        ProtectionNeed.needs(
            counts, cell: cell, outcome: o, threshold: threshold, sensitive: sensitive[o],
            attributeLimit: attributeLimit)
    }

    mutating func run() {
        let layout = counts.layout
        for o in 0..<counts.outcomeCount {
            for cell in 0..<layout.cellCount where !needs(cell, o).isEmpty {
                primary[o][cell] = true
                suppressed[o][cell] = true
            }
        }
        let order = layout.tables.indices.sorted { a, b in
            let da = layout.tables[a].axes.filter { $0 != layout.periodAxis }.count
            let db = layout.tables[b].axes.filter { $0 != layout.periodAxis }.count
            if da != db { return da > db }
            return layout.tables[a].axes.count > layout.tables[b].axes.count
        }
        for t in order {
            let table = layout.tables[t]
            for flat in 0..<table.count {
                let cell = table.offset + flat
                for o in 0..<counts.outcomeCount where primary[o][cell] && !dropped[o].contains(t) {
                    for need in needs(cell, o) where !dropped[o].contains(t) {
                        protect(cell: cell, table: t, outcome: o, need: need)
                    }
                }
            }
        }
    }

    /// Finds and applies the cheapest certificate for one need, or takes the table out.
    mutating func protect(cell: Int, table t: Int, outcome o: Int, need: ProtectionNeed) {
        let layout = counts.layout
        let table = layout.tables[t]
        let slots = table.slots(cell - table.offset)
        var best: (certificate: ProtectionCertificate, cells: [Int], cost: Double)?
        // The natural box first; wider boxes (which reach coarser tables) only when it cannot be built.
        for (index, axes) in boxAxes(table).enumerated() {
            if index == 1 && best != nil { break }
            let origin = axes.map { slots[table.axes.firstIndex(of: $0) ?? 0] }
            for plan in plans(cell: cell, table: t, outcome: o, need: need, axes: axes, origin: origin) {
                guard let certificate = certificate(plan, outcome: o) else { continue }
                let changes = certificate.changes(counts)
                guard ProtectionCertificate.feasible(certificate.kind, changes, counts) else { continue }
                let cells = Array(changes.keys)
                let cost = self.cost(cells, kind: certificate.kind)
                if cost < best?.cost ?? .infinity { best = (certificate, cells, cost) }
                if cost == 0 { break }
            }
        }
        // Taking the table out loses its published cells (and those of finer tables), and
        // readers lose the table as a whole: do it when the certificate would hide clearly more.
        guard let best, best.cost == 0 || best.cost <= 3 * dropCost(table: t, outcome: o) else {
            if keepCertificates {
                let c = (0..<3).map { counts.count(cell: cell, outcome: o, category: $0) }
                drops.append(
                    "table \(table.axes) slots \(slots) outcome \(o) need \(need) counts \(c) best \(best.map { String($0.cost) } ?? "none") drop \(dropCost(table: t, outcome: o))"
                )
            }
            for s in layout.supersets(of: table.mask) { dropped[o].insert(s) }
            return
        }
        switch best.certificate.kind {
        case .flip(let outcome, _, _):
            for c in best.cells { suppressed[outcome][c] = true }
        case .move:
            for outcome in 0..<counts.outcomeCount {
                for c in best.cells { suppressed[outcome][c] = true }
            }
        }
        if keepCertificates { certificates.append((cell, o, need, best.certificate)) }
    }

    /// What a newly hidden cell costs readers: coarser tables weigh more (4× per dimension
    /// fewer), since they are what most readers look at.
    func weight(table t: Int) -> Double {
        let layout = counts.layout
        let dims = layout.tables[t].axes.filter { $0 != layout.periodAxis }.count
        return Double(1 << (2 * max(0, layout.depth - dims)))
    }

    /// The weighted new suppressions a certificate would need.
    func cost(_ cells: [Int], kind: ProtectionCertificate.Kind) -> Double {
        let layout = counts.layout
        var total = 0.0
        for c in cells {
            let t = layout.table(ofCell: c)
            let outcomes: [Int]
            switch kind {
            case .flip(let o, _, _): outcomes = [o]
            case .move: outcomes = Array(0..<counts.outcomeCount)
            }
            for o in outcomes where !suppressed[o][c] && !dropped[o].contains(t) { total += weight(table: t) }
        }
        return total
    }

    /// The weighted published cells lost if a table and every finer table containing it left
    /// the frame for one outcome.
    func dropCost(table t: Int, outcome o: Int) -> Double {
        let layout = counts.layout
        var total = 0.0
        for s in layout.supersets(of: layout.tables[t].mask) where !dropped[o].contains(s) {
            let table = layout.tables[s]
            let open = (0..<table.count).filter { !suppressed[o][table.offset + $0] }.count
            total += Double(open) * weight(table: s)
        }
        return total
    }

    /// Axis sets to try for a box: the table's own axes (with the period, a box over two
    /// periods), then without the period, then without one dimension at a time.
    func boxAxes(_ table: FrameLayout.Table) -> [[Int]] {
        var result = [table.axes]
        let period = counts.layout.periodAxis
        if let period, table.axes.contains(period), table.axes.count > 1 {
            result.append(table.axes.filter { $0 != period })
        }
        let dims = table.axes.filter { $0 != period }
        if dims.count > 1 {
            for d in dims { result.append(table.axes.filter { $0 != d }) }
        }
        return result
    }
}
